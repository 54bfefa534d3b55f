import { phaseSummary, publicPhasesByPlan, publicPlans } from '$lib/server/planning';
import { publicRoundtables } from '$lib/server/roundtables';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	const plans = await publicPlans(district);
	const [phases, roundtables] = await Promise.all([
		publicPhasesByPlan(district, plans),
		publicRoundtables(district.id)
	]);
	return {
		roundtables: roundtables.map(({ id, name }) => ({ id, name })),
		plans: plans.map(({ id, slug, title, status }) => ({
			id,
			slug,
			title,
			status,
			phases: phaseSummary(phases.get(id) ?? [])
		}))
	};
};
