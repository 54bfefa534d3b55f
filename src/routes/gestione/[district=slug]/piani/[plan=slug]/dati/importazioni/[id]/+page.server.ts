import { applyImport, previewImport } from '$lib/server/exchange/indicators';
import { idParam, orNotFound, requireActor, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = await requireActor(event);
	return await orNotFound(() => previewImport(actor, idParam(event.params.id)));
};

export const actions: Actions = {
	apply: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, async () => {
			const outcome = await applyImport(actor, idParam(event.params.id));
			return { notice: `Applicato: ${outcome.counts.actuals} valori realizzati, ${outcome.counts.indicators} indicatori e ${outcome.counts.periods} periodi nuovi.` };
		});
	}
};
