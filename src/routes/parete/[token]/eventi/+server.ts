import { error } from '@sveltejs/kit';
import { wallAndViewer } from '$lib/server/wall/http';
import { wallEvents } from '$lib/server/wall/stream';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.canRead) error(403, 'Per seguire la parete bisogna entrare con il codice della sala.');
	return wallEvents(wall, viewer);
};
