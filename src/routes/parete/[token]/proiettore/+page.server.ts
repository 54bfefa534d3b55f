import { error } from '@sveltejs/kit';
import { wallAndViewer, wallState } from '$lib/server/wall';
import type { PageServerLoad } from './$types';

/** The projector shows the join code: for the facilitator's screen only. */
export const load: PageServerLoad = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.facilitator) error(403, 'La modalità proiettore è di chi facilita la parete.');
	// The projector is a screen for everyone in the room: it shows what they see.
	const state = await wallState(wall, { ...viewer, facilitator: false, participant: null });
	return { token: wall.joinToken, state, code: wall.joinCode, link: `${event.url.origin}/parete/${wall.joinToken}` };
};
