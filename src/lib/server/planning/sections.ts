// The plan's narrative sections, written per area in a rich-text editor and sanitised on the
// way in. Like the rest of the plan, they are frozen once a version is submitted or approved.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { ConflictError, ValidationError } from '../errors';
import { command, type Actor } from '../kernel';
import { sanitizeRichText } from '../richtext';
import { planSections, plans } from './schema';
import { assertPlanEditable } from './access';
import { listAreas } from './queries';

export const FIXED_SECTIONS = [
	['introduction', 'Introduzione'],
	['context', 'Il contesto del territorio'],
	['needs', 'Analisi dei bisogni']
] as const;

// A section not yet written has version 0: the version is part of this input, not the kernel's.
const sectionInput = z.object({
	html: z.string().max(200_000, { error: 'Testo troppo lungo.' }).default(''),
	version: z.coerce.number({ error: 'Versione mancante.' }).int().min(0).max(2_000_000_000)
});

/** Every section the plan can have (fixed ones, then one per active area of the plan's own), with its text. */
export async function listSections(actor: Pick<Actor, 'districtId'>, planId: number) {
	const [rows, areas] = await Promise.all([
		db()
			.select()
			.from(planSections)
			.where(and(eq(planSections.planId, planId), eq(planSections.districtId, actor.districtId))),
		listAreas(actor, planId)
	]);
	const byKey = new Map(rows.map((r) => [r.key, r]));
	const all = [
		...FIXED_SECTIONS.map(([key, title]) => ({ key, title })),
		...areas.filter((a) => a.active).map((a) => ({ key: `area-${a.id}`, title: `Area ${a.code}. ${a.name}` }))
	];
	return all.map((s) => ({ ...s, html: byKey.get(s.key)?.html ?? '', version: byKey.get(s.key)?.version ?? 0 }));
}

export function saveSection(actor: Actor, planId: number, key: string, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: sectionInput, raw: input },
		async (c, { html: raw, version }) => {
			const html = sanitizeRichText(raw);
			await c.find(plans, planId);
			if (!(await listSections(c, planId)).some((s) => s.key === key))
				throw new ValidationError({ _form: 'Sezione non prevista.' });
			await assertPlanEditable(c, planId);
			const [before] = await c.tx
				.select()
				.from(planSections)
				.where(and(eq(planSections.planId, planId), eq(planSections.key, key)))
				.for('update');
			if ((before?.version ?? 0) !== version)
				throw new ConflictError(before ? { html: before.html, version: before.version } : { html: '', version: 0 });
			return before
				? c.update(planSections, before.id, { html }, { version })
				: c.create(planSections, { planId, key, html });
		}
	);
}
