import { indicatorsCsv, indicatorsXlsx } from '$lib/server/exchange';
import { getPlan } from '$lib/server/planning';
import { download } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The plan's indicators with targets and actuals, as XLSX or CSV. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor, event.params.plan));
	const format = event.params.format as 'xlsx' | 'csv';
	const body = await orNotFound<Buffer | string>(() =>
		format === 'xlsx' ? indicatorsXlsx(actor, plan.id) : indicatorsCsv(actor, plan.id)
	);
	return download(body, format, `indicatori-${event.params.district}-${plan.slug}`);
};
