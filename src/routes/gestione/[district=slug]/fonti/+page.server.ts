import { createSource, listSources } from '$lib/server/projects';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ sources: await listSources(locals.actor) });

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createSource(actor, v));
	}
};
