// Planning's reads: plans, phases, areas, objectives and indicators with their progress.
// Any member of the district may read them; each read takes the actor first and keeps to
// the actor's district.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { NotFoundError } from '../errors';
import type { Reader } from '../kernel';
import { areas, indicatorPeriods, indicators, objectives, phases, plans, specificObjectives } from './schema';
import { aggregatePeriods, indicatorProgress } from './progress';
import { sortPhases } from './phases';

export const toNumber = (s: string | null) => (s === null ? null : Number(s));

// ---- plans ---------------------------------------------------------------------------

export async function listPlans(actor: Reader) {
	return db().select().from(plans).where(eq(plans.districtId, actor.districtId)).orderBy(asc(plans.startYear));
}

export async function getPlan(actor: Reader, slug: string) {
	const [plan] = await db()
		.select()
		.from(plans)
		.where(and(eq(plans.districtId, actor.districtId), eq(plans.slug, slug)));
	if (!plan) throw new NotFoundError('Piano');
	return plan;
}

/**
 * The plans in preparation: not concluded, and with no version yet or one still being
 * written (a draft, or in review), so that what is added goes into a version to be approved.
 * Newest first.
 */
export async function plansInPreparation(actor: Reader) {
	const { rows } = await db().execute<{ id: number }>(sql`
		select p.id from plan p
		where p.district_id = ${actor.districtId} and p.status <> 'closed'
		  and coalesce((select v.status from plan_version v where v.plan_id = p.id order by v.number desc limit 1), 'draft')
		      in ('draft', 'review')
		order by p.start_year desc, p.id desc`);
	return rows.map((r) => Number(r.id));
}

// ---- phases --------------------------------------------------------------------------

/** A plan's phases in their order (sortPhases: by dates, hand-ordered ones by position in their places). */
export async function listPhases(actor: Reader, planId: number) {
	return sortPhases(
		await db()
			.select()
			.from(phases)
			.where(and(eq(phases.planId, planId), eq(phases.districtId, actor.districtId)))
	);
}

// ---- areas ---------------------------------------------------------------------------

/** A plan's own list of areas, in its order. */
export async function listAreas(actor: Reader, planId: number) {
	return db()
		.select()
		.from(areas)
		.where(and(eq(areas.districtId, actor.districtId), eq(areas.planId, planId)))
		.orderBy(asc(areas.position), asc(areas.code));
}

/**
 * Every area of the district with the plan it is of (`plan`: its slug, null for a district's
 * list from before its first plan), newest plan first: what roundtables and projects, which
 * outlive a cycle, are linked to.
 */
export async function listAllAreas(actor: Reader) {
	const rows = await db()
		.select({ area: areas, plan: plans.slug })
		.from(areas)
		.leftJoin(plans, eq(plans.id, areas.planId))
		.where(eq(areas.districtId, actor.districtId))
		.orderBy(sql`${plans.startYear} desc nulls last`, desc(plans.id), asc(areas.position), asc(areas.code));
	return rows.map((r) => ({ ...r.area, plan: r.plan }));
}

/** The district's areas not yet of a plan: a district that had no plan when areas became per plan. */
export async function listUnassignedAreas(actor: Reader) {
	return db()
		.select()
		.from(areas)
		.where(and(eq(areas.districtId, actor.districtId), isNull(areas.planId)))
		.orderBy(asc(areas.position), asc(areas.code));
}

/** The plan of `year` (the latest starting one whose years include it), or else the latest plan. */
export async function currentPlan(actor: Reader, year: number) {
	const all = await listPlans(actor);
	const latestFirst = [...all].reverse();
	return latestFirst.find((p) => p.startYear <= year && year <= p.endYear) ?? latestFirst[0] ?? null;
}

// ---- objectives and indicators -------------------------------------------------------

export async function getObjective(actor: Reader, id: number) {
	const { districtId } = actor;
	const objective = await findOwned(db(), objectives, districtId, id, 'Obiettivo');
	const [plan, specifics, inds] = await Promise.all([
		findOwned(db(), plans, districtId, objective.planId, 'Piano'),
		db()
			.select()
			.from(specificObjectives)
			.where(eq(specificObjectives.objectiveId, id))
			.orderBy(asc(specificObjectives.position), asc(specificObjectives.id)),
		db()
			.select()
			.from(indicators)
			.where(eq(indicators.objectiveId, id))
			.orderBy(asc(indicators.position), asc(indicators.id))
	]);
	return { objective, plan, specifics, indicators: inds };
}

