import { canManageMeetingsOf, createMeeting, districtPhases, getSubDistrict } from '$lib/server/roundtables';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { actor } = await parent();
	const detail = await orNotFound(() => getSubDistrict(locals.actor, idParam(params.id)));
	// Sub-district meetings have no coordinator: the planning office manages them.
	const manage = canManageMeetingsOf(actor, null);
	return { ...detail, manage, phases: manage ? await districtPhases(locals.actor) : [] };
};

export const actions: Actions = {
	createMeeting: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createMeeting(actor, { subDistrictId: idParam(event.params.id) }, v), {
			redirectTo: (x) => `/gestione/${event.params.district}/incontri/${(x as { id: number }).id}`
		});
	}
};
