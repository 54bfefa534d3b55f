// Reads of the documents module: the district's template, read for every document.
import { eq } from 'drizzle-orm';
import { db } from '../db';
import type { Actor } from '../kernel';
import { documentTemplates } from './schema';
import { DEFAULT_TEMPLATE, type Template } from './template';

export async function getTemplate(actor: Pick<Actor, 'districtId'>): Promise<Template & { version: number }> {
	const [row] = await db().select().from(documentTemplates).where(eq(documentTemplates.districtId, actor.districtId));
	if (!row) return { ...DEFAULT_TEMPLATE, version: 0 };
	return {
		logo: row.logo && row.logoType ? { data: row.logo, type: row.logoType as 'image/png' | 'image/jpeg' } : null,
		colour: row.colour,
		headerText: row.headerText,
		footerText: row.footerText,
		version: row.version
	};
}
