import { json } from '@sveltejs/kit';
import { getFile } from '$lib/server/generation';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Where the making of a file is (read by the page's script every second). */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { status, progress, step } = await orNotFound(() => getFile(actor, idParam(event.params.id)));
	return json({ status, progress, step }, { headers: { 'cache-control': 'private, no-store' } });
};
