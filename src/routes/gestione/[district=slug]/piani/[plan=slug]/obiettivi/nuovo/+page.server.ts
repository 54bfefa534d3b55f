import { createObjective, getPlan, listAreas } from '$lib/server/planning';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

/** The plan's own active areas: each plan has its own list. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	const { plan } = await parent();
	return { areas: (await listAreas(locals.actor, plan.id)).filter((a) => a.active) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => createObjective(actor, plan.id, v), {
			redirectTo: (o) => `/gestione/${event.params.district}/obiettivi/${(o as { id: number }).id}`
		});
	}
};
