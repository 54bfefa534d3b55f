import { ratingResults } from '$lib/server/catalogue/public';
import { orNotFound, requireActor } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = await requireActor(event);
	return { results: await orNotFound(() => ratingResults(actor)) };
};
