import {
	addParticipant,
	deleteSession,
	getSession,
	recordRegister,
	removeParticipant,
	updateSession
} from '$lib/server/training';
import { listOrganisations } from '$lib/server/organisations';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const [detail, organisations] = await Promise.all([
		orNotFound(() => getSession(locals.actor, idParam(params.id))),
		listOrganisations(locals.actor)
	]);
	return { ...detail, organisations: organisations.map((o) => ({ id: o.id, name: o.name })) };
};

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateSession(actor, idParam(event.params.id), v));
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => deleteSession(actor, idParam(event.params.id)), {
			redirectTo: (s) => `/gestione/${event.params.district}/formazione/${(s as { courseId: number }).courseId}`
		});
	},
	register: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => recordRegister(actor, idParam(event.params.id), v));
	},
	addParticipant: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addParticipant(actor, idParam(event.params.id), v));
	},
	removeParticipant: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => removeParticipant(actor, idParam(event.params.id), idParam(v.traineeId)));
	}
};
