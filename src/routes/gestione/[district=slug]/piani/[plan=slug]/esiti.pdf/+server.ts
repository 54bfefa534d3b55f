import { reportPdf, resultsReport } from '$lib/server/documents/report';
import { getPlan } from '$lib/server/planning/service';
import { orNotFound, requireActor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The results report as landscape slides. */
export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
	const body = await reportPdf(await orNotFound(() => resultsReport(actor, plan.id)));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="esiti-${event.params.district}-${plan.slug}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
