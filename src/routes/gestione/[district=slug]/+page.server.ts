import { createPlan, listPlans, phasesByPlan, phaseSummary } from '$lib/server/planning';
import { submit } from '$lib/server/http';
import { fundingWarnings } from '$lib/server/projects';
import { todayInRome } from '$lib/format';
import { PUBLIC_LANGUAGES, setPublicLanguages } from '$lib/server/accounts';
import { homeOf } from '$lib/server/home';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	// A coordinator and a delegate land on what is theirs to do; the plan list follows.
	const [plans, warnings, home] = await Promise.all([
		listPlans(locals.actor),
		fundingWarnings(locals.actor, todayInRome()),
		homeOf(locals.actor)
	]);
	const phases = await phasesByPlan(locals.actor, plans);
	return {
		plans: plans.map((p) => ({ ...p, phases: phaseSummary(phases.get(p.id) ?? []) })),
		warnings,
		home,
		publicLanguages: PUBLIC_LANGUAGES
	};
};

export const actions: Actions = {
	languages: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => setPublicLanguages(actor, v));
	},
	createPlan: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createPlan(actor, v), {
			redirectTo: (p) => `/gestione/${event.params.district}/piani/${(p as { slug: string }).slug}`
		});
	}
};
