import { AUDIT_PAGE_SIZE, listAudit } from '$lib/server/audit/service';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { actor } = await parent();
	const raw = url.searchParams.get('prima') ?? '';
	const before = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
	const entries = await orNotFound(() => listAudit(actor, { before }));
	return { entries, more: entries.length === AUDIT_PAGE_SIZE };
};
