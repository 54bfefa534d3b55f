import { createService, listServices } from '$lib/server/catalogue';
import { listOrganisations } from '$lib/server/organisations';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { permissions } = await event.parent();
	const actor = event.locals.actor;
	return {
		services: await orNotFound(() => listServices(actor)),
		organisations: permissions.catalogue
			? (await listOrganisations(actor)).map((o) => ({ id: o.id, name: o.name }))
			: []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createService(actor, v), {
			redirectTo: (s) => `/gestione/${event.params.district}/servizi/${(s as { id: number }).id}`
		});
	}
};
