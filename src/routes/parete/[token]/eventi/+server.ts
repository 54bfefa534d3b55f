import { error } from '@sveltejs/kit';
import { nodeResponse, wallAndViewer, wallEvents } from '$lib/server/wall';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.canRead) error(403, 'Per seguire la parete bisogna entrare con il codice della sala.');
	return wallEvents(wall, viewer, nodeResponse(event));
};
