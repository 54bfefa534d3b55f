import {
	addSpecificObjective,
	createIndicator,
	deleteObjective,
	deleteSpecificObjective,
	getObjective,
	listAreas,
	publishObjective,
	updateObjective,
	updateSpecificObjective
} from '$lib/server/planning';
import { sourceChoices } from '$lib/server/indicator-sources';
import { can } from '$lib/server/kernel';
import { originsOf } from '$lib/server/wall';
import { projectsOfObjective } from '$lib/server/projects';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { actor } = locals;
	const id = idParam(params.id);
	const detail = await orNotFound(() => getObjective(actor, id));
	const [areas, choices, origins, projects] = await Promise.all([
		// The objective's own plan's areas: each plan has its own list.
		listAreas(actor, detail.objective.planId),
		// The new-indicator form's choices, for who may add one.
		can(actor, 'planning.manage') ? sourceChoices(actor) : null,
		originsOf(actor.districtId, [id]),
		projectsOfObjective(actor, id)
	]);
	return {
		...detail,
		areas,
		choices,
		origins: origins.get(id) ?? [],
		projects,
		canPublish: can(actor, 'planning.manage')
	};
};

export const actions: Actions = {
	publish: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => publishObjective(actor, idParam(event.params.id)));
	},
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateObjective(actor, idParam(event.params.id), v));
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		const id = idParam(event.params.id);
		const { plan } = await orNotFound(() => getObjective(actor, id));
		return submit(event.request, () => deleteObjective(actor, id), {
			redirectTo: () => `/gestione/${event.params.district}/piani/${plan.slug}`
		});
	},
	addSpecific: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addSpecificObjective(actor, idParam(event.params.id), v));
	},
	updateSpecific: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateSpecificObjective(actor, idParam(v.id), v));
	},
	deleteSpecific: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => deleteSpecificObjective(actor, idParam(v.id)));
	},
	createIndicator: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createIndicator(actor, idParam(event.params.id), v), {
			redirectTo: (i) => `/gestione/${event.params.district}/indicatori/${(i as { id: number }).id}`
		});
	}
};
