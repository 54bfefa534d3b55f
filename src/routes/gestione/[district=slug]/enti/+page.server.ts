import { createOrganisation, listOrganisations } from '$lib/server/organisations';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	await parent();
	return { organisations: await listOrganisations(locals.actor) };
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createOrganisation(actor, v), {
			redirectTo: (o) => `/gestione/${event.params.district}/enti/${(o as { id: number }).id}`
		});
	}
};
