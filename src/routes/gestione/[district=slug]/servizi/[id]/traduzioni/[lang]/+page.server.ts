import { error, redirect } from '@sveltejs/kit';
import { deleteTranslation, getService, saveTranslation } from '$lib/server/catalogue';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	const found = await orNotFound(() => getService(actor, idParam(event.params.id)));
	const lang = event.params.lang;
	if (!found.languages.includes(lang)) error(404, 'Lingua non prevista per questo ambito.');
	return {
		service: found.service,
		italian: found.italian,
		translation: found.texts.find((t) => t.lang === lang) ?? null,
		lang,
		missing: found.missing[lang]
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => saveTranslation(actor, idParam(event.params.id), event.params.lang, v), {
			redirectTo: () => `${event.url.pathname}?salvata=1`
		});
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		await orNotFound(() => deleteTranslation(actor, idParam(event.params.id), event.params.lang));
		redirect(303, `/gestione/${event.params.district}/servizi/${event.params.id}`);
	}
};
