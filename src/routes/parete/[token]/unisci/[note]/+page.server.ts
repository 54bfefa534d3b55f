import { error } from '@sveltejs/kit';
import { idParam, submit } from '$lib/server/http';
import { mergeChoices, mergeNote, wallAndViewer } from '$lib/server/wall';
import type { Actions, PageServerLoad } from './$types';

/**
 * The facilitator picks the note a duplicate is merged into: the notes of its own column in the
 * order of the board, searchable (a GET form: it works without JavaScript), those of the other
 * columns on request; a merge across columns is confirmed first.
 */
export const load: PageServerLoad = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.facilitator) error(403, 'Unisce le note chi facilita la parete.');
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const all = event.url.searchParams.get('tutte') === '1';
	const choices = await mergeChoices(wall, idParam(event.params.note), { all: true });
	if (!choices) error(404, 'Nota non trovata, o già unita o nascosta.');
	return { token: wall.joinToken, title: wall.title, q, all, ...choices };
};

export const actions: Actions = {
	// Through `submit`: any body gets the form back with a message, or the right error page.
	default: async (event) => {
		const { wall, viewer } = await wallAndViewer(event);
		const noteId = idParam(event.params.note);
		return submit(
			event.request,
			async (values) => {
				await mergeNote(wall, viewer, noteId, values);
				return values.targetId;
			},
			{ redirectTo: (targetId) => `/parete/${wall.joinToken}#nota-${encodeURIComponent(String(targetId))}` }
		);
	}
};
