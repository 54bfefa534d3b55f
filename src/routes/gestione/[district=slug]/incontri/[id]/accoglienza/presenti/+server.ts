// The desk's list of who has checked in, for the page to refresh itself (static/checkin-desk.js).
import { json } from '@sveltejs/kit';
import { deskAttendance } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const desk = await orNotFound(() => deskAttendance(actor, idParam(event.params.id)));
	return json(desk, { headers: { 'cache-control': 'private, no-store' } });
};
