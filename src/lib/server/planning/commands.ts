// Planning's writes: plans and their phases, areas, objectives and indicators with their
// periods. Each runs through the kernel's `command` (permission, input, version, audit);
// the helpers other modules call inside their own command take its context `c`.
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { parse } from '../validation';
import { command, type Actor, type Context } from '../kernel';
import {
	areas,
	indicatorPeriods,
	indicators,
	objectives,
	phases,
	plans,
	specificObjectives,
	type Measure
} from './schema';
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
import { assertActorCan, assertIndicatorEditable, assertObjectiveEditable, assertPlanEditable } from './access';
import { toNumber } from './queries';
import { computedSource, refreshComputed } from './sources';
import { actualColumns, keepRecord, writeActualValues, type ActualValues } from './monitoring';

const num = (n: number | null) => (n === null ? null : String(n));

// ---- plans ---------------------------------------------------------------------------

const planTaken = (slug: string) => ({ field: 'startYear', message: `Esiste già un piano ${slug} per questo ambito.` });

/**
 * A new plan starts from the areas of the plan before it (the latest that starts earlier, or
 * else the latest), copied to be edited as the new cycle defines its own; a district's first
 * plan takes over the areas it had before areas were per plan.
 */
export function createPlan(actor: Actor, input: unknown) {
	return command(actor, { can: 'planning.manage', input: planInput, raw: input }, async (c, data) => {
		const slug = `${data.startYear}-${data.endYear}`;
		await c.unique(plans, { slug }, planTaken(slug));
		const plan = await c.create(plans, { ...data, slug });
		await inheritAreas(c, plan);
		return plan;
	});
}

async function inheritAreas(c: Context, plan: typeof plans.$inferSelect) {
	const others = await c.tx
		.select({ id: plans.id, startYear: plans.startYear })
		.from(plans)
		.where(and(eq(plans.districtId, c.districtId), ne(plans.id, plan.id)))
		.orderBy(desc(plans.startYear), desc(plans.id));
	const before = others.find((p) => p.startYear < plan.startYear) ?? others[0];
	if (!before) {
		const unassigned = await c.tx
			.select({ id: areas.id })
			.from(areas)
			.where(and(eq(areas.districtId, c.districtId), isNull(areas.planId)));
		for (const a of unassigned) await c.update(areas, a.id, { planId: plan.id }, { version: 'any' });
		return;
	}
	const list = await c.tx
		.select()
		.from(areas)
		.where(and(eq(areas.districtId, c.districtId), eq(areas.planId, before.id)))
		.orderBy(asc(areas.position), asc(areas.code));
	await c.createMany(
		areas,
		list.map(({ code, name, position, active }) => ({ planId: plan.id, code, name, position, active }))
	);
}

export function updatePlan(actor: Actor, id: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: planInput, raw: input, versioned: true }, async (c, data) => {
		const slug = `${data.startYear}-${data.endYear}`;
		await c.unique(plans, { slug }, { ...planTaken(slug), except: id });
		// The status (running, closed) moves on after approval; the plan's text and years do not.
		const current = await c.find(plans, id);
		if (
			current.title !== data.title ||
			current.description !== data.description ||
			current.startYear !== data.startYear ||
			current.endYear !== data.endYear
		)
			await assertPlanEditable(c, id);
		return c.update(plans, id, { ...data, slug });
	});
}

// ---- phases --------------------------------------------------------------------------

export function createPhase(actor: Actor, planId: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: phaseInput, raw: input }, async (c, data) => {
		await c.find(plans, planId);
		return c.create(phases, { ...data, planId });
	});
}

export function updatePhase(actor: Actor, id: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: phaseInput, raw: input, versioned: true }, (c, data) =>
		c.update(phases, id, data)
	);
}

export function deletePhase(actor: Actor, id: number) {
	return command(actor, { can: 'planning.manage' }, (c) => c.remove(phases, id));
}

// ---- areas ---------------------------------------------------------------------------

const areaTaken = (code: string) => ({
	field: 'code',
	message: `Esiste già un’area con codice ${code} in questo piano.`
});

