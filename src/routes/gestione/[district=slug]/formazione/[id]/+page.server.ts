import { addSession, deleteCourse, getCourse, updateCourse } from '$lib/server/training';
import { listProjects } from '$lib/server/projects';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { permissions } = await parent();
	const detail = await orNotFound(() => getCourse(locals.actor, idParam(params.id)));
	return {
		...detail,
		projects: permissions.training
			? (await listProjects(locals.actor)).projects.map((p) => ({ id: p.id, title: p.title }))
			: []
	};
};

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateCourse(actor, idParam(event.params.id), v));
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => deleteCourse(actor, idParam(event.params.id)), {
			redirectTo: () => `/gestione/${event.params.district}/formazione`
		});
	},
	addSession: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addSession(actor, idParam(event.params.id), v), {
			redirectTo: (s) => `/gestione/${event.params.district}/formazione/sessioni/${(s as { id: number }).id}`
		});
	}
};
