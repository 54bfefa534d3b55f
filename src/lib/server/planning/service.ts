// Planning: plans and their phases, areas, objectives and indicators with their periods.
// The only code that writes the planning tables; every change is audited.
import { assertCan, type Actor } from '../kernel/access';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned, updateVersioned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { NotFoundError, ValidationError } from '../errors';
import { parse, versionOnly } from '../validation';
import { areas, indicatorPeriods, indicators, objectives, phases, planVersions, plans, specificObjectives, type Measure } from './schema';
import {
	actualInput,
	areaInput,
	indicatorInput,
	objectiveInput,
	periodInput,
	phaseInput,
	planInput,
	specificObjectiveInput
} from './input';
import { aggregatePeriods, indicatorProgress } from './progress';
import { computedSource, refreshComputed } from './sources';

const num = (n: number | null) => (n === null ? null : String(n));
export const toNumber = (s: string | null) => (s === null ? null : Number(s));

// ---- plans ---------------------------------------------------------------------------

export async function listPlans(districtId: number) {
	return db().select().from(plans).where(eq(plans.districtId, districtId)).orderBy(asc(plans.startYear));
}

export async function getPlan(districtId: number, slug: string) {
	const [plan] = await db()
		.select()
		.from(plans)
		.where(and(eq(plans.districtId, districtId), eq(plans.slug, slug)));
	if (!plan) throw new NotFoundError('Piano');
	return plan;
}

export async function createPlan(actor: Actor, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(planInput, input);
	const slug = `${data.startYear}-${data.endYear}`;
	return db().transaction(async (tx) => {
		const [clash] = await tx
			.select({ id: plans.id })
			.from(plans)
			.where(and(eq(plans.districtId, actor.districtId), eq(plans.slug, slug)));
		if (clash) throw new ValidationError({ startYear: `Esiste già un piano ${slug} per questo ambito.` });
		const [plan] = await tx.insert(plans).values({ ...data, slug, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'plan', entityId: plan.id, after: plan });
		return plan;
	});
}

export async function updatePlan(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(planInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const slug = `${data.startYear}-${data.endYear}`;
		const [clash] = await tx
			.select({ id: plans.id })
			.from(plans)
			.where(and(eq(plans.districtId, actor.districtId), eq(plans.slug, slug), sql`${plans.id} <> ${id}`));
		if (clash) throw new ValidationError({ startYear: `Esiste già un piano ${slug} per questo ambito.` });
		// The status (running, closed) moves on after approval; the plan's text and years do not.
		const current = await findOwned(tx, plans, actor.districtId, id, 'Piano');
		if (current.title !== data.title || current.description !== data.description || current.startYear !== data.startYear || current.endYear !== data.endYear) await assertPlanEditable(tx, id);
		const { before, after } = await updateVersioned(tx, plans, actor.districtId, id, v, { ...data, slug }, 'Piano');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'plan', entityId: id, before, after });
		return after;
	});
}

/**
 * A plan submitted to the mayors' assembly, or approved, is not edited: the refusal says
 * where to go (back to draft, or a new draft version). Achieved values stay open: monitoring
 * goes on after approval.
 */
export async function assertPlanEditable(tx: Executor, planId: number) {
	const [latest] = await tx
		.select({ number: planVersions.number, status: planVersions.status })
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(desc(planVersions.number))
		.limit(1);
	if (latest?.status === 'submitted')
		throw new ValidationError({ _form: `La versione ${latest.number} del piano è all’esame dell’Assemblea dei Sindaci e non si modifica: per correggerla riportala in bozza dalla pagina «Versioni».` });
	if (latest?.status === 'approved' || latest?.status === 'sent')
		throw new ValidationError({ _form: `La versione ${latest.number} del piano è approvata e non si modifica: crea la bozza della versione ${latest.number + 1} dalla pagina «Versioni» e le modifiche andranno lì.` });
}

// ---- phases --------------------------------------------------------------------------

export async function listPhases(planId: number) {
	return db().select().from(phases).where(eq(phases.planId, planId)).orderBy(asc(phases.position), asc(phases.startsOn));
}

export async function createPhase(actor: Actor, planId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(phaseInput, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, plans, actor.districtId, planId, 'Piano');
		const [phase] = await tx.insert(phases).values({ ...data, planId, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'phase', entityId: phase.id, after: phase });
		return phase;
	});
}

