import { error } from '@sveltejs/kit';
import { idParam, orNotFound } from '$lib/server/http';
import { getDocument } from '$lib/server/projects';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const doc = await orNotFound(() => getDocument(actor, idParam(event.params.doc)));
	if (doc.projectId !== idParam(event.params.id) || !doc.data) error(404, 'Documento non trovato');
	return new Response(new Uint8Array(doc.data), {
		headers: {
			'content-type': doc.contentType ?? 'application/octet-stream',
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename ?? 'documento')}`,
			'cache-control': 'private, no-store'
		}
	});
};
