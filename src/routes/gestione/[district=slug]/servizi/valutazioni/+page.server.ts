import { ratingResults } from '$lib/server/catalogue/public';
import { requireActor } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ results: await ratingResults(await requireActor(event)) });