/** Adds an area to a plan's list: its code is unique within the plan (another plan may reuse it). */
export function createArea(actor: Actor, planId: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: areaInput, raw: input }, async (c, data) => {
		await c.find(plans, planId);
		await c.unique(areas, { planId, code: data.code }, areaTaken(data.code));
		return c.create(areas, { ...data, planId });
	});
}

export function updateArea(actor: Actor, id: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: areaInput, raw: input, versioned: true }, async (c, data) => {
		const area = await c.find(areas, id);
		await c.unique(
			areas,
			{ code: data.code },
			{
				...areaTaken(data.code),
				except: id,
				where: area.planId === null ? isNull(areas.planId) : eq(areas.planId, area.planId)
			}
		);
		return c.update(areas, id, data);
	});
}

// ---- objectives ----------------------------------------------------------------------

/** The area of an area objective: one of its own plan's areas (a system objective has none). */
async function objectiveArea(c: Context, planId: number, data: { kind: string; areaId: number | null }) {
	if (data.kind === 'system') return null;
	const [area] = await c.tx
		.select({ id: areas.id, planId: areas.planId })
		.from(areas)
		.where(and(eq(areas.id, data.areaId!), eq(areas.districtId, c.districtId)));
	if (!area) throw new ValidationError({ areaId: 'Area non trovata in questo ambito.' });
	if (area.planId !== planId)
		throw new ValidationError({
			areaId: 'Quest’area è di un altro piano: scegliere una delle aree del piano dell’obiettivo.'
		});
	return area.id;
}

export function createObjective(actor: Actor, planId: number, input: unknown) {
	return command(actor, { can: 'planning.manage' }, (c) => addObjective(c, planId, input));
}

/**
 * Adds an objective inside the caller's command. The caller checks who may: the
 * participation wall lets a facilitator draft objectives of a plan being drafted.
 */
/**
 * Adds an objective inside another module's command (a wall's proposal carried into the plan).
 * `draft`: kept off the public pages and the open data until the plan version that holds it is
 * approved, or the office publishes it (publishObjective).
 */
export async function addObjective(c: Context, planId: number, input: unknown, options: { draft?: boolean } = {}) {
	const data = parse(objectiveInput, input);
	await c.find(plans, planId);
	await assertPlanEditable(c, planId);
	const areaId = await objectiveArea(c, planId, data);
	return c.create(objectives, { ...data, areaId, planId, draft: !!options.draft });
}

/** The office publishes a draft objective before its plan version is approved. */
export function publishObjective(actor: Actor, id: number) {
	return command(actor, { can: 'planning.manage' }, async (c) => {
		const current = await c.find(objectives, id);
		if (!current.draft) return { notice: 'L’obiettivo è già pubblico.' };
		await c.update(objectives, id, { draft: false }, { version: 'any', action: 'update' });
		return { notice: 'Obiettivo pubblicato: ora compare sulle pagine pubbliche e nei dati aperti.' };
	});
}

/** At the approval of a plan version, the draft objectives it holds become public (inside the approval's command). */
export async function publishDraftObjectives(c: Context, planId: number) {
	const drafts = await c.tx
		.select({ id: objectives.id })
		.from(objectives)
		.where(and(eq(objectives.planId, planId), eq(objectives.districtId, c.districtId), eq(objectives.draft, true)));
	for (const o of drafts) await c.update(objectives, o.id, { draft: false }, { version: 'any', action: 'update' });
}

export function updateObjective(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: objectiveInput, raw: input, versioned: true },
		async (c, data) => {
			// What was done ("achievements") is monitoring, written after approval too.
			const current = await c.find(objectives, id);
			const areaId = await objectiveArea(c, current.planId, data);
			const structural =
				(['kind', 'code', 'title', 'description'] as const).some((k) => current[k] !== data[k]) ||
				current.areaId !== areaId;
			if (structural) await assertPlanEditable(c, current.planId);
			return c.update(objectives, id, { ...data, areaId });
		}
	);
}

