import { fail } from '@sveltejs/kit';
import { trainingCheckinPage, trainingSelfCheckin } from '$lib/server/training';
import { orNotFound, readValues } from '$lib/server/http';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => orNotFound(() => trainingCheckinPage(params.token));

export const actions: Actions = {
	default: async ({ params, request, getClientAddress }) => {
		const values = await readValues(request);
		try {
			const { name } = await orNotFound(() => trainingSelfCheckin(params.token, values, getClientAddress()));
			return { done: name };
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { values, errors: e.fields });
			throw e;
		}
	}
};
