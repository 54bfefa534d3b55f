import { assertCan } from '$lib/server/kernel';
import { getSession } from '$lib/server/training';
import { qrSvg } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { session } = await orNotFound(async () => {
		assertCan(actor, 'training.manage');
		return getSession(actor, idParam(event.params.id));
	});
	return new Response(qrSvg(`${event.url.origin}/presenze/formazione/${session.checkinToken}`), {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, no-store' }
	});
};
