// The invitation a mail carries, as the recipient gets it (invito.ics).
import { error } from '@sveltejs/kit';
import { getMail } from '$lib/server/mail';
import { attachment } from '$lib/server/downloads';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const mail = await orNotFound(() => getMail(actor, idParam(event.params.id)));
	if (!mail.calendar) error(404, 'Questa email non ha un invito per il calendario.');
	return attachment(mail.calendar, 'text/calendar; charset=utf-8', 'invito.ics');
};
