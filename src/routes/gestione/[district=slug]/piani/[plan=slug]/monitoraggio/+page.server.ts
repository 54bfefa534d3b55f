import { closePeriod, getPlan, monitoringOverview, reopenPeriod } from '$lib/server/planning';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { plan } = await parent();
	return { periods: await monitoringOverview(locals.actor, plan.id) };
};

export const actions: Actions = {
	close: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => closePeriod(actor, plan.id, v));
	},
	reopen: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => reopenPeriod(actor, plan.id, v));
	}
};
