import { fail, redirect } from '@sveltejs/kit';
import { requestReset } from '$lib/server/accounts';
import { readValues } from '$lib/server/http';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/profilo/password');
	return {};
};

export const actions: Actions = {
	default: async ({ request, getClientAddress, url }) => {
		const form = await readValues(request);
		const email = (form.email ?? '').slice(0, 254);
		try {
			const result = await requestReset({ email: form.email ?? '' }, getClientAddress(), url.origin);
			if (!result.ok) return fail(429, { email, errors: result.errors });
			return { email, sent: result.notice };
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { email, errors: e.fields });
			throw e;
		}
	}
};
