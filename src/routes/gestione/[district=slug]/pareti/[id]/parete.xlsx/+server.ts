import { staffWall, wallTable, wallXlsx } from '$lib/server/wall';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { wall } = await staffWall(event);
	return new Response(new Uint8Array(await wallXlsx(await wallTable(wall))), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="parete-${wall.id}.xlsx"`,
			'cache-control': 'no-store'
		}
	});
};
