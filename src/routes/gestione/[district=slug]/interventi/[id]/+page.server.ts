import { getIntervention, listProjects, updateIntervention } from '$lib/server/projects';
import { idParam, orNotFound, submit } from '$lib/server/http';
import { todayInRome } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { permissions } = await parent();
	const today = todayInRome();
	return {
		today,
		...(await orNotFound(() => getIntervention(locals.actor, idParam(params.id), today))),
		projectChoices: permissions.projects
			? (await listProjects(locals.actor)).projects.map((p) => ({ value: String(p.id), label: p.title }))
			: []
	};
};

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateIntervention(actor, idParam(event.params.id), v));
	}
};
