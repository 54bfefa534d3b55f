import { fail, redirect } from '@sveltejs/kit';
import { signIn, DEVICE_COOKIE, applyAuthCookies } from '$lib/server/accounts';
import { readValues } from '$lib/server/http';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after login: only a path of this site (never "//host", "/\\host" and the like). */
function safeNext(raw: string | null, origin: string): string {
	if (!raw) return '/gestione';
	const target = new URL(raw, origin);
	return target.origin === origin ? target.pathname + target.search + target.hash : '/gestione';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await readValues(request);
		const email = form.email ?? '';
		const input = { email, password: form.password ?? '' };
		try {
			const result = await signIn(input, getClientAddress(), request.headers, url.origin);
			if (!result.ok) return fail(result.retryAfter ? 429 : 400, { email, errors: result.errors });
			applyAuthCookies(cookies, result.headers);
			// The browser is remembered: from it, strangers' attempts elsewhere never keep this person out.
			cookies.set(DEVICE_COOKIE, result.deviceToken, {
				path: '/accesso',
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				maxAge: 400 * 24 * 3600
			});
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { email, errors: e.fields });
			throw e;
		}
		redirect(303, safeNext(url.searchParams.get('next'), url.origin));
	}
};
