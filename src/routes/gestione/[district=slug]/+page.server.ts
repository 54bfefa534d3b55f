import { createPlan, listPlans } from '$lib/server/planning/service';
import { submit } from '$lib/server/http';
import { fundingWarnings } from '$lib/server/projects/service';
import { todayInRome } from '$lib/format';
import { setPublicLanguages } from '$lib/server/accounts/service';
import { PUBLIC_LANGUAGES } from '$lib/server/accounts/input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	const [plans, warnings] = await Promise.all([listPlans(district.id), fundingWarnings(district.id, todayInRome())]);
	return { plans, warnings, publicLanguages: PUBLIC_LANGUAGES };
};

export const actions: Actions = {
	languages: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => setPublicLanguages(actor, v));
	},
	createPlan: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createPlan(actor, v), { redirectTo: (p) => `/gestione/${event.params.district}/piani/${(p as { slug: string }).slug}` });
	}
};
