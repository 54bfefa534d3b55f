import { error } from '@sveltejs/kit';
import { getTemplate, planDocx, planPdf } from '$lib/server/documents';
import { versionSnapshot } from '$lib/server/versions';
import { getPlan } from '$lib/server/planning';
import { download } from '$lib/server/downloads';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The document of an approved version, from its frozen snapshot. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor, event.params.plan));
	const number = idParam(event.params.number);
	const snapshot = await orNotFound(() => versionSnapshot(actor, plan.id, number));
	if (!snapshot) error(404, 'Versione non approvata');
	const format = event.params.format as 'docx' | 'pdf';
	const template = await getTemplate(actor);
	return download(
		await (format === 'docx' ? planDocx(snapshot.model, template) : planPdf(snapshot.model, template)),
		format,
		`piano-di-zona-${event.params.district}-${plan.slug}-v${number}`
	);
};
