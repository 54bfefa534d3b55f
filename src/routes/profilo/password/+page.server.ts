import { fail, redirect } from '@sveltejs/kit';
import { changeOwnPassword } from '$lib/server/accounts';
import { readValues } from '$lib/server/http';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/accesso?next=/profilo/password');
	return { required: locals.user.passwordChangeRequired };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/accesso?next=/profilo/password');
		const form = await readValues(request);
		const required = locals.user.passwordChangeRequired;
		try {
			// Passwords are never sent back to the page.
			await changeOwnPassword(locals.user, form, request.headers);
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { errors: e.fields });
			throw e;
		}
		redirect(303, required ? '/gestione' : '/profilo?password=cambiata');
	}
};
