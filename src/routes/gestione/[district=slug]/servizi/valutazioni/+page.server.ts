import { ratingResults } from '$lib/server/catalogue';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	return { results: await orNotFound(() => ratingResults(actor)) };
};
