import { error, json } from '@sveltejs/kit';
import { wallAndViewer, wallState } from '$lib/server/wall';
import type { RequestHandler } from './$types';

/** The whole wall as this screen sees it: read again after a reconnection or a layout change. */
export const GET: RequestHandler = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.canRead) error(403, 'Per seguire la parete bisogna entrare con il codice della sala.');
	return json(await wallState(wall, viewer), { headers: { 'cache-control': 'no-store' } });
};
