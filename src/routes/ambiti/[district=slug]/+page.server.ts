import { phaseSummary, publicPhasesByPlan, publicPlans } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	const plans = await publicPlans(district);
	const phases = await publicPhasesByPlan(district, plans);
	return {
		plans: plans.map(({ id, slug, title, status }) => ({
			id,
			slug,
			title,
			status,
			phases: phaseSummary(phases.get(id) ?? [])
		}))
	};
};
