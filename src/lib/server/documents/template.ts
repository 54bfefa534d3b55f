// A district's document template: read for every document, edited by the planning office.
import { assertCan, type Actor } from '../kernel/access';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { recordChange } from '../audit/service';
import { ConflictError, ValidationError } from '../errors';
import { optionalText, parse } from '../validation';
import { checkbox } from '../planning/input';
import { documentTemplates } from './schema';

export interface Template {
	logo: { data: Buffer; type: 'image/png' | 'image/jpeg' } | null;
	colour: string;
	headerText: string;
	footerText: string;
}
export const DEFAULT_TEMPLATE: Template = { logo: null, colour: '#006069', headerText: '', footerText: '' };

const templateInput = z.object({
	colour: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Indicare il colore come #RRGGBB, per esempio #006069.' }),
	headerText: optionalText(200),
	footerText: optionalText(300),
	removeLogo: checkbox,
	version: z.coerce.number().int().min(0).max(2_000_000_000)
});

export async function getTemplate(districtId: number): Promise<Template & { version: number }> {
	const [row] = await db().select().from(documentTemplates).where(eq(documentTemplates.districtId, districtId));
	if (!row) return { ...DEFAULT_TEMPLATE, version: 0 };
	return {
		logo: row.logo && row.logoType ? { data: row.logo, type: row.logoType as 'image/png' | 'image/jpeg' } : null,
		colour: row.colour,
		headerText: row.headerText,
		footerText: row.footerText,
		version: row.version
	};
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

export async function saveTemplate(actor: Actor, input: Record<string, string>, logo: File | null) {
	assertCan(actor, 'planning.manage');
	const data = parse(templateInput, input);
	let image: { data: Buffer; type: string } | null = null;
	if (logo && logo.size > 0) {
		if (logo.size > 1024 * 1024) throw new ValidationError({ logo: 'Il logo è troppo grande: al massimo 1 MB.' });
		const bytes = Buffer.from(await logo.arrayBuffer());
		const type = PNG.every((b, i) => bytes[i] === b) ? 'image/png' : JPEG.every((b, i) => bytes[i] === b) ? 'image/jpeg' : null;
		if (!type) throw new ValidationError({ logo: 'Il logo deve essere un’immagine PNG o JPEG.' });
		image = { data: bytes, type };
	}
	return db().transaction(async (tx) => {
		const [before] = await tx.select().from(documentTemplates).where(eq(documentTemplates.districtId, actor.districtId)).for('update');
		if ((before?.version ?? 0) !== data.version) throw new ConflictError(before ? { colour: before.colour, headerText: before.headerText, footerText: before.footerText, version: before.version } : { version: 0 });
		const values = {
			colour: data.colour.toLowerCase(),
			headerText: data.headerText,
			footerText: data.footerText,
			...(image ? { logo: image.data, logoType: image.type } : data.removeLogo ? { logo: null, logoType: null } : {})
		};
		const [after] = before
			? await tx.update(documentTemplates).set({ ...values, version: sql`${documentTemplates.version} + 1`, updatedAt: sql`now()` }).where(eq(documentTemplates.id, before.id)).returning()
			: await tx.insert(documentTemplates).values({ ...values, districtId: actor.districtId }).returning();
		const show = (r: typeof after | undefined) => r && { colour: r.colour, headerText: r.headerText, footerText: r.footerText, logo: r.logoType ?? null };
		await recordChange(tx, actor, actor.districtId, { action: before ? 'update' : 'create', entity: 'document_template', entityId: after.id, before: show(before), after: show(after) });
		return after;
	});
}

/** Width and height of a PNG or JPEG, to place a logo without distorting it. */
export function imageSize(data: Buffer): { width: number; height: number } | null {
	if (data[0] === 0x89 && data.length > 24) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
	for (let i = 2; i + 9 < data.length; ) {
		if (data[i] !== 0xff) return null;
		const marker = data[i + 1];
		const length = data.readUInt16BE(i + 2);
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
		i += 2 + length;
	}
	return null;
}
