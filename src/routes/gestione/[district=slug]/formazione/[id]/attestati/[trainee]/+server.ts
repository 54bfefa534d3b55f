import { error } from '@sveltejs/kit';
import { attendanceCertificate } from '$lib/server/training';
import { ValidationError } from '$lib/server/errors';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	try {
		const { pdf, filename } = await orNotFound(() =>
			attendanceCertificate(actor, idParam(event.params.id), idParam(event.params.trainee))
		);
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		// Below the course's minimum hours: the page says how many were attended.
		if (e instanceof ValidationError) error(409, e.fields._form);
		throw e;
	}
};