export function deleteObjective(actor: Actor, id: number) {
	return command(actor, { can: 'planning.manage' }, async (c) => {
		const row = await c.find(objectives, id);
		await assertPlanEditable(c, row.planId);
		const inds = await c.tx.select().from(indicators).where(eq(indicators.objectiveId, id));
		return removeWith(c, objectives, row, {
			specifics: await c.tx.select().from(specificObjectives).where(eq(specificObjectives.objectiveId, id)),
			indicators: inds,
			periods: inds.length
				? await c.tx
						.select()
						.from(indicatorPeriods)
						.where(
							inArray(
								indicatorPeriods.indicatorId,
								inds.map((i) => i.id)
							)
						)
				: []
		});
	});
}

export function addSpecificObjective(actor: Actor, objectiveId: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: specificObjectiveInput, raw: input }, async (c, data) => {
		await assertObjectiveEditable(c, objectiveId);
		const [{ next }] = await c.tx
			.select({ next: sql<number>`coalesce(max(${specificObjectives.position}) + 1, 0)::int` })
			.from(specificObjectives)
			.where(eq(specificObjectives.objectiveId, objectiveId));
		return c.create(specificObjectives, { ...data, objectiveId, position: next });
	});
}

export function updateSpecificObjective(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: specificObjectiveInput, raw: input, versioned: true },
		async (c, data) => {
			const specific = await c.find(specificObjectives, id);
			await assertObjectiveEditable(c, specific.objectiveId);
			return c.update(specificObjectives, id, data);
		}
	);
}

export function deleteSpecificObjective(actor: Actor, id: number) {
	return command(actor, { can: 'planning.manage' }, async (c) => {
		const row = await c.find(specificObjectives, id);
		await assertObjectiveEditable(c, row.objectiveId);
		return removeWith(c, specificObjectives, row, {});
	});
}

// ---- indicators ----------------------------------------------------------------------

function checkRange(measure: Measure, values: Record<string, number | null>) {
	const errors: Record<string, string> = {};
	for (const [field, value] of Object.entries(values)) {
		if (value === null) continue;
		if (measure === 'percentage' && (value < 0 || value > 100))
			errors[field] = 'Una percentuale deve essere tra 0 e 100.';
		else if ((measure === 'count' || measure === 'hours') && value < 0)
			errors[field] = 'Il valore non può essere negativo.';
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

const codeTaken = (code: string) => ({
	field: 'code',
	message: `Il codice ${code} è già usato da un altro indicatore di questo piano.`
});

export function createIndicator(actor: Actor, objectiveId: number, input: unknown) {
	return command(actor, { can: 'planning.manage' }, (c) => addIndicator(c, objectiveId, input));
}

/** Adds an indicator inside the caller's command (the indicator import uses it too). */
export async function addIndicator(c: Context, objectiveId: number, input: unknown) {
	assertActorCan(c, 'planning.manage');
	const data = parse(indicatorInput, input);
	checkRange(data.measure, { baseline: data.baseline });
	const objective = await c.find(objectives, objectiveId);
	await assertPlanEditable(c, objective.planId);
	await c.unique(indicators, { planId: objective.planId, code: data.code }, codeTaken(data.code));
	const [{ next }] = await c.tx
		.select({ next: sql<number>`coalesce(max(${indicators.position}) + 1, 0)::int` })
		.from(indicators)
		.where(eq(indicators.objectiveId, objectiveId));
	const sourceConfig = await configureSource(c, data.source, input);
	return c.create(indicators, {
		...data,
		sourceConfig,
		baseline: num(data.baseline),
		objectiveId,
		planId: objective.planId,
		position: next
	});
}

export function updateIndicator(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: indicatorInput, raw: input, versioned: true },
		async (c, data) => {
			checkRange(data.measure, { baseline: data.baseline });
			const current = await c.find(indicators, id);
			await assertPlanEditable(c, current.planId);
			await c.unique(indicators, { planId: current.planId, code: data.code }, { ...codeTaken(data.code), except: id });
			if (data.measure !== current.measure) await assertPeriodsFit(c, id, data.measure);
			const sourceConfig = await configureSource(c, data.source, input);
			const after = await c.update(indicators, id, { ...data, sourceConfig, baseline: num(data.baseline) });
			recompute(c, id);
			return after;
		}
	);
}

/** The computed actuals of the indicator are brought up to date once, at the end of the command. */
function recompute(c: Context, indicatorId: number) {
	c.atEnd(`planning.refresh.${indicatorId}`, () => refreshComputed(c, (i) => i.id === indicatorId));
}

