import type { Actor } from '$lib/server/kernel';
import * as agreements from '$lib/server/agreements';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { permissions } = await parent();
	const detail = await orNotFound(() => agreements.getAgreement(locals.actor, idParam(params.id)));
	return {
		...detail,
		choices: permissions.agreements ? await agreements.agreementChoices(locals.actor) : null
	};
};

/** A form action on this agreement: `run` gets the actor, the agreement id and the form values. */
const on =
	(run: (actor: Actor, id: number, v: Record<string, string>) => Promise<unknown>) => async (event: RequestEvent) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => run(actor, idParam(event.params.id), v));
	};

export const actions: Actions = {
	update: on((a, id, v) => agreements.updateAgreement(a, id, v)),
	party: on((a, id, v) => agreements.addParty(a, id, v)),
	sign: on((a, _id, v) => agreements.signParty(a, idParam(v.partyId), v)),
	removeParty: on((a, _id, v) => agreements.removeParty(a, idParam(v.partyId))),
	removeDocument: on((a, id) => agreements.removeDocument(a, id)),
	upload: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (_v, form) => {
			const file = form.get('file');
			return agreements.attachDocument(actor, idParam(event.params.id), file instanceof File ? file : null);
		});
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => agreements.deleteAgreement(actor, idParam(event.params.id)), {
			redirectTo: () => `/gestione/${event.params.district}/accordi`
		});
	}
};
