import { resultsReport } from '$lib/server/documents';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan } = await event.parent();
	const actor = event.locals.actor;
	const { slides } = await orNotFound(() => resultsReport(actor, plan.id));
	return { slides };
};