/** The stored parameters of the indicator's source; a computed source validates its own. */
async function configureSource(c: Context, sourceId: string, input: unknown) {
	if (sourceId === 'manual') return {};
	const source = computedSource(sourceId);
	if (!source) throw new ValidationError({ source: 'Scegliere una fonte del dato tra quelle proposte.' });
	return source.configure(c.tx, c.districtId, input as Record<string, string>);
}

/** A new measure must suit the values already recorded in the indicator's periods. */
async function assertPeriodsFit(c: Context, indicatorId: number, measure: Measure) {
	const periods = await c.tx.select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, indicatorId));
	const wrongKind = periods.some((p) => (measure === 'text' ? p.target !== null : p.targetText !== null));
	if (wrongKind)
		throw new ValidationError({
			measure: 'Con questa misura i valori attesi dei periodi vanno scritti in altro modo: modifica prima i periodi.'
		});
	try {
		for (const p of periods)
			checkRange(measure, { target: toNumber(p.target), actualNumber: toNumber(p.actualNumber) });
	} catch {
		throw new ValidationError({
			measure:
				'Alcuni valori dei periodi non sono ammessi con questa misura (es. percentuali oltre 100): modifica prima i periodi.'
		});
	}
}

export function deleteIndicator(actor: Actor, id: number) {
	return command(actor, { can: 'planning.manage' }, async (c) => {
		const row = await c.find(indicators, id);
		await assertPlanEditable(c, row.planId);
		return removeWith(c, indicators, row, {
			periods: await c.tx.select().from(indicatorPeriods).where(eq(indicatorPeriods.indicatorId, id))
		});
	});
}

// ---- periods -------------------------------------------------------------------------

type IndicatorRow = typeof indicators.$inferSelect;

/** The programme's fields of a period form other than its target: frozen once the plan is approved. */
function periodText(data: { label: string; startsOn: string; endsOn: string; targetComment: string }) {
	const { label, startsOn, endsOn, targetComment } = data;
	return { label, startsOn, endsOn, targetComment };
}

/** A period's target as stored, checked against the indicator's measure. */
function periodTarget(indicator: IndicatorRow, data: { target: number | null; targetText: string }) {
	const { measure } = indicator;
	if (measure === 'text') {
		if (data.target !== null)
			throw new ValidationError({ target: 'Per un indicatore qualitativo il valore atteso si scrive come testo.' });
	} else if (data.targetText !== '') {
		if (data.target === null)
			throw new ValidationError({ target: 'Il valore atteso deve essere un numero (es. 120 oppure 12,5).' });
	}
	checkRange(measure, { target: data.target });
	return { target: num(data.target), targetText: data.targetText || null };
}

/**
 * A period's actual as a form sends it, checked; null for a computed indicator, whose actual is
 * the platform's, not typed.
 */
function periodActual(
	indicator: IndicatorRow,
	data: { actualNumber: number | null; actualText: string; actualComment: string; evidenceUrl: string }
): ActualValues | null {
	if (indicator.source !== 'manual') return null;
	checkRange(indicator.measure, { actualNumber: data.actualNumber });
	return {
		actualNumber: num(data.actualNumber),
		actualText: data.actualText || null,
		actualComment: data.actualComment,
		evidenceUrl: data.evidenceUrl || null
	};
}

const labelTaken = (label: string) => ({
	field: 'label',
	message: `Esiste già un periodo “${label}” per questo indicatore.`
});

export function addPeriod(actor: Actor, indicatorId: number, input: unknown) {
	return command(actor, { can: 'planning.manage' }, (c) => insertPeriod(c, indicatorId, input));
}

/** Adds a period inside the caller's command (the indicator import uses it too): a target is programme. */
export async function insertPeriod(c: Context, indicatorId: number, input: unknown) {
	assertActorCan(c, 'planning.manage');
	const data = parse(periodInput, input);
	const indicator = await c.find(indicators, indicatorId);
	await assertPlanEditable(c, indicator.planId);
	const target = periodTarget(indicator, data);
	const actual = periodActual(indicator, data);
	await c.unique(indicatorPeriods, { indicatorId, label: data.label }, labelTaken(data.label));
	const at = new Date();
	const hasActual = actual && (actual.actualNumber !== null || actual.actualText !== null);
	const period = await c.create(indicatorPeriods, {
		...periodText(data),
		...target,
		...(actual ? (hasActual ? actualColumns(actual, c.origin, at) : actual) : {}),
		indicatorId
	});
	if (actual && hasActual) await keepRecord(c, period.id, actual, c.origin, at);
	recompute(c, indicatorId);
	return period;
}

