import { planDocument } from '$lib/server/documents/content';
import { planDocx } from '$lib/server/documents/docx';
import { planPdf } from '$lib/server/documents/pdf';
import { getTemplate } from '$lib/server/documents/template';
import { getPlan } from '$lib/server/planning/service';
import { download } from '$lib/server/downloads';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The plan document, generated from the platform's data (DOCX or PDF). */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
	const model = await orNotFound(() => planDocument(actor, plan.id));
	const format = event.params.format as 'docx' | 'pdf';
	const template = await getTemplate(actor.districtId);
	return download(await (format === 'docx' ? planDocx(model, template) : planPdf(model, template)), format, `piano-di-zona-${event.params.district}-${plan.slug}`);
};
