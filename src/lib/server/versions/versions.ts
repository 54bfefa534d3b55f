// The approval of a plan, version by version: draft → in review (staff comment on sections)
// → submitted to the mayors' assembly → approved (deliberation date and number: the version
// is frozen with a snapshot of every figure and text) → sent to the Region (date and protocol
// number). Each step is recorded with who and when. Versions are compared on their snapshots.
import { assertCan, can, type Actor } from '../kernel/access';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { isoDate, parse, requiredText, optionalText, version } from '../validation';
import { planVersionComments, planVersions, planVersionSteps, plans, type VersionStatus } from '../planning';
import { planOverview, toNumber } from '../planning';
import { planDocument, type PlanDocument } from '../documents/content';
import { blocks } from '../documents/blocks';
import { listSections } from '../planning';

/** The steps a version may take from each status. */
export const NEXT: Record<VersionStatus, VersionStatus[]> = {
	draft: ['review'],
	review: ['draft', 'submitted'],
	submitted: ['draft', 'approved'],
	approved: ['sent'],
	sent: []
};

const stepInput = z.object({ version, note: optionalText(1000) });
const approvalInput = z.object({ deliberationOn: isoDate('La data della deliberazione'), deliberationNumber: requiredText(40, 'Il numero della deliberazione') });
const sendingInput = z.object({ sentOn: isoDate('La data di invio'), protocolNumber: requiredText(60, 'Il numero di protocollo') });
const commentInput = z.object({ section: requiredText(200, 'La sezione'), body: requiredText(4000, 'Il commento') });

/** What versions are compared on: the plan's texts and every objective and indicator figure. */
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
		indicators: { code: string; name: string; kind: string; unit: string; periods: { label: string; target: string; actual: string }[] }[];
	}[];
}
export interface Snapshot {
	takenAt: string;
	model: PlanDocument;
	data: PlanData;
}

async function planData(districtId: number, planId: number): Promise<PlanData> {
	const plan = await findOwned(db(), plans, districtId, planId, 'Piano');
	const overview = await planOverview(districtId, planId);
	const text = (n: string | null, t: string | null) => (n !== null ? String(toNumber(n)) : (t ?? ''));
	const sections = await listSections(districtId, planId);
	return {
		title: plan.title,
		description: plan.description,
		texts: sections.map((x) => ({ title: x.title, text: blocks(x.html).map((b) => b.text).join('\n') })),
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
				periods: i.periods.map((p) => ({ label: p.label, target: text(p.target, p.targetText), actual: text(p.actualNumber, p.actualText) }))
			}))
		}))
	};
}

/** The versions of a plan, newest first, with their steps and comments. */
export async function listVersions(actor: Actor, planId: number) {
	assertCan(actor, 'planning.read');
	await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const versions = await db().select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(desc(planVersions.number));
	const ids = versions.map((v) => v.id);
	const [steps, comments] = ids.length
		? await Promise.all([
				db().select().from(planVersionSteps).where(inArray(planVersionSteps.versionId, ids)).orderBy(asc(planVersionSteps.at), asc(planVersionSteps.id)),
				db().select().from(planVersionComments).where(inArray(planVersionComments.versionId, ids)).orderBy(asc(planVersionComments.at), asc(planVersionComments.id))
			])
		: [[], []];
	return versions.map(({ snapshot, ...v }) => ({
		...v,
		frozen: snapshot !== null,
		steps: steps.filter((s) => s.versionId === v.id),
		// Review comments are the staff's: delegates of member organisations do not see them.
		comments: actor.role === 'delegate' ? [] : comments.filter((c) => c.versionId === v.id)
	}));
}

/** The version being worked on: the latest, created as version 1 the first time. */
async function latestVersion(tx: Executor, actor: Actor, planId: number) {
	const [latest] = await tx.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(desc(planVersions.number)).limit(1).for('update');
	if (latest) return latest;
	const [created] = await tx.insert(planVersions).values({ districtId: actor.districtId, planId, number: 1 }).returning();
	await tx.insert(planVersionSteps).values({ districtId: actor.districtId, versionId: created.id, toStatus: 'draft', actorName: actor.name });
	return created;
}

/** Moves the latest version one step along its path. */
export async function advanceVersion(actor: Actor, planId: number, to: VersionStatus, input: unknown) {
	assertCan(actor, 'planning.manage');
	const { version: v, note } = parse(stepInput, input);
	const approval = to === 'approved' ? parse(approvalInput, input) : null;
	const sending = to === 'sent' ? parse(sendingInput, input) : null;
	const snapshot: Snapshot | null = to === 'approved' ? { takenAt: new Date().toISOString(), model: { ...(await planDocument(actor, planId)), status: 'Approvato' }, data: await planData(actor.districtId, planId) } : null;
	return db().transaction(async (tx) => {
		await findOwned(tx, plans, actor.districtId, planId, 'Piano');
		const current = await latestVersion(tx, actor, planId);
		if (current.version !== v) throw new ConflictError(current);
		if (!NEXT[current.status].includes(to)) throw new ValidationError({ _form: `La versione ${current.number} è «${STATUS_LABEL[current.status]}»: non può passare a «${STATUS_LABEL[to]}».` });
		const [after] = await tx
			.update(planVersions)
			.set({ status: to, ...(approval ?? {}), ...(sending ?? {}), ...(snapshot ? { snapshot: snapshot as unknown as Record<string, unknown> } : {}), version: current.version + 1, updatedAt: new Date() })
			.where(eq(planVersions.id, current.id))
			.returning();
		await tx.insert(planVersionSteps).values({ districtId: actor.districtId, versionId: current.id, fromStatus: current.status, toStatus: to, actorName: actor.name, note });
		if (to === 'approved') await tx.update(plans).set({ status: 'approved' }).where(and(eq(plans.id, planId), eq(plans.status, 'drafting')));
		const { snapshot: _, ...logged } = after;
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'plan_version', entityId: current.id, before: { status: current.status }, after: logged });
		return after;
	});
}

