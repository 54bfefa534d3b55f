import { createPlan, listPlans } from '$lib/server/planning/service';
import { requireActor, submit } from '$lib/server/http';
import { fundingWarnings } from '$lib/server/projects/service';
import { todayInRome } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	const [plans, warnings] = await Promise.all([listPlans(district.id), fundingWarnings(district.id, todayInRome())]);
	return { plans, warnings };
};

export const actions: Actions = {
	createPlan: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => createPlan(actor, v), { redirectTo: (p) => `/gestione/${event.params.district}/piani/${(p as { slug: string }).slug}` });
	}
};
