import { getTemplate, planDocument, planDocx, planPdf } from '$lib/server/documents';
import { getPlan } from '$lib/server/planning';
import { download } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The plan document, generated from the platform's data (DOCX or PDF). */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor, event.params.plan));
	const model = await orNotFound(() => planDocument(actor, plan.id));
	const format = event.params.format as 'docx' | 'pdf';
	const template = await getTemplate(actor);
	return download(
		await (format === 'docx' ? planDocx(model, template) : planPdf(model, template)),
		format,
		`piano-di-zona-${event.params.district}-${plan.slug}`
	);
};
