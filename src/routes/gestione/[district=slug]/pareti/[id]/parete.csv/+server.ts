import { idParam, orNotFound, requireActor } from '$lib/server/http';
import { getWall } from '$lib/server/wall/service';
import { toCsv, wallTable } from '$lib/server/wall/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const wall = await orNotFound(() => getWall(actor.districtId, idParam(event.params.id)));
	return new Response(toCsv(await wallTable(wall)), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="parete-${wall.id}.csv"`, 'cache-control': 'no-store' }
	});
};