/** After approval, edits go into a new draft version. */
export async function newDraft(actor: Actor, planId: number) {
	assertCan(actor, 'planning.manage');
	return db().transaction(async (tx) => {
		await findOwned(tx, plans, actor.districtId, planId, 'Piano');
		const latest = await latestVersion(tx, actor, planId);
		if (latest.status === 'approved') throw new ValidationError({ _form: `Registra prima l’invio della versione ${latest.number} alla Regione: poi si apre la bozza della versione ${latest.number + 1}.` });
		if (latest.status !== 'sent') throw new ValidationError({ _form: `La versione ${latest.number} è ancora in lavorazione: le modifiche vanno lì.` });
		const [created] = await tx.insert(planVersions).values({ districtId: actor.districtId, planId, number: latest.number + 1 }).returning();
		await tx.insert(planVersionSteps).values({ districtId: actor.districtId, versionId: created.id, toStatus: 'draft', actorName: actor.name, note: `Nuova bozza dopo la versione ${latest.number}` });
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'plan_version', entityId: created.id, after: created });
		return created;
	});
}

/** The plan's review is the staff's: the office and coordinators (not delegates, not viewers). */
export function mayCommentOnVersions(actor: Actor): boolean {
	return can(actor, 'comments.write') && actor.role !== 'delegate';
}

/** Staff comment on a section while the version is in review. */
export async function commentOnVersion(actor: Actor, planId: number, input: unknown) {
	if (!mayCommentOnVersions(actor)) throw new ForbiddenError();
	const data = parse(commentInput, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, plans, actor.districtId, planId, 'Piano');
		const latest = await latestVersion(tx, actor, planId);
		if (latest.status !== 'review') throw new ValidationError({ _form: 'Si commenta una versione quando è in revisione.' });
		const [row] = await tx.insert(planVersionComments).values({ districtId: actor.districtId, versionId: latest.id, section: data.section, body: data.body, authorName: actor.name }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'plan_version_comment', entityId: row.id, after: row });
		return row;
	});
}

/** The frozen snapshot of an approved version (for its documents and for comparisons). */
export async function versionSnapshot(actor: Actor, planId: number, number: number): Promise<Snapshot | null> {
	assertCan(actor, 'planning.read');
	const [row] = await db()
		.select({ snapshot: planVersions.snapshot })
		.from(planVersions)
		.where(and(eq(planVersions.planId, planId), eq(planVersions.number, number), eq(planVersions.districtId, actor.districtId)));
	return (row?.snapshot as unknown as Snapshot) ?? null;
}

export interface Difference {
	where: string;
	change: 'added' | 'removed' | 'changed';
	what: string;
	before?: string;
	after?: string;
}

/** What changed from `a` to `b` in texts, objectives and indicators. */
export function compare(a: PlanData, b: PlanData): Difference[] {
	const out: Difference[] = [];
	const field = (where: string, what: string, x: string, y: string) => {
		if (x !== y) out.push({ where, change: 'changed', what, before: x, after: y });
	};
	field('Piano', 'Titolo', a.title, b.title);
	field('Piano', 'Descrizione', a.description, b.description);
	for (const t of b.texts ?? []) field(t.title, 'Testo', a.texts?.find((x) => x.title === t.title)?.text ?? '', t.text);
	const objectivesA = new Map(a.objectives.map((o) => [o.code, o]));
	const objectivesB = new Map(b.objectives.map((o) => [o.code, o]));
	for (const o of a.objectives) if (!objectivesB.has(o.code)) out.push({ where: `Obiettivo ${o.code}`, change: 'removed', what: o.title });
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
		for (const i of before.indicators) if (!indB.has(i.code)) out.push({ where: `Indicatore ${i.code}`, change: 'removed', what: i.name });
		for (const i of o.indicators) {
			const was = indA.get(i.code);
			const at = `Indicatore ${i.code}`;
			if (!was) {
				out.push({ where: at, change: 'added', what: i.name });
				continue;
			}
			field(at, 'Nome', was.name, i.name);
			field(at, 'Unità', was.unit, i.unit);
			const labels = [...new Set([...was.periods, ...i.periods].map((p) => p.label))];
			for (const label of labels) {
				const p = was.periods.find((x) => x.label === label);
				const q = i.periods.find((x) => x.label === label);
				field(at, `Atteso ${label}`, p?.target ?? '—', q?.target ?? '—');
				field(at, `Realizzato ${label}`, p?.actual ?? '—', q?.actual ?? '—');
			}
		}
	}
	return out;
}

/** Compares two versions, or a version with the current draft ("bozza"). */
export async function compareVersions(actor: Actor, planId: number, from: number | 'bozza', to: number | 'bozza') {
	assertCan(actor, 'planning.read');
	const data = async (n: number | 'bozza') => {
		if (n === 'bozza') return planData(actor.districtId, planId);
		const snap = await versionSnapshot(actor, planId, n);
		if (!snap) throw new ValidationError({ _form: `La versione ${n} non è approvata: si confrontano le versioni approvate e la bozza attuale.` });
		return snap.data;
	};
	return compare(await data(from), await data(to));
}

export const STATUS_LABEL: Record<VersionStatus, string> = { draft: 'bozza', review: 'in revisione', submitted: 'presentata all’Assemblea dei Sindaci', approved: 'approvata', sent: 'inviata alla Regione' };
