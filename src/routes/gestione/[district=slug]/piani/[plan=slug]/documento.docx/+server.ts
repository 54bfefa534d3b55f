import { planDocument } from '$lib/server/documents/content';
import { planDocx } from '$lib/server/documents/docx';
import { getPlan } from '$lib/server/planning/service';
import { orNotFound, requireActor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The plan document, generated from the platform's data. */
export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
	const body = await planDocx(await orNotFound(() => planDocument(actor, plan.id)));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="piano-di-zona-${event.params.district}-${plan.slug}.docx"`,
			'cache-control': 'private, no-store'
		}
	});
};
