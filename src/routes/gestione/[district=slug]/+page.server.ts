import { createPlan, listPlans } from '$lib/server/planning/service';
import { requireActor, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	return { plans: await listPlans(district.id) };
};

export const actions: Actions = {
	createPlan: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => createPlan(actor, v), { redirectTo: (p) => `/gestione/${event.params.district}/piani/${(p as { slug: string }).slug}` });
	}
};
