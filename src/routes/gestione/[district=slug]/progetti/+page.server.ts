import { createProject, listProjects, PROJECT_STATUSES, projectChoices } from '$lib/server/projects';
import { listOrganisations } from '$lib/server/organisations';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
	const { permissions } = await parent();
	const raw = url.searchParams.get('stato') ?? '';
	const status = (PROJECT_STATUSES as readonly string[]).includes(raw) ? raw : '';
	return {
		status,
		...(await listProjects(locals.actor, { status: status || undefined })),
		choices: permissions.projects ? await projectChoices(locals.actor) : null,
		organisations: permissions.projects
			? (await listOrganisations(locals.actor)).map((o) => ({ id: o.id, name: o.name }))
			: []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createProject(actor, v), {
			redirectTo: (p) => `/gestione/${event.params.district}/progetti/${(p as { id: number }).id}`
		});
	}
};
