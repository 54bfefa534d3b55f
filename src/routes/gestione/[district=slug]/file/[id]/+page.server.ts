import { getFile } from '$lib/server/generation';
import { idParam, orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	event.setHeaders({ 'cache-control': 'private, no-store' }); // the file is being made: always as it is now
	return { file: await orNotFound(() => getFile(actor, idParam(event.params.id))) };
};
