import { listAudit } from '$lib/server/audit/service';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { actor } = await parent();
	const before = Number(url.searchParams.get('prima')) || undefined;
	const entries = await orNotFound(() => listAudit(actor, { before }));
	return { entries };
};
