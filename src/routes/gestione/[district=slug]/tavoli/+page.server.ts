import { can } from '$lib/server/kernel';
import { createRoundtable, createSubDistrict, listRoundtables, listSubDistricts } from '$lib/server/roundtables';
import { listOrganisations } from '$lib/server/organisations';
import { listAllAreas } from '$lib/server/planning';
import { listStaffByRole } from '$lib/server/accounts';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { actor } = await parent();
	const manage = can(actor, 'roundtables.manage');
	const [roundtables, subDistricts] = await Promise.all([
		listRoundtables(locals.actor),
		listSubDistricts(locals.actor)
	]);
	if (!manage) return { roundtables, subDistricts, areas: [], coordinators: [], municipalities: [] };
	const [areas, coordinators, organisations] = await Promise.all([
		listAllAreas(locals.actor),
		listStaffByRole(actor, ['coordinator', 'admin']),
		listOrganisations(locals.actor)
	]);
	return {
		roundtables,
		subDistricts,
		areas: areas.filter((a) => a.active),
		coordinators,
		municipalities: organisations.filter((o) => o.type === 'municipality').map((o) => ({ id: o.id, name: o.name }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createRoundtable(actor, v), {
			redirectTo: (r) => `/gestione/${event.params.district}/tavoli/${(r as { id: number }).id}`
		});
	},
	createSubDistrict: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createSubDistrict(actor, v), {
			redirectTo: (s) => `/gestione/${event.params.district}/microambiti/${(s as { id: number }).id}`
		});
	}
};