export async function updatePhase(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(phaseInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const { before, after } = await updateVersioned(tx, phases, actor.districtId, id, v, data, 'Fase');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'phase', entityId: id, before, after });
		return after;
	});
}

export async function deletePhase(actor: Actor, id: number) {
	assertCan(actor, 'planning.manage');
	return deleteOwned(actor, phases, id, 'phase', 'Fase');
}

export type PhaseState = 'done' | 'late' | 'current' | 'upcoming';

/** A phase is late when its end date has passed and it is not done. `today` is YYYY-MM-DD in Rome. */
export function phaseState(phase: { startsOn: string; endsOn: string; status: string }, today: string): PhaseState {
	if (phase.status === 'done') return 'done';
	if (phase.endsOn < today) return 'late';
	if (phase.startsOn <= today) return 'current';
	return 'upcoming';
}

// ---- areas ---------------------------------------------------------------------------

export async function listAreas(districtId: number) {
	return db().select().from(areas).where(eq(areas.districtId, districtId)).orderBy(asc(areas.position), asc(areas.code));
}

async function assertAreaCodeFree(tx: Executor, districtId: number, code: string, exceptId?: number) {
	const [clash] = await tx
		.select({ id: areas.id })
		.from(areas)
		.where(and(eq(areas.districtId, districtId), eq(areas.code, code)));
	if (clash && clash.id !== exceptId) throw new ValidationError({ code: `Esiste già un’area con codice ${code}.` });
}

export async function createArea(actor: Actor, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(areaInput, input);
	return db().transaction(async (tx) => {
		await assertAreaCodeFree(tx, actor.districtId, data.code);
		const [area] = await tx.insert(areas).values({ ...data, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'area', entityId: area.id, after: area });
		return area;
	});
}

export async function updateArea(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(areaInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		await assertAreaCodeFree(tx, actor.districtId, data.code, id);
		const { before, after } = await updateVersioned(tx, areas, actor.districtId, id, v, data, 'Area');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'area', entityId: id, before, after });
		return after;
	});
}

// ---- objectives ----------------------------------------------------------------------

async function checkObjectiveArea(tx: Executor, actor: Actor, data: { kind: string; areaId: number | null }) {
	if (data.kind === 'system') return null;
	const [area] = await tx
		.select({ id: areas.id })
		.from(areas)
		.where(and(eq(areas.id, data.areaId!), eq(areas.districtId, actor.districtId)));
	if (!area) throw new ValidationError({ areaId: 'Area non trovata in questo ambito.' });
	return area.id;
}

export async function createObjective(actor: Actor, planId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	return db().transaction((tx) => addObjective(tx, actor, planId, input));
}

/**
 * Adds an objective inside the caller's transaction. The caller checks who may: the
 * participation wall lets a facilitator draft objectives of a plan being drafted.
 */
export async function addObjective(tx: Executor, actor: Actor, planId: number, input: unknown) {
	const data = parse(objectiveInput, input);
	await findOwned(tx, plans, actor.districtId, planId, 'Piano');
	await assertPlanEditable(tx, planId);
	const areaId = await checkObjectiveArea(tx, actor, data);
	const [objective] = await tx
		.insert(objectives)
		.values({ ...data, areaId, planId, districtId: actor.districtId })
		.returning();
	await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'objective', entityId: objective.id, after: objective });
	return objective;
}

export async function updateObjective(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(objectiveInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const areaId = await checkObjectiveArea(tx, actor, data);
		// What was done ("achievements") is monitoring, written after approval too.
		const current = await findOwned(tx, objectives, actor.districtId, id, 'Obiettivo');
		const structural = (['kind', 'code', 'title', 'description'] as const).some((k) => current[k] !== data[k]) || current.areaId !== areaId;
		if (structural) await assertPlanEditable(tx, current.planId);
		const { before, after } = await updateVersioned(tx, objectives, actor.districtId, id, v, { ...data, areaId }, 'Obiettivo');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'objective', entityId: id, before, after });
		return after;
	});
}

export async function deleteObjective(actor: Actor, id: number) {
	assertCan(actor, 'planning.manage');
	return deleteOwned(actor, objectives, id, 'objective', 'Obiettivo');
}

export async function getObjective(districtId: number, id: number) {
	const objective = await findOwned(db(), objectives, districtId, id, 'Obiettivo');
	const [plan, specifics, inds] = await Promise.all([
		findOwned(db(), plans, districtId, objective.planId, 'Piano'),
		db().select().from(specificObjectives).where(eq(specificObjectives.objectiveId, id)).orderBy(asc(specificObjectives.position), asc(specificObjectives.id)),
		db().select().from(indicators).where(eq(indicators.objectiveId, id)).orderBy(asc(indicators.position), asc(indicators.id))
	]);
	return { objective, plan, specifics, indicators: inds };
}

