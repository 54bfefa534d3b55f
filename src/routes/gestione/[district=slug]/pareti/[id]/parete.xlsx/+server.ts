import { idParam, orNotFound, requireActor } from '$lib/server/http';
import { getWall } from '$lib/server/wall/service';
import { toXlsx, wallTable } from '$lib/server/wall/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const wall = await orNotFound(() => getWall(actor.districtId, idParam(event.params.id)));
	return new Response(new Uint8Array(await toXlsx(await wallTable(wall))), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="parete-${wall.id}.xlsx"`,
			'cache-control': 'no-store'
		}
	});
};
