// A plan as its pages show it: only the fields they render (the page data is serialised
// into every response), with each objective's chart as a separately cached SVG image.
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { NotFoundError } from '../errors';
import type { Actor } from '../kernel';
import { chartSize, progressChart } from '../charts';
import { indicatorPeriods, indicators, objectives, plans } from './schema';
import { listIndicators, planOverview, summarise, type OverviewFilter } from './queries';
import { planConcluded } from './progress';
import { romeToday } from './phases';

/**
 * `charts.base` is the URL an objective's id and ".svg" are appended to; `charts.version`
 * (the district's content version) makes each chart URL change whenever its data may have.
 */
export async function planProgressView(
	actor: Pick<Actor, 'districtId'>,
	planId: number,
	filter: OverviewFilter,
	charts: { base: string; version: number },
	today = romeToday()
) {
	const [overview, plan] = await Promise.all([
		planOverview(actor, planId, filter),
		findOwned(db(), plans, actor.districtId, planId, 'Piano')
	]);
	const query = filter.kind ? `?tipo=${filter.kind}&` : '?';
	const items = overview.objectives.map((o) => {
		const scored = o.indicators.filter((i) => i.summary.progress.ratio !== null).length;
		return {
			id: o.id,
			kind: o.kind,
			/** Carried in from a wall and not yet approved (public pages never list it). */
			draft: o.draft,
			code: o.code,
			title: o.title,
			description: o.description,
			achievements: o.achievements
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean),
			area: o.area ? { code: o.area.code, name: o.area.name } : null,
			specifics: o.specifics.map((s) => s.title),
			chart: scored ? { src: `${charts.base}/${o.id}.svg${query}v=${charts.version}`, ...chartSize(scored) } : null,
			indicators: o.indicators.map((i) => ({
				id: i.id,
				code: i.code,
				name: i.name,
				kind: i.kind,
				measure: i.measure,
				unit: i.unit,
				unitOne: i.unitOne,
				target: i.summary.target,
				targetText: i.summary.targetText,
				actual: i.summary.actual,
				actualText: i.summary.actualText,
				comment: i.summary.comment,
				ratio: i.summary.progress.ratio,
				status: i.summary.progress.status
			}))
		};
	});
	return {
		areas: overview.areas.map((a) => ({ id: a.id, code: a.code, name: a.name })),
		objectives: items,
		counts: overview.counts,
		/** The plan is over: "behind" reads "Non raggiunto" (StatusBadge's `concluded`). */
		concluded: planConcluded(plan, today)
	};
}

export type PlanProgressView = Awaited<ReturnType<typeof planProgressView>>;

/** The progress chart of one objective of `planId`, as an SVG document. */
export async function objectiveChart(
	actor: Pick<Actor, 'districtId'>,
	planId: number,
	objectiveId: number,
	filter: OverviewFilter = {}
) {
	const objective = await findOwned(db(), objectives, actor.districtId, objectiveId, 'Obiettivo');
	if (objective.planId !== planId || (filter.publicOnly && objective.draft)) throw new NotFoundError('Obiettivo');
	const rows = await listIndicators(actor, eq(indicators.objectiveId, objectiveId), filter);
	const periods = rows.length
		? await db()
				.select()
				.from(indicatorPeriods)
				.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
				.where(and(eq(indicators.objectiveId, objectiveId), eq(indicators.districtId, actor.districtId)))
				.orderBy(asc(indicatorPeriods.startsOn))
		: [];
	const bars = rows.map((i) => ({
		code: i.code,
		ratio: summarise(
			i,
			periods.filter((p) => p.indicator_period.indicatorId === i.id).map((p) => p.indicator_period)
		).progress.ratio
	}));
	return progressChart(objective.code, bars);
}
