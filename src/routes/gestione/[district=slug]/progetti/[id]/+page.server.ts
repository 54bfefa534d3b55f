import type { Actor } from '$lib/server/kernel';
import * as projects from '$lib/server/projects';
import { listOrganisations } from '$lib/server/organisations';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { permissions } = await parent();
	const detail = await orNotFound(() => projects.getProject(locals.actor, idParam(params.id)));
	return {
		...detail,
		choices: permissions.projects ? await projects.projectChoices(locals.actor) : null,
		organisations: permissions.projects
			? (await listOrganisations(locals.actor)).map((o) => ({ id: o.id, name: o.name }))
			: [],
		sources: permissions.projects
			? (await projects.listSources(locals.actor)).map((s) => ({ id: s.id, name: s.name }))
			: []
	};
};

/** A form action on this project: `run` gets the actor, the project id and the form values. */
const on =
	(run: (actor: Actor, id: number, v: Record<string, string>) => Promise<unknown>) => async (event: RequestEvent) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => run(actor, idParam(event.params.id), v));
	};

export const actions: Actions = {
	update: on((a, id, v) => projects.updateProject(a, id, v)),
	status: on((a, id, v) => projects.setProjectStatus(a, id, v)),
	partner: on((a, id, v) => projects.addPartner(a, id, v)),
	removePartner: on((a, _id, v) => projects.removePartner(a, idParam(v.itemId))),
	beneficiaries: on((a, id, v) => projects.recordBeneficiaries(a, id, v)),
	removeBeneficiaries: on((a, _id, v) => projects.removeBeneficiaries(a, idParam(v.itemId))),
	milestone: on((a, id, v) => projects.addMilestone(a, id, v)),
	removeMilestone: on((a, _id, v) => projects.removeMilestone(a, idParam(v.itemId))),
	link: on((a, id, v) => projects.addDocumentLink(a, id, v)),
	removeDocument: on((a, _id, v) => projects.removeDocument(a, idParam(v.itemId))),
	grant: on((a, id, v) => projects.addGrant(a, id, v)),
	removeGrant: on((a, _id, v) => projects.removeGrant(a, idParam(v.itemId))),
	grantYear: on((a, _id, v) => projects.setGrantYear(a, idParam(v.grantId), v)),
	upload: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v, form) => {
			const file = form.get('file');
			return projects.addDocumentFile(
				actor,
				idParam(event.params.id),
				v.title ?? '',
				file instanceof File ? file : null
			);
		});
	}
};
