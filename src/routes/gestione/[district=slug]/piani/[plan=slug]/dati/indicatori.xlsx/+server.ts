import { indicatorsXlsx } from '$lib/server/exchange/indicators';
import { getPlan } from '$lib/server/planning/service';
import { orNotFound, requireActor } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
	const body = await orNotFound(() => indicatorsXlsx(actor, plan.id));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="indicatori-${event.params.district}-${plan.slug}.xlsx"`,
			'cache-control': 'private, no-store'
		}
	});
};
