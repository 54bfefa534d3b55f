import { AUDIT_PAGE_SIZE, listAudit } from '$lib/server/audit';
import { describe } from '$lib/server/kernel';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { actor } = await parent();
	const raw = url.searchParams.get('prima') ?? '';
	const before = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
	const rows = await orNotFound(() => listAudit(actor, { before }));
	// "Ente Caritas", "Indicatore G1.OUT1": the words the kernel's registry has for each row.
	const entries = rows.map((e) => ({ ...e, what: describe(e.entity, e.entityId, e.after ?? e.before) }));
	return { entries, more: rows.length === AUDIT_PAGE_SIZE };
};
