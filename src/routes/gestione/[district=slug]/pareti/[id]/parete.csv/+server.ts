import { staffWall, wallTable } from '$lib/server/wall';
import { toCsv } from '$lib/server/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { wall } = await staffWall(event);
	return new Response(toCsv(await wallTable(wall)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="parete-${wall.id}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
