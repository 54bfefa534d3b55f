import { error } from '@sveltejs/kit';
import { qrSvg } from '$lib/server/roundtables';
import { wallAndViewer } from '$lib/server/wall';
import type { RequestHandler } from './$types';

/** The QR code of the join link, for the projector. */
export const GET: RequestHandler = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.facilitator) error(403, 'Solo chi facilita la parete.');
	return new Response(qrSvg(`${event.url.origin}/parete/${wall.joinToken}`), {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=3600' }
	});
};
