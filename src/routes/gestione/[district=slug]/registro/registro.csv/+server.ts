import { auditChoices, auditCsv, readAuditFilters } from '$lib/server/audit';
import { download } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import { todayInRome } from '$lib/format';
import type { RequestHandler } from './$types';

/** The Registro's filtered view as a spreadsheet (the same GET parameters as the page). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = locals.actor;
	const choices = await orNotFound(() => auditChoices(actor));
	const { filters, errors } = readAuditFilters(url.searchParams, choices);
	if (Object.keys(errors).length)
		return new Response(`Filtri non validi. ${Object.values(errors).join(' ')}`, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	const plans = new Map(choices.plans.map((p) => [p.id, p.title]));
	return download(auditCsv(actor, filters, plans), 'csv', `registro-${params.district}-${todayInRome()}`);
};
