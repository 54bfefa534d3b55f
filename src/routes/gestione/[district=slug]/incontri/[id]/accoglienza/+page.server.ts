import { deskAttendance, welcome } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	const id = idParam(event.params.id);
	const { meeting, link, code, opens, closes } = await orNotFound(() => welcome(actor, id, event.url.origin));
	return {
		title: meeting.title,
		link,
		code,
		opens,
		closes,
		qr: `${event.url.pathname}/qr.svg`,
		desk: await deskAttendance(actor, id),
		deskUrl: `${event.url.pathname}/presenti`
	};
};
