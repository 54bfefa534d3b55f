import { fail, redirect } from '@sveltejs/kit';
import { previewImport } from '$lib/server/exchange';
import { requestFile } from '$lib/server/generation';
import { ValidationError } from '$lib/server/errors';
import { idParam, orNotFound } from '$lib/server/http';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	event.setHeaders({ 'cache-control': 'private, no-store' }); // the check runs in the background: always as it is now
	return await orNotFound(() => previewImport(actor, idParam(event.params.id)));
};

/** Checking and applying run in the background: the page then follows their progress. */
async function start(event: RequestEvent, kind: 'import-check' | 'import-apply') {
	const actor = event.locals.actor;
	const id = idParam(event.params.id);
	try {
		await orNotFound(() => requestFile(actor, kind, { import: id }));
	} catch (e) {
		if (e instanceof ValidationError) return fail(400, { errors: e.fields });
		throw e;
	}
	redirect(303, event.url.pathname);
}

export const actions: Actions = {
	apply: (event) => start(event, 'import-apply'),
	check: (event) => start(event, 'import-check')
};