export async function getIndicator(actor: Reader, id: number) {
	const { districtId } = actor;
	const indicator = await findOwned(db(), indicators, districtId, id, 'Indicatore');
	const [objective, plan, periods] = await Promise.all([
		findOwned(db(), objectives, districtId, indicator.objectiveId, 'Obiettivo'),
		findOwned(db(), plans, districtId, indicator.planId, 'Piano'),
		db()
			.select()
			.from(indicatorPeriods)
			.where(eq(indicatorPeriods.indicatorId, id))
			.orderBy(asc(indicatorPeriods.startsOn))
	]);
	return { indicator, objective, plan, periods, summary: summarise(indicator, periods) };
}

// ---- reading a plan ------------------------------------------------------------------

type IndicatorRow = typeof indicators.$inferSelect;
type PeriodRow = typeof indicatorPeriods.$inferSelect;

export function summarise(indicator: IndicatorRow, periods: PeriodRow[]) {
	const figures = periods.map((p) => ({
		target: toNumber(p.target),
		actual: toNumber(p.actualNumber),
		actualText: p.actualText
	}));
	const total = aggregatePeriods(indicator.aggregation, figures);
	const targetText = periods.find((p) => p.targetText)?.targetText ?? null;
	const progress = indicatorProgress({
		direction: indicator.direction,
		baseline: toNumber(indicator.baseline),
		...total
	});
	const comment = periods
		.map((p) => p.actualComment)
		.filter(Boolean)
		.join(' ');
	return { ...total, targetText, progress, comment };
}

/** Indicators of the actor's district matching `where` and the kind and visibility of `filter`, in display order. */
export function listIndicators(actor: Reader, where: SQL, filter: OverviewFilter = {}) {
	return db()
		.select()
		.from(indicators)
		.where(
			and(
				eq(indicators.districtId, actor.districtId),
				where,
				filter.kind ? eq(indicators.kind, filter.kind) : undefined,
				filter.publicOnly ? eq(indicators.public, true) : undefined,
				filter.publicOnly
					? sql`not exists (select 1 from objective o where o.id = ${indicators.objectiveId} and o.draft)`
					: undefined
			)
		)
		.orderBy(asc(indicators.position), asc(indicators.id));
}

export interface OverviewFilter {
	areaCode?: string;
	kind?: IndicatorRow['kind'];
	publicOnly?: boolean;
}

/** Everything a dashboard shows of a plan, in a constant number of queries. */
export async function planOverview(actor: Reader, planId: number, filter: OverviewFilter = {}) {
	const mine = and(eq(objectives.planId, planId), eq(objectives.districtId, actor.districtId));
	const [areaRows, objectiveRows, specificRows, indicatorRows] = await Promise.all([
		listAreas(actor, planId),
		db()
			.select()
			.from(objectives)
			// Public pages leave out draft objectives (carried in from a wall, not yet approved).
			.where(and(mine, filter.publicOnly ? eq(objectives.draft, false) : undefined))
			.orderBy(asc(objectives.position), asc(objectives.id)),
		db()
			.select()
			.from(specificObjectives)
			.innerJoin(objectives, eq(objectives.id, specificObjectives.objectiveId))
			.where(and(mine, filter.publicOnly ? eq(objectives.draft, false) : undefined))
			.orderBy(asc(specificObjectives.position), asc(specificObjectives.id)),
		listIndicators(actor, eq(indicators.planId, planId), filter)
	]);
	const periodRows = indicatorRows.length
		? await db()
				.select()
				.from(indicatorPeriods)
				.where(
					inArray(
						indicatorPeriods.indicatorId,
						indicatorRows.map((i) => i.id)
					)
				)
				.orderBy(asc(indicatorPeriods.startsOn))
		: [];
	const periodsOf = groupBy(periodRows, (p) => p.indicatorId);
	const indicatorsOf = groupBy(indicatorRows, (i) => i.objectiveId);
	const specificsOf = groupBy(
		specificRows.map((r) => r.specific_objective),
		(s) => s.objectiveId
	);
	const areaById = new Map(areaRows.map((a) => [a.id, a]));
	const selectedArea = filter.areaCode ? areaRows.find((a) => a.code === filter.areaCode) : undefined;

	const items = objectiveRows
		.filter(
			(o) => !filter.areaCode || (filter.areaCode === 'sistema' ? o.kind === 'system' : o.areaId === selectedArea?.id)
		)
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
	for (const o of items)
		for (const i of o.indicators) counts[i.summary.progress.status] = (counts[i.summary.progress.status] ?? 0) + 1;
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
