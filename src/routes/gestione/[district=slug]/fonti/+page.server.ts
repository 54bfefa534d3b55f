import { createSource, listSources } from '$lib/server/projects/service';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => ({ sources: await listSources((await parent()).district.id) });

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createSource(actor, v));
	}
};
