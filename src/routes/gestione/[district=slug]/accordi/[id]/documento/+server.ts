import { idParam, orNotFound } from '$lib/server/http';
import { getAgreementDocument } from '$lib/server/agreements';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const doc = await orNotFound(() => getAgreementDocument(actor, idParam(event.params.id)));
	return new Response(new Uint8Array(doc.data), {
		headers: {
			'content-type': doc.type,
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
			'cache-control': 'private, no-store'
		}
	});
};
