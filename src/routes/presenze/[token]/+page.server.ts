import { fail } from '@sveltejs/kit';
import { checkinPage, selfCheckin } from '$lib/server/roundtables';
import { orNotFound, readValues } from '$lib/server/http';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => orNotFound(() => checkinPage(params.token));

export const actions: Actions = {
	default: async ({ params, request, getClientAddress }) => {
		const values = await readValues(request);
		try {
			const { organisation } = await orNotFound(() => selfCheckin(params.token, values, getClientAddress()));
			return { done: organisation };
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { values, errors: e.fields });
			throw e;
		}
	}
};
