import { assertCan } from '$lib/server/kernel';
import { getSession } from '$lib/server/training';
import { checkinWindow } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	const { session, course } = await orNotFound(async () => {
		assertCan(actor, 'training.manage');
		return getSession(actor, idParam(event.params.id));
	});
	return {
		title: course.title,
		link: `${event.url.origin}/presenze/formazione/${session.checkinToken}`,
		code: session.checkinCode,
		...checkinWindow(session),
		qr: `${event.url.pathname}/qr.svg`
	};
};
