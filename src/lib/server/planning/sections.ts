// The plan's narrative sections, written per area in a rich-text editor and sanitised on the
// way in. Like the rest of the plan, they are frozen once a version is submitted or approved.
import { assertCan, type Actor } from '../kernel/access';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { ConflictError, ValidationError } from '../errors';
import { parse } from '../validation';
import { sanitizeRichText } from '../richtext';
import { planSections, plans } from './schema';
import { assertPlanEditable, listAreas } from './service';

export const FIXED_SECTIONS = [
	['introduction', 'Introduzione'],
	['context', 'Il contesto del territorio'],
	['needs', 'Analisi dei bisogni']
] as const;

const sectionInput = z.object({
	html: z.string().max(200_000, { error: 'Testo troppo lungo.' }).default(''),
	version: z.coerce.number({ error: 'Versione mancante.' }).int().min(0).max(2_000_000_000)
});

/** Every section the plan can have (fixed ones, then one per active area), with its text. */
export async function listSections(districtId: number, planId: number) {
	const [rows, areas] = await Promise.all([db().select().from(planSections).where(eq(planSections.planId, planId)), listAreas(districtId)]);
	const byKey = new Map(rows.map((r) => [r.key, r]));
	const all = [...FIXED_SECTIONS.map(([key, title]) => ({ key, title })), ...areas.filter((a) => a.active).map((a) => ({ key: `area-${a.id}`, title: `Area ${a.code}. ${a.name}` }))];
	return all.map((s) => ({ ...s, html: byKey.get(s.key)?.html ?? '', version: byKey.get(s.key)?.version ?? 0 }));
}

export async function saveSection(actor: Actor, planId: number, key: string, input: unknown) {
	assertCan(actor, 'planning.manage');
	const { html: raw, version } = parse(sectionInput, input);
	const html = sanitizeRichText(raw);
	return db().transaction(async (tx) => {
		await findOwned(tx, plans, actor.districtId, planId, 'Piano');
		if (!(await listSections(actor.districtId, planId)).some((s) => s.key === key)) throw new ValidationError({ _form: 'Sezione non prevista.' });
		await assertPlanEditable(tx, planId);
		const [before] = await tx.select().from(planSections).where(and(eq(planSections.planId, planId), eq(planSections.key, key))).for('update');
		if ((before?.version ?? 0) !== version) throw new ConflictError(before ? { html: before.html, version: before.version } : { html: '', version: 0 });
		const [after] = before
			? await tx.update(planSections).set({ html, version: sql`${planSections.version} + 1`, updatedAt: sql`now()` }).where(eq(planSections.id, before.id)).returning()
			: await tx.insert(planSections).values({ districtId: actor.districtId, planId, key, html }).returning();
		await recordChange(tx, actor, actor.districtId, { action: before ? 'update' : 'create', entity: 'plan_section', entityId: after.id, before, after });
		return after;
	});
}
