import { getAttachment } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const file = await orNotFound(() => getAttachment(actor, idParam(event.params.attachment)));
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
