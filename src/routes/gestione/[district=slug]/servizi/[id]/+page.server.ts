import { redirect } from '@sveltejs/kit';
import {
	addException,
	addLocation,
	deleteException,
	deleteLocation,
	deleteService,
	getService,
	updateLocation,
	updateService
} from '$lib/server/catalogue';
import { listOrganisations } from '$lib/server/organisations';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { permissions } = await event.parent();
	const actor = event.locals.actor;
	const found = await orNotFound(() => getService(actor, idParam(event.params.id)));
	return {
		...found,
		organisations: permissions.catalogue
			? (await listOrganisations(actor)).map((o) => ({ id: o.id, name: o.name }))
			: []
	};
};

const id = (v: Record<string, string>, key: string) => idParam(v[key]);

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateService(actor, idParam(event.params.id), v));
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		await orNotFound(() => deleteService(actor, idParam(event.params.id)));
		redirect(303, `/gestione/${event.params.district}/servizi`);
	},
	addLocation: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addLocation(actor, idParam(event.params.id), v));
	},
	updateLocation: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateLocation(actor, id(v, 'locationId'), v));
	},
	deleteLocation: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => deleteLocation(actor, id(v, 'locationId')));
	},
	addException: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addException(actor, id(v, 'locationId'), v));
	},
	deleteException: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => deleteException(actor, id(v, 'exceptionId')));
	}
};
