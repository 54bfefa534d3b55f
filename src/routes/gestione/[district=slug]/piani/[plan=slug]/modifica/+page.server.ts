import { getPlan, updatePlan } from '$lib/server/planning';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => updatePlan(actor, plan.id, v), {
			redirectTo: (p) => `/gestione/${event.params.district}/piani/${(p as { slug: string }).slug}`
		});
	}
};
