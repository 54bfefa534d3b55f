import { addPeriod, deleteIndicator, deletePeriod, getIndicator, recordActual, updateIndicator, updatePeriod } from '$lib/server/planning/service';
import { idParam, orNotFound, requireActor, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	return orNotFound(() => getIndicator(district.id, idParam(params.id)));
};

export const actions: Actions = {
	update: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => updateIndicator(actor, idParam(event.params.id), v));
	},
	delete: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, () => deleteIndicator(actor, idParam(event.params.id)), {
			redirectTo: (row) => `/gestione/${event.params.district}/obiettivi/${(row as { objectiveId: number }).objectiveId}`
		});
	},
	addPeriod: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => addPeriod(actor, idParam(event.params.id), v));
	},
	updatePeriod: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => updatePeriod(actor, idParam(v.id), v));
	},
	recordActual: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => recordActual(actor, idParam(v.id), v));
	},
	deletePeriod: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => deletePeriod(actor, idParam(v.id)));
	}
};
