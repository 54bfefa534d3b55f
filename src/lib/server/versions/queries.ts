// Reads of a plan's versions: the list with steps and comments, the frozen snapshot of an
// approved version, and the comparison of two versions (or of one with the current draft).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { listSections, planOverview, plans, toNumber } from '../planning';
import { blocks, type PlanDocument } from '../documents';
import { maySeeVersionComments } from './access';
import { planVersionComments, planVersions, planVersionSteps } from './schema';

/**
 * What versions are compared on: the programme the mayors approve, that is the plan's texts,
 * its objectives, and each indicator's definition and targets. Not the actuals: monitoring goes
 * on after approval and is no change of the programme (snapshots taken before this rule still
 * carry an `actual` per period, which nothing reads).
 */
export interface PlanData {
	title: string;
	description: string;
	/** The narrative sections, as plain text. */
	texts?: { title: string; text: string }[];
	objectives: {
		code: string;
		title: string;
		description: string;
		specifics: string[];
		indicators: {
			code: string;
			name: string;
			kind: string;
			unit: string;
			/** The rest of the definition (absent in snapshots taken before it was kept). */
			description?: string;
			measure?: string;
			direction?: string;
			baseline?: string;
			aggregation?: string;
			periods: { label: string; target: string; actual?: string }[];
		}[];
	}[];
}
export interface Snapshot {
	takenAt: string;
	model: PlanDocument;
	data: PlanData;
}

/** The programme of the plan as versions compare it, as it is now. */
export async function planData(actor: Pick<Actor, 'districtId'>, planId: number): Promise<PlanData> {
	const plan = await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const overview = await planOverview(actor, planId);
	const text = (n: string | null, t: string | null) => (n !== null ? String(toNumber(n)) : (t ?? ''));
	const sections = await listSections(actor, planId);
	return {
		title: plan.title,
		description: plan.description,
		texts: sections.map((x) => ({
			title: x.title,
			text: blocks(x.html)
				.map((b) => b.text)
				.join('\n')
		})),
		objectives: overview.objectives.map((o) => ({
			code: o.code,
			title: o.title,
			description: o.description,
			specifics: o.specifics.map((s) => s.title),
			indicators: o.indicators.map((i) => ({
				code: i.code,
				name: i.name,
				kind: i.kind,
				unit: i.unit,
				description: i.description,
				measure: i.measure,
				direction: i.direction,
				baseline: text(i.baseline, null),
				aggregation: i.aggregation,
				periods: i.periods.map((p) => ({ label: p.label, target: text(p.target, p.targetText) }))
			}))
		}))
	};
}

/** The versions of a plan, newest first, with their steps and comments. */
export async function listVersions(actor: Actor, planId: number) {
	assertCan(actor, 'planning.read');
	await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const versions = await db()
		.select()
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(desc(planVersions.number));
	const ids = versions.map((v) => v.id);
	const [steps, comments] = ids.length
		? await Promise.all([
				db()
					.select()
					.from(planVersionSteps)
					.where(inArray(planVersionSteps.versionId, ids))
					.orderBy(asc(planVersionSteps.at), asc(planVersionSteps.id)),
				db()
					.select()
					.from(planVersionComments)
					.where(inArray(planVersionComments.versionId, ids))
					.orderBy(asc(planVersionComments.at), asc(planVersionComments.id))
			])
		: [[], []];
	return versions.map(({ snapshot, ...v }) => ({
		...v,
		frozen: snapshot !== null,
		steps: steps.filter((s) => s.versionId === v.id),
		comments: maySeeVersionComments(actor) ? comments.filter((c) => c.versionId === v.id) : []
	}));
}

/** The frozen snapshot of an approved version (for its documents and for comparisons). */
export async function versionSnapshot(actor: Actor, planId: number, number: number): Promise<Snapshot | null> {
	assertCan(actor, 'planning.read');
	const [row] = await db()
		.select({ snapshot: planVersions.snapshot })
		.from(planVersions)
		.where(
			and(
				eq(planVersions.planId, planId),
				eq(planVersions.number, number),
				eq(planVersions.districtId, actor.districtId)
			)
		);
	return (row?.snapshot as unknown as Snapshot) ?? null;
}

export interface Difference {
	where: string;
	change: 'added' | 'removed' | 'changed';
	what: string;
	before?: string;
	after?: string;
}

/** The words a comparison shows for an indicator's coded fields. */
const WORDS: Record<string, Record<string, string>> = {
	kind: { output: 'Output', process: 'Processo', outcome: 'Esito' },
	measure: {
		count: 'Numero',
		percentage: 'Percentuale',
		score: 'Punteggio',
		hours: 'Ore',
		text: 'Qualitativo (testo)'
	},
	direction: { higher: 'Più alto è meglio', lower: 'Più basso è meglio', none: 'Nessuna direzione' },
	aggregation: { sum: 'Somma dei periodi', latest: 'Ultimo valore', average: 'Media dei periodi' }
};
const word = (kind: string, value: string | undefined) => (value === undefined ? value : (WORDS[kind][value] ?? value));

/**
 * What changed in the programme from `a` to `b`: texts, objectives, indicator definitions and
 * targets. Actuals are monitoring, not programme: they never count as a difference.
 */
