import { error } from '@sveltejs/kit';
import { getTemplate } from '$lib/server/documents';
import type { RequestHandler } from './$types';

/** The district's logo, as staff see it on the template page. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { logo } = await getTemplate(actor);
	if (!logo) error(404, 'Nessun logo');
	return new Response(new Uint8Array(logo.data), {
		headers: { 'content-type': logo.type, 'cache-control': 'private, no-store' }
	});
};
