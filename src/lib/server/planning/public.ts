// What the public pages of a district show of its plans: the plans, their phases and the
// progress of their public indicators. Nobody is signed in there: each read takes the district.
import { getPlan, listPhases, listPlans } from './queries';
import { phasesByPlan, romeToday, shownPhaseState } from './phases';
import { objectiveChart, planProgressView } from './view';

type District = { id: number };
const reader = (district: District) => ({ districtId: district.id });

export function publicPlans(district: District) {
	return listPlans(reader(district));
}

export function publicPlan(district: District, slug: string) {
	return getPlan(reader(district), slug);
}

/** The plan's phases in order, each with its shown state (late, not completed…) as of `today` in Rome. */
export async function publicPhases(
	district: District,
	plan: { id: number; status: string; endYear: number },
	today = romeToday()
) {
	return (await listPhases(reader(district), plan.id)).map((p) => ({ ...p, ...shownPhaseState(p, today, plan) }));
}

/** The phases of each of the district's plans, with their shown state (see phasesByPlan). */
export function publicPhasesByPlan(
	district: District,
	planList: readonly { id: number; status: string; endYear: number }[],
	today = romeToday()
) {
	return phasesByPlan(reader(district), planList, today);
}

/** The plan's progress, public indicators only (see planProgressView for `charts`). */
export function publicPlanProgress(district: District, planId: number, charts: { base: string; version: number }) {
	return planProgressView(reader(district), planId, { publicOnly: true }, charts);
}

/** The progress chart of one objective, public indicators only. */
export function publicObjectiveChart(district: District, planId: number, objectiveId: number) {
	return objectiveChart(reader(district), planId, objectiveId, { publicOnly: true });
}
