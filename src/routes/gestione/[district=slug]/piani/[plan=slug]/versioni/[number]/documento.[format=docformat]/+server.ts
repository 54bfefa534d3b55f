import { error, redirect } from '@sveltejs/kit';
import { getTemplate, planDocx, planPdf } from '$lib/server/documents';
import { AS_OF_FIELD, monitoringDocument, versionSnapshot } from '$lib/server/versions';
import { getPlan } from '$lib/server/planning';
import { download } from '$lib/server/downloads';
import { ValidationError } from '$lib/server/errors';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * The document of an approved version, from its frozen snapshot; with `?al=AAAA-MM-GG`, the
 * same programme with the monitoring as of that day. A refused date goes back to the versions
 * page, where the form shows why next to the field.
 */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const plan = await orNotFound(() => getPlan(actor, event.params.plan));
	const number = idParam(event.params.number);
	const format = event.params.format as 'docx' | 'pdf';
	const asOf = event.url.searchParams.get(AS_OF_FIELD);
	let model;
	let name = `piano-di-zona-${event.params.district}-${plan.slug}-v${number}`;
	if (asOf === null) {
		const snapshot = await orNotFound(() => versionSnapshot(actor, plan.id, number));
		if (!snapshot) error(404, 'Versione non approvata');
		model = snapshot.model;
	} else {
		try {
			const made = await orNotFound(() => monitoringDocument(actor, plan.id, number, asOf));
			model = made.model;
			name += `-monitoraggio-${made.date}`;
		} catch (e) {
			if (!(e instanceof ValidationError)) throw e;
			const back = new URLSearchParams({ documento: String(number), [AS_OF_FIELD]: asOf.slice(0, 40) });
			redirect(303, `/gestione/${event.params.district}/piani/${plan.slug}/versioni?${back}#monitoraggio-${number}`);
		}
	}
	const template = await getTemplate(actor);
	return download(await (format === 'docx' ? planDocx(model, template) : planPdf(model, template)), format, name);
};
