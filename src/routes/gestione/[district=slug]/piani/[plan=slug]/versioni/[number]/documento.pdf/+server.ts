import { error } from '@sveltejs/kit';
import { planPdf } from '$lib/server/documents/pdf';
import { versionSnapshot } from '$lib/server/planning/versions';
import { getPlan } from '$lib/server/planning/service';
import { idParam, orNotFound, requireActor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The document of an approved version, from its frozen snapshot. */
export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
	const number = idParam(event.params.number);
	const snapshot = await orNotFound(() => versionSnapshot(actor, plan.id, number));
	if (!snapshot) error(404, 'Versione non approvata');
	const body = await planPdf(snapshot.model);
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="piano-di-zona-${event.params.district}-${plan.slug}-v${number}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
