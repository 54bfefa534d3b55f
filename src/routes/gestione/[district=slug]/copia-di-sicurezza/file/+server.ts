import { staffBackup } from '$lib/server/backup';
import { attachment } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The district's full backup (administrators only). */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const { bytes, fileName } = await orNotFound(() => staffBackup(actor, event.params.district));
	return attachment(bytes, 'application/gzip', fileName);
};
