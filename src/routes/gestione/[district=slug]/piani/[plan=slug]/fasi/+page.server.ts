import {
	createPhase,
	deletePhase,
	getPlan,
	listPhases,
	romeToday,
	shownPhaseState,
	updatePhase
} from '$lib/server/planning';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { plan } = await parent();
	const today = romeToday();
	const phases = (await listPhases(locals.actor, plan.id)).map((p) => ({ ...p, ...shownPhaseState(p, today, plan) }));
	return { phases, today };
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => createPhase(actor, plan.id, v));
	},
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updatePhase(actor, idParam(v.id), v));
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => deletePhase(actor, idParam(v.id)));
	}
};
