import { createObjective, getPlan, listAreas } from '$lib/server/planning/service';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	return { areas: (await listAreas(district.id)).filter((a) => a.active) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
		return submit(event.request, (v) => createObjective(actor, plan.id, v), {
			redirectTo: (o) => `/gestione/${event.params.district}/obiettivi/${(o as { id: number }).id}`
		});
	}
};
