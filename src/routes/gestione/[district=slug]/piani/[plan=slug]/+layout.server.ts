import { getPlan } from '$lib/server/planning';
import { orNotFound } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params, locals }) => ({
	plan: await orNotFound(() => getPlan(locals.actor, params.plan))
});
