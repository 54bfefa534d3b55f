import { resultsReport } from '$lib/server/documents/report';
import { orNotFound, requireActor } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan } = await event.parent();
	const actor = await requireActor(event);
	const { slides } = await orNotFound(() => resultsReport(actor, plan.id));
	return { slides };
};
