import { getTemplate, reportDocx, resultsReport } from '$lib/server/documents';
import { getPlan } from '$lib/server/planning';
import { download } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The results report as a document to edit (DOCX). */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor, event.params.plan));
	return download(
		await reportDocx(await orNotFound(() => resultsReport(actor, plan.id)), await getTemplate(actor)),
		'docx',
		`esiti-${event.params.district}-${plan.slug}`
	);
};
