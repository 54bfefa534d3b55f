import { can } from '$lib/server/kernel';
import {
	addDelegate,
	getOrganisation,
	listDelegates,
	removeDelegate,
	updateOrganisation
} from '$lib/server/organisations';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { actor } = await parent();
	const id = idParam(params.id);
	const organisation = await orNotFound(() => getOrganisation(locals.actor, id));
	// Delegates are personal data: only for those who may read people.
	return { organisation, delegates: can(actor, 'people.read') ? await listDelegates(actor, id) : null };
};

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateOrganisation(actor, idParam(event.params.id), v));
	},
	addDelegate: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addDelegate(actor, idParam(event.params.id), v));
	},
	removeDelegate: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => removeDelegate(actor, idParam(v.id)));
	}
};
