import { createArea, listAreas, updateArea } from '$lib/server/planning';
import { idParam, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ areas: await listAreas(locals.actor) });

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createArea(actor, v));
	},
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateArea(actor, idParam(v.id), v));
	}
};
