import { getTemplate, saveTemplate } from '$lib/server/documents';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { logo, ...template } = await getTemplate(event.locals.actor);
	return { template: { ...template, hasLogo: !!logo } };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (values, form) => {
			const logo = form.get('logo');
			return saveTemplate(actor, values, logo instanceof File ? logo : null);
		});
	}
};
