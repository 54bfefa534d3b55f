import { createArea, getPlan, listAreas, listPlans, updateArea } from '$lib/server/planning';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

/** A plan's own macro-areas (each regional cycle defines its own), and the other plans' lists. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	const { plan } = await parent();
	const [areas, plans] = await Promise.all([listAreas(locals.actor, plan.id), listPlans(locals.actor)]);
	return {
		areas,
		otherPlans: plans.filter((p) => p.id !== plan.id).map((p) => ({ slug: p.slug, title: p.title }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => createArea(actor, plan.id, v));
	},
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateArea(actor, idParam(v.id), v));
	}
};
