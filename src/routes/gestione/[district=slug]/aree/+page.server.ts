import { redirect } from '@sveltejs/kit';
import { currentPlan, listUnassignedAreas } from '$lib/server/planning';
import { romeParts } from '$lib/time';
import type { PageServerLoad } from './$types';

/**
 * Areas belong to a plan: this address (the menu's «Aree») leads to the current plan's list.
 * A district without plans sees the areas its first plan will take over.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const plan = await currentPlan(locals.actor, Number(romeParts(new Date()).date.slice(0, 4)));
	if (plan) redirect(303, `/gestione/${params.district}/piani/${plan.slug}/aree`);
	return { areas: await listUnassignedAreas(locals.actor) };
};
