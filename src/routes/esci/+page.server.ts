import { redirect } from '@sveltejs/kit';
import { signOut, applyAuthCookies } from '$lib/server/accounts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		applyAuthCookies(cookies, await signOut(request.headers));
		redirect(303, '/');
	}
};