export async function addSpecificObjective(actor: Actor, objectiveId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(specificObjectiveInput, input);
	return db().transaction(async (tx) => {
		await assertPlanEditable(tx, (await findOwned(tx, objectives, actor.districtId, objectiveId, 'Obiettivo')).planId);
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${specificObjectives.position}) + 1, 0)::int` })
			.from(specificObjectives)
			.where(eq(specificObjectives.objectiveId, objectiveId));
		const [row] = await tx
			.insert(specificObjectives)
			.values({ ...data, objectiveId, position: next, districtId: actor.districtId })
			.returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'specific_objective', entityId: row.id, after: row });
		return row;
	});
}

export async function updateSpecificObjective(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(specificObjectiveInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const specific = await findOwned(tx, specificObjectives, actor.districtId, id, 'Obiettivo specifico');
		await assertPlanEditable(tx, (await findOwned(tx, objectives, actor.districtId, specific.objectiveId, 'Obiettivo')).planId);
		const { before, after } = await updateVersioned(tx, specificObjectives, actor.districtId, id, v, data, 'Obiettivo specifico');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'specific_objective', entityId: id, before, after });
		return after;
	});
}

export async function deleteSpecificObjective(actor: Actor, id: number) {
	assertCan(actor, 'planning.manage');
	return deleteOwned(actor, specificObjectives, id, 'specific_objective', 'Obiettivo specifico');
}

// ---- indicators ----------------------------------------------------------------------

function checkRange(measure: Measure, values: Record<string, number | null>) {
	const errors: Record<string, string> = {};
	for (const [field, value] of Object.entries(values)) {
		if (value === null) continue;
		if (measure === 'percentage' && (value < 0 || value > 100)) errors[field] = 'Una percentuale deve essere tra 0 e 100.';
		else if ((measure === 'count' || measure === 'hours') && value < 0) errors[field] = 'Il valore non può essere negativo.';
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

async function assertCodeFree(tx: Executor, planId: number, code: string, exceptId?: number) {
	const [clash] = await tx
		.select({ id: indicators.id })
		.from(indicators)
		.where(and(eq(indicators.planId, planId), eq(indicators.code, code)));
	if (clash && clash.id !== exceptId) throw new ValidationError({ code: `Il codice ${code} è già usato da un altro indicatore di questo piano.` });
}

export async function createIndicator(actor: Actor, objectiveId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	return db().transaction((tx) => addIndicator(tx, actor, objectiveId, input));
}

/** Adds an indicator inside the caller's transaction (the indicator import uses it too). */
export async function addIndicator(tx: Executor, actor: Actor, objectiveId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(indicatorInput, input);
	checkRange(data.measure, { baseline: data.baseline });
	const objective = await findOwned(tx, objectives, actor.districtId, objectiveId, 'Obiettivo');
	await assertPlanEditable(tx, objective.planId);
	await assertCodeFree(tx, objective.planId, data.code);
	const [{ next }] = await tx
		.select({ next: sql<number>`coalesce(max(${indicators.position}) + 1, 0)::int` })
		.from(indicators)
		.where(eq(indicators.objectiveId, objectiveId));
	const sourceConfig = await configureSource(tx, actor.districtId, data.source, input);
	const [indicator] = await tx
		.insert(indicators)
		.values({
			...data,
			sourceConfig,
			baseline: num(data.baseline),
			objectiveId,
			planId: objective.planId,
			districtId: actor.districtId,
			position: next
		})
		.returning();
	await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'indicator', entityId: indicator.id, after: indicator });
	return indicator;
}

export async function updateIndicator(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(indicatorInput, input);
	const { version: v } = parse(versionOnly, input);
	checkRange(data.measure, { baseline: data.baseline });
	return db().transaction(async (tx) => {
		const current = await findOwned(tx, indicators, actor.districtId, id, 'Indicatore');
		await assertPlanEditable(tx, current.planId);
		await assertCodeFree(tx, current.planId, data.code, id);
		if (data.measure !== current.measure) await assertPeriodsFit(tx, id, data.measure);
		const sourceConfig = await configureSource(tx, actor.districtId, data.source, input);
		const { before, after } = await updateVersioned(tx, indicators, actor.districtId, id, v, { ...data, sourceConfig, baseline: num(data.baseline) }, 'Indicatore');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'indicator', entityId: id, before, after });
		await refreshComputed(tx, actor, actor.districtId, (i) => i.id === id);
		return after;
	});
}

/** The stored parameters of the indicator's source; a computed source validates its own. */
async function configureSource(tx: Executor, districtId: number, sourceId: string, input: unknown) {
	if (sourceId === 'manual') return {};
	const source = computedSource(sourceId);
	if (!source) throw new ValidationError({ source: 'Scegliere una fonte del dato tra quelle proposte.' });
	return source.configure(tx, districtId, input as Record<string, string>);
}

/** A new measure must suit the values already recorded in the indicator's periods. */
async function assertPeriodsFit(tx: Executor, indicatorId: number, measure: Measure) {
	const periods = await tx.select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, indicatorId));
	const wrongKind = periods.some((p) => (measure === 'text' ? p.target !== null : p.targetText !== null));
	if (wrongKind) throw new ValidationError({ measure: 'Con questa misura i valori attesi dei periodi vanno scritti in altro modo: modifica prima i periodi.' });
	try {
		for (const p of periods) checkRange(measure, { target: toNumber(p.target), actualNumber: toNumber(p.actualNumber) });
	} catch {
		throw new ValidationError({ measure: 'Alcuni valori dei periodi non sono ammessi con questa misura (es. percentuali oltre 100): modifica prima i periodi.' });
	}
}

export async function deleteIndicator(actor: Actor, id: number) {
	assertCan(actor, 'planning.manage');
	return deleteOwned(actor, indicators, id, 'indicator', 'Indicatore');
}

export async function getIndicator(districtId: number, id: number) {
	const indicator = await findOwned(db(), indicators, districtId, id, 'Indicatore');
	const [objective, plan, periods] = await Promise.all([
		findOwned(db(), objectives, districtId, indicator.objectiveId, 'Obiettivo'),
		findOwned(db(), plans, districtId, indicator.planId, 'Piano'),
		db().select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, id)).orderBy(asc(indicatorPeriods.startsOn))
	]);
	return { indicator, objective, plan, periods, summary: summarise(indicator, periods) };
}

/** The fields of a period form other than its figures. */
function periodText(data: { label: string; startsOn: string; endsOn: string; targetComment: string; actualComment: string; evidenceUrl: string }) {
	const { label, startsOn, endsOn, targetComment, actualComment, evidenceUrl } = data;
	return { label, startsOn, endsOn, targetComment, actualComment, evidenceUrl: evidenceUrl || null };
}

/** A period's figures as stored; the actual of a computed indicator is the platform's, not typed. */
function periodValues(indicator: IndicatorRow, data: { target: number | null; targetText: string; actualNumber: number | null; actualText: string }) {
	const { measure } = indicator;
	if (measure === 'text') {
		if (data.target !== null) throw new ValidationError({ target: 'Per un indicatore qualitativo il valore atteso si scrive come testo.' });
	} else if (data.targetText !== '') {
		if (data.target === null) throw new ValidationError({ target: 'Il valore atteso deve essere un numero (es. 120 oppure 12,5).' });
	}
	const computed = indicator.source !== 'manual';
	checkRange(measure, { target: data.target, actualNumber: computed ? null : data.actualNumber });
	return {
		target: num(data.target),
		targetText: data.targetText || null,
		...(computed ? {} : { actualNumber: num(data.actualNumber), actualText: data.actualText || null })
	};
}

export async function addPeriod(actor: Actor, indicatorId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	return db().transaction((tx) => insertPeriod(tx, actor, indicatorId, input));
}

/** Adds a period inside the caller's transaction (the indicator import uses it too). */
export async function insertPeriod(tx: Executor, actor: Actor, indicatorId: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(periodInput, input);
	const indicator = await findOwned(tx, indicators, actor.districtId, indicatorId, 'Indicatore');
	await assertPlanEditable(tx, indicator.planId);
	const values = periodValues(indicator, data);
	const [clash] = await tx
		.select({ id: indicatorPeriods.id })
		.from(indicatorPeriods)
		.where(and(eq(indicatorPeriods.indicatorId, indicatorId), eq(indicatorPeriods.label, data.label)));
	if (clash) throw new ValidationError({ label: `Esiste già un periodo “${data.label}” per questo indicatore.` });
	const [period] = await tx
		.insert(indicatorPeriods)
		.values({ ...periodText(data), ...values, indicatorId, districtId: actor.districtId })
		.returning();
	await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'indicator_period', entityId: period.id, after: period });
	await refreshComputed(tx, actor, actor.districtId, (i) => i.id === indicatorId);
	return period;
}

export async function updatePeriod(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'planning.manage');
	const data = parse(periodInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const period = await findOwned(tx, indicatorPeriods, actor.districtId, id, 'Periodo');
		const indicator = await findOwned(tx, indicators, actor.districtId, period.indicatorId, 'Indicatore');
		await assertPlanEditable(tx, indicator.planId);
		const values = periodValues(indicator, data);
		const [clash] = await tx
			.select({ id: indicatorPeriods.id })
			.from(indicatorPeriods)
			.where(and(eq(indicatorPeriods.indicatorId, indicator.id), eq(indicatorPeriods.label, data.label)));
		if (clash && clash.id !== id) throw new ValidationError({ label: `Esiste già un periodo “${data.label}” per questo indicatore.` });
		const { before, after } = await updateVersioned(
			tx,
			indicatorPeriods,
			actor.districtId,
			id,
			v,
			{ ...periodText(data), ...values },
			'Periodo'
		);
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'indicator_period', entityId: id, before, after });
		await refreshComputed(tx, actor, actor.districtId, (i) => i.id === indicator.id);
		return after;
	});
}

/** Records the achieved value of a period: allowed to coordinators as well as admins. */
export async function recordActual(actor: Actor, periodId: number, input: unknown) {
	assertCan(actor, 'planning.recordActual');
	const { version: v } = parse(versionOnly, input);
	return db().transaction((tx) => writeActual(tx, actor, periodId, v, input));
}

/** Records an achieved value inside the caller's transaction, based on version `v`. */
export async function writeActual(tx: Executor, actor: Actor, periodId: number, v: number, input: unknown) {
	assertCan(actor, 'planning.recordActual');
	const data = parse(actualInput, input);
	const period = await findOwned(tx, indicatorPeriods, actor.districtId, periodId, 'Periodo');
	const indicator = await findOwned(tx, indicators, actor.districtId, period.indicatorId, 'Indicatore');
	if (indicator.source !== 'manual') throw new ValidationError({ _form: 'Questo indicatore è calcolato dalla piattaforma.' });
	checkRange(indicator.measure, { actualNumber: data.actualNumber });
	const { before, after } = await updateVersioned(
		tx,
		indicatorPeriods,
		actor.districtId,
		periodId,
		v,
		{
			actualNumber: num(data.actualNumber),
			actualText: data.actualText || null,
			actualComment: data.actualComment,
			evidenceUrl: data.evidenceUrl || null
		},
		'Periodo'
	);
	await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'indicator_period', entityId: periodId, before, after });
	return after;
}

export async function deletePeriod(actor: Actor, id: number) {
	assertCan(actor, 'planning.manage');
	return deleteOwned(actor, indicatorPeriods, id, 'indicator_period', 'Periodo');
}

// ---- reading a plan ------------------------------------------------------------------

type IndicatorRow = typeof indicators.$inferSelect;
type PeriodRow = typeof indicatorPeriods.$inferSelect;

export function summarise(indicator: IndicatorRow, periods: PeriodRow[]) {
	const figures = periods.map((p) => ({ target: toNumber(p.target), actual: toNumber(p.actualNumber), actualText: p.actualText }));
	const total = aggregatePeriods(indicator.aggregation, figures);
	const targetText = periods.find((p) => p.targetText)?.targetText ?? null;
	const progress = indicatorProgress({ direction: indicator.direction, baseline: toNumber(indicator.baseline), ...total });
	const comment = periods.map((p) => p.actualComment).filter(Boolean).join(' ');
	return { ...total, targetText, progress, comment };
}

/** Indicators matching `where` and the kind and visibility of `filter`, in display order. */
export function listIndicators(where: SQL, filter: OverviewFilter = {}) {
	return db()
		.select()
		.from(indicators)
		.where(and(where, filter.kind ? eq(indicators.kind, filter.kind) : undefined, filter.publicOnly ? eq(indicators.public, true) : undefined))
		.orderBy(asc(indicators.position), asc(indicators.id));
}

export interface OverviewFilter {
	areaCode?: string;
	kind?: IndicatorRow['kind'];
	publicOnly?: boolean;
}

/** Everything a dashboard shows of a plan, in a constant number of queries. */
export async function planOverview(districtId: number, planId: number, filter: OverviewFilter = {}) {
	const [areaRows, objectiveRows, specificRows, indicatorRows] = await Promise.all([
		listAreas(districtId),
		db().select().from(objectives).where(eq(objectives.planId, planId)).orderBy(asc(objectives.position), asc(objectives.id)),
		db()
			.select()
			.from(specificObjectives)
			.innerJoin(objectives, eq(objectives.id, specificObjectives.objectiveId))
			.where(eq(objectives.planId, planId))
			.orderBy(asc(specificObjectives.position), asc(specificObjectives.id)),
		listIndicators(eq(indicators.planId, planId), filter)
	]);
	const periodRows = indicatorRows.length
		? await db()
				.select()
				.from(indicatorPeriods)
				.where(inArray(indicatorPeriods.indicatorId, indicatorRows.map((i) => i.id)))
				.orderBy(asc(indicatorPeriods.startsOn))
		: [];
	const periodsOf = groupBy(periodRows, (p) => p.indicatorId);
	const indicatorsOf = groupBy(indicatorRows, (i) => i.objectiveId);
	const specificsOf = groupBy(specificRows.map((r) => r.specific_objective), (s) => s.objectiveId);
	const areaById = new Map(areaRows.map((a) => [a.id, a]));
	const selectedArea = filter.areaCode ? areaRows.find((a) => a.code === filter.areaCode) : undefined;

	const items = objectiveRows
		.filter((o) => !filter.areaCode || (filter.areaCode === 'sistema' ? o.kind === 'system' : o.areaId === selectedArea?.id))
		.map((o) => ({
			...o,
			area: o.areaId ? (areaById.get(o.areaId) ?? null) : null,
			specifics: specificsOf.get(o.id) ?? [],
			indicators: (indicatorsOf.get(o.id) ?? []).map((i) => {
				const periods = periodsOf.get(i.id) ?? [];
				return { ...i, periods, summary: summarise(i, periods) };
			})
		}))
		.filter((o) => !filter.kind || o.indicators.length > 0);

	const counts: Record<string, number> = {};
	for (const o of items) for (const i of o.indicators) counts[i.summary.progress.status] = (counts[i.summary.progress.status] ?? 0) + 1;
	return { areas: areaRows, objectives: items, counts };
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = map.get(k);
		if (list) list.push(row);
		else map.set(k, [row]);
	}
	return map;
}

/** What a delete takes with it (by cascade), so that the audit log can tell it all. */
async function dependants(tx: Executor, entity: string, id: number) {
	if (entity === 'indicator') return { periods: await tx.select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, id)) };
	if (entity !== 'objective') return {};
	const inds = await tx.select().from(indicators).where(eq(indicators.objectiveId, id));
	return {
		specifics: await tx.select().from(specificObjectives).where(eq(specificObjectives.objectiveId, id)),
		indicators: inds,
		periods: inds.length ? await tx.select().from(indicatorPeriods).where(inArray(indicatorPeriods.indicatorId, inds.map((i) => i.id))) : []
	};
}

/** The plan a row belongs to (null for phases, which stay editable). */
async function planOfRow(tx: Executor, actor: Actor, entity: string, row: Record<string, number>): Promise<number | null> {
	if (entity === 'objective' || entity === 'indicator') return row.planId;
	if (entity === 'specific_objective') return (await findOwned(tx, objectives, actor.districtId, row.objectiveId, 'Obiettivo')).planId;
	if (entity === 'indicator_period') return (await findOwned(tx, indicators, actor.districtId, row.indicatorId, 'Indicatore')).planId;
	return null;
}

async function deleteOwned(
	actor: Actor,
	table: typeof phases | typeof objectives | typeof specificObjectives | typeof indicators | typeof indicatorPeriods,
	id: number,
	entity: string,
	what: string
) {
	return db().transaction(async (tx) => {
		const row = await findOwned(tx, table, actor.districtId, id, what);
		const planId = await planOfRow(tx, actor, entity, row as unknown as Record<string, number>);
		if (planId !== null) await assertPlanEditable(tx, planId);
		const before = { ...row, ...(await dependants(tx, entity, id)) };
		await tx.delete(table).where(and(eq(table.id, id), eq(table.districtId, actor.districtId)));
		await recordChange(tx, actor, actor.districtId, { action: 'delete', entity, entityId: id, before });
		return row;
	});
}
