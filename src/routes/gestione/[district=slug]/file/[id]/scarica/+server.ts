import { fileContent } from '$lib/server/generation';
import { attachment } from '$lib/server/downloads';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A file the person had made, once ready. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { bytes, fileName, contentType } = await orNotFound(() => fileContent(actor, idParam(event.params.id)));
	return attachment(bytes, contentType, fileName);
};
