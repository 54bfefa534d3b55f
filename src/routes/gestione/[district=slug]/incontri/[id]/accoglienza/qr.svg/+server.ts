import { qrSvg, welcome } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { link } = await orNotFound(() => welcome(actor, idParam(event.params.id), event.url.origin));
	return new Response(qrSvg(link), {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, no-store' }
	});
};
