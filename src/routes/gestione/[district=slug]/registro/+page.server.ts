import { AUDIT_PAGE_SIZE, AUDIT_PARAMS, auditChoices, listAudit, readAuditFilters, readEntry } from '$lib/server/audit';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = locals.actor;
	const choices = await orNotFound(() => auditChoices(actor));
	const { values, filters, errors } = readAuditFilters(url.searchParams, choices);
	const invalid = Object.keys(errors).length > 0;
	const raw = url.searchParams.get('prima') ?? '';
	const before = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
	// A wrong filter shows nothing rather than more than was asked for.
	const rows = invalid ? [] : await listAudit(actor, filters, { before });
	const plans = new Map(choices.plans.map((p) => [p.id, p.title]));
	const entries = rows.map((row) => {
		const e = readEntry(row);
		return { ...e, plan: e.planId ? (plans.get(e.planId) ?? null) : null, before: row.before, after: row.after };
	});
	// The view as a link: the valid filters, for the next page and the export.
	const query = new URLSearchParams(AUDIT_PARAMS.filter((k) => values[k] && !errors[k]).map((k) => [k, values[k]]));
	return {
		entries,
		more: rows.length === AUDIT_PAGE_SIZE,
		values,
		errors,
		invalid,
		choices,
		query: query.toString(),
		paged: before !== undefined
	};
};
