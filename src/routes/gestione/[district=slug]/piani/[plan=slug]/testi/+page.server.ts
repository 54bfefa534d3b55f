import { error } from '@sveltejs/kit';
import { getPlan, listSections, saveSection } from '$lib/server/planning';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan } = await event.parent();
	return { sections: await listSections(event.locals.actor, plan.id) };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		const key = event.url.searchParams.get('sezione') ?? '';
		if (!/^(introduction|context|needs|area-\d{1,9})$/.test(key)) error(400, 'Sezione non valida.');
		return submit(event.request, (v) => saveSection(actor, plan.id, key, v));
	}
};
