import { error } from '@sveltejs/kit';
import { idParam, orNotFound, requireActor, submit } from '$lib/server/http';
import { getWall, noteViews, wallState, staffViewer } from '$lib/server/wall/service';
import { promoteNote, promotionChoices } from '$lib/server/wall/promotion';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { actor } = await parent();
	const wall = await orNotFound(() => getWall(actor.districtId, idParam(params.id)));
	const [note] = await noteViews(wall.id, [idParam(params.note)]);
	if (!note) error(404, 'Nota non trovata');
	const state = await wallState(wall, await staffViewer(actor, wall));
	return {
		wall: state.wall,
		note,
		column: state.columns.find((c) => c.id === note.columnId)!,
		theme: state.themes.find((t) => t.id === note.themeId)!,
		choices: await promotionChoices(actor)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = await requireActor(event);
		const wall = await orNotFound(() => getWall(actor.districtId, idParam(event.params.id)));
		return submit(event.request, (v) => promoteNote(actor, wall, idParam(event.params.note), v), {
			redirectTo: (r) => `/gestione/${event.params.district}/obiettivi/${(r as { objectiveId: number }).objectiveId}`
		});
	}
};
