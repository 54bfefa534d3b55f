import { createIntervention, listInterventions, listProjects } from '$lib/server/projects';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { permissions } = await parent();
	return {
		interventions: await listInterventions(locals.actor),
		projects: permissions.projects
			? (await listProjects(locals.actor)).projects.map((p) => ({ value: String(p.id), label: p.title }))
			: []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createIntervention(actor, v), {
			redirectTo: (i) => `/gestione/${event.params.district}/interventi/${(i as { id: number }).id}`
		});
	}
};