export function compare(a: PlanData, b: PlanData): Difference[] {
	const out: Difference[] = [];
	const field = (where: string, what: string, x: string, y: string) => {
		if (x !== y) out.push({ where, change: 'changed', what, before: x, after: y });
	};
	/** A part of the definition older snapshots did not keep: compared only when both sides have it. */
	const kept = (where: string, what: string, x: string | undefined, y: string | undefined) => {
		if (x !== undefined && y !== undefined) field(where, what, x, y);
	};
	field('Piano', 'Titolo', a.title, b.title);
	field('Piano', 'Descrizione', a.description, b.description);
	for (const t of b.texts ?? []) field(t.title, 'Testo', a.texts?.find((x) => x.title === t.title)?.text ?? '', t.text);
	const objectivesA = new Map(a.objectives.map((o) => [o.code, o]));
	const objectivesB = new Map(b.objectives.map((o) => [o.code, o]));
	for (const o of a.objectives)
		if (!objectivesB.has(o.code)) out.push({ where: `Obiettivo ${o.code}`, change: 'removed', what: o.title });
	for (const o of b.objectives) {
		const before = objectivesA.get(o.code);
		const where = `Obiettivo ${o.code}`;
		if (!before) {
			out.push({ where, change: 'added', what: o.title });
			continue;
		}
		field(where, 'Titolo', before.title, o.title);
		field(where, 'Descrizione', before.description, o.description);
		field(where, 'Obiettivi specifici', before.specifics.join('; '), o.specifics.join('; '));
		const indA = new Map(before.indicators.map((i) => [i.code, i]));
		const indB = new Map(o.indicators.map((i) => [i.code, i]));
		for (const i of before.indicators)
			if (!indB.has(i.code)) out.push({ where: `Indicatore ${i.code}`, change: 'removed', what: i.name });
		for (const i of o.indicators) {
			const was = indA.get(i.code);
			const at = `Indicatore ${i.code}`;
			if (!was) {
				out.push({ where: at, change: 'added', what: i.name });
				continue;
			}
			field(at, 'Nome', was.name, i.name);
			kept(at, 'Tipo', word('kind', was.kind), word('kind', i.kind));
			kept(at, 'Descrizione', was.description, i.description);
			kept(at, 'Misura', word('measure', was.measure), word('measure', i.measure));
			field(at, 'Unità', was.unit, i.unit);
			kept(at, 'Direzione', word('direction', was.direction), word('direction', i.direction));
			kept(at, 'Valore di partenza', was.baseline, i.baseline);
			kept(at, 'Aggregazione dei periodi', word('aggregation', was.aggregation), word('aggregation', i.aggregation));
			const labels = [...new Set([...was.periods, ...i.periods].map((p) => p.label))];
			for (const label of labels) {
				const p = was.periods.find((x) => x.label === label);
				const q = i.periods.find((x) => x.label === label);
				field(at, `Atteso ${label}`, p?.target ?? '—', q?.target ?? '—');
			}
		}
	}
	return out;
}

/** A side of a comparison: an approved version's number, or the plan as it is now ("bozza"). */
export type Side = number | 'bozza';

/**
 * What the live side of a comparison is called: the draft of the version being prepared when
 * there is one (draft, in review, with the assembly), else the plan as it is, which after
 * approval is the approved programme with its monitoring.
 */
export function liveLabel(versions: { number: number; frozen: boolean }[]): string {
	const latest = versions[0];
	if (!latest) return 'Bozza della versione 1';
	return latest.frozen ? 'Piano attuale' : `Bozza della versione ${latest.number}`;
}

/** The name of a side, as the page and the comparison's sentences say it. */
export function sideLabel(versions: { number: number; frozen: boolean }[], side: Side): string {
	return side === 'bozza' ? liveLabel(versions) : `Versione ${side}`;
}

/** Compares two versions, or a version with the plan as it is now ("bozza"). */
export async function compareVersions(actor: Actor, planId: number, from: Side, to: Side) {
	assertCan(actor, 'planning.read');
	const data = async (n: Side) => {
		if (n === 'bozza') return planData(actor, planId);
		const snap = await versionSnapshot(actor, planId, n);
		if (!snap)
			throw new ValidationError({
				_form: `La versione ${n} non è approvata: si confrontano le versioni approvate e il piano attuale (o la bozza della versione in preparazione).`
			});
		return snap.data;
	};
	return compare(await data(from), await data(to));
}

/** A comparison with the names of its two sides. */
export async function comparison(actor: Actor, planId: number, from: Side, to: Side) {
	const versions = await listVersions(actor, planId);
	return {
		from: { side: from, label: sideLabel(versions, from) },
		to: { side: to, label: sideLabel(versions, to) },
		differences: await compareVersions(actor, planId, from, to)
	};
}

/** An approved version with what its documents say of the approval, and its snapshot; null if not approved. */
export async function approvedVersion(actor: Actor, planId: number, number: number) {
	assertCan(actor, 'planning.read');
	const [row] = await db()
		.select({
			number: planVersions.number,
			status: planVersions.status,
			deliberationOn: planVersions.deliberationOn,
			deliberationNumber: planVersions.deliberationNumber,
			sentOn: planVersions.sentOn,
			protocolNumber: planVersions.protocolNumber,
			snapshot: planVersions.snapshot
		})
		.from(planVersions)
		.where(
			and(
				eq(planVersions.planId, planId),
				eq(planVersions.number, number),
				eq(planVersions.districtId, actor.districtId)
			)
		);
	if (!row?.snapshot) return null;
	return { ...row, snapshot: row.snapshot as unknown as Snapshot };
}
