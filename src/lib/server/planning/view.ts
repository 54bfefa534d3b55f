// A plan as its dashboards show it: the overview plus one chart per objective.
import { planOverview, type OverviewFilter } from './service';
import { progressChart } from '../charts/objective-chart';

export async function planProgressView(districtId: number, planId: number, filter: OverviewFilter = {}) {
	const overview = await planOverview(districtId, planId, filter);
	const objectives = overview.objectives.map((o) => ({
		...o,
		chart: o.indicators.some((i) => i.summary.progress.ratio !== null)
			? progressChart(o.code, o.indicators.map((i) => ({ code: i.code, ratio: i.summary.progress.ratio })))
			: null
	}));
	return { ...overview, objectives };
}

export type PlanProgressView = Awaited<ReturnType<typeof planProgressView>>;
