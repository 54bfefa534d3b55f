import { fail, redirect } from '@sveltejs/kit';
import { completeReset, resetState, RESET_REFUSALS } from '$lib/server/accounts';
import { readValues } from '$lib/server/http';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

// The token is in the address: no page it links to may learn it from the referrer.
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
	const state = await resetState(params.token, locals.user?.id ?? null);
	return { refusal: state === 'valid' ? null : RESET_REFUSALS[state] };
};

export const actions: Actions = {
	default: async ({ params, locals, request }) => {
		const form = await readValues(request);
		try {
			await completeReset(params.token, form, locals.user?.id ?? null);
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { errors: e.fields });
			throw e;
		}
		redirect(303, '/accesso?password=nuova');
	}
};
