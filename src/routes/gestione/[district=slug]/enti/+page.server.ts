import { createOrganisation, listOrganisations } from '$lib/server/organisations/service';
import { requireActor, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	return { organisations: await listOrganisations(district.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => createOrganisation(actor, v), {
			redirectTo: (o) => `/gestione/${event.params.district}/enti/${(o as { id: number }).id}`
		});
	}
};
