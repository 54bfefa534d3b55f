import { reportPdf, resultsReport } from '$lib/server/documents';
import { getPlan } from '$lib/server/planning';
import { download } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The results report as landscape slides. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor, event.params.plan));
	return download(
		await reportPdf(await orNotFound(() => resultsReport(actor, plan.id))),
		'pdf',
		`esiti-${event.params.district}-${plan.slug}`
	);
};