/**
 * Saves a period's form: its programme (dates, target), refused once the plan is approved,
 * and its actual, which monitoring keeps recording after approval.
 */
export function updatePeriod(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: periodInput, raw: input, versioned: true },
		async (c, data) => {
			const period = await c.find(indicatorPeriods, id);
			const indicator = await c.find(indicators, period.indicatorId);
			const programme = { ...periodText(data), ...periodTarget(indicator, data) };
			const changed = (Object.keys(programme) as (keyof typeof programme)[]).filter((k) =>
				k === 'target' ? toNumber(period.target) !== toNumber(programme.target) : period[k] !== programme[k]
			);
			if (changed.length) await assertProgrammeEditable(c, indicator.planId, changed);
			await c.unique(
				indicatorPeriods,
				{ indicatorId: indicator.id, label: data.label },
				{ ...labelTaken(data.label), except: id }
			);
			// A computed figure is the platform's: of its actual, the form changes only the evidence link.
			const actual = periodActual(indicator, data) ?? {
				actualNumber: period.actualNumber,
				actualText: period.actualText,
				actualComment: period.actualComment,
				evidenceUrl: data.evidenceUrl || null
			};
			const after = await writeActualValues(c, period, indicator, actual, {
				version: c.version,
				programme: Object.fromEntries(changed.map((k) => [k, programme[k]]))
			});
			recompute(c, indicator.id);
			return after;
		}
	);
}

/** The plan's programme may change; if not, the refusal is shown next to each field that was changed. */
async function assertProgrammeEditable(c: Context, planId: number, fields: string[]) {
	try {
		await assertPlanEditable(c, planId);
	} catch (e) {
		if (!(e instanceof ValidationError) || !e.fields._form) throw e;
		const message = `Fa parte del programma approvato. ${e.fields._form}`;
		throw new ValidationError(Object.fromEntries(fields.map((f) => [f, message])));
	}
}

/** Records the achieved value of a period: allowed to coordinators as well as admins, after approval too. */
export function recordActual(actor: Actor, periodId: number, input: unknown) {
	return command(actor, { can: 'planning.recordActual', versioned: true, raw: input }, (c) =>
		writeActual(c, periodId, c.version, input)
	);
}

/** Records an achieved value inside the caller's command (the import), based on version `v` of the period. */
export async function writeActual(c: Context, periodId: number, v: number, input: unknown) {
	assertActorCan(c, 'planning.recordActual');
	const data = parse(actualInput, input);
	const period = await c.find(indicatorPeriods, periodId);
	const indicator = await c.find(indicators, period.indicatorId);
	const actual = periodActual(indicator, data);
	if (!actual) throw new ValidationError({ _form: 'Questo indicatore è calcolato dalla piattaforma.' });
	return writeActualValues(c, period, indicator, actual, { version: v });
}

export function deletePeriod(actor: Actor, id: number) {
	return command(actor, { can: 'planning.manage' }, async (c) => {
		const row = await c.find(indicatorPeriods, id);
		await assertIndicatorEditable(c, row.indicatorId);
		return removeWith(c, indicatorPeriods, row, {});
	});
}

// ---- deleting ------------------------------------------------------------------------

type Removable = typeof objectives | typeof specificObjectives | typeof indicators | typeof indicatorPeriods;

/** Deletes `row` and logs it with what the delete takes with it by cascade, so that the audit log can tell it all. */
async function removeWith<T extends Removable>(
	c: Context,
	table: T,
	row: T['$inferSelect'],
	dependants: Record<string, unknown[]>
) {
	await c.tx.delete(table).where(and(eq(table.id, row.id), eq(table.districtId, c.districtId)));
	await c.audit(table, { action: 'delete', id: row.id, before: { ...row, ...dependants } });
	return row;
}
