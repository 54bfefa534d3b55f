import { redirect } from '@sveltejs/kit';
import {
	districtsOf,
	sessionsOf,
	signOut,
	signOutEverywhere,
	applyAuthCookies,
	SESSION_HOURS,
	sessionMaxHours
} from '$lib/server/accounts';
import { readForm } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/accesso?next=/profilo');
	const [districts, open] = await Promise.all([districtsOf(locals.user.id), sessionsOf(locals.user.id)]);
	return { me: locals.user, districts, sessions: open, maxHours: sessionMaxHours(), idleHours: SESSION_HOURS };
};

export const actions: Actions = {
	/** Sign out on every device, this one included (a lost phone, a shared computer). */
	everywhere: async ({ locals, request, cookies }) => {
		await readForm(request);
		if (!locals.user) redirect(303, '/accesso?next=/profilo');
		applyAuthCookies(cookies, await signOut(request.headers));
		await signOutEverywhere(locals.user.id);
		redirect(303, '/accesso?uscita=ovunque');
	}
};
