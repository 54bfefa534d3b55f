import { error } from '@sveltejs/kit';
import { idParam, submit } from '$lib/server/http';
import { noteViews, promoteNote, promotionChoices, staffWall, wallState } from '$lib/server/wall';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, wall, viewer } = await staffWall(event);
	const [note] = await noteViews(wall.id, [idParam(event.params.note)]);
	if (!note) error(404, 'Nota non trovata');
	const state = await wallState(wall, viewer);
	return {
		wall: state.wall,
		note,
		column: state.columns.find((c) => c.id === note.columnId)!,
		theme: state.themes.find((t) => t.id === note.themeId)!,
		choices: await promotionChoices(actor, wall)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { actor, wall } = await staffWall(event);
		return submit(event.request, (v) => promoteNote(actor, wall, idParam(event.params.note), v), {
			redirectTo: (r) => `/gestione/${event.params.district}/obiettivi/${(r as { objectiveId: number }).objectiveId}`
		});
	}
};
