import { minutesPdf } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { pdf, filename } = await orNotFound(() => minutesPdf(actor, idParam(event.params.id)));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
