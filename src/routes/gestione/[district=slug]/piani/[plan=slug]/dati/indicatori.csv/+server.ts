import { indicatorsCsv } from '$lib/server/exchange/indicators';
import { getPlan } from '$lib/server/planning/service';
import { orNotFound, requireActor } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const plan = await orNotFound(() => getPlan(actor.districtId, event.params.plan));
	const body = await orNotFound(() => indicatorsCsv(actor, plan.id));
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="indicatori-${event.params.district}-${plan.slug}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
