import { idParam, submit } from '$lib/server/http';
import {
	deleteGroup,
	listParticipants,
	ranking,
	removeColumn,
	removeParticipant,
	removeTheme,
	saveColumn,
	saveTheme,
	staffWall,
	updateWallSettings,
	wallHealth,
	type Wall,
	type WallViewer
} from '$lib/server/wall';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { wall, viewer } = await staffWall(event);
	return {
		...(await ranking(wall)),
		token: wall.joinToken,
		facilitator: viewer.facilitator,
		version: wall.version,
		participants: viewer.facilitator ? await listParticipants(wall, viewer) : null,
		health: viewer.facilitator ? wallHealth(wall.id) : null
	};
};

async function act(
	event: RequestEvent,
	run: (wall: Wall, viewer: WallViewer, values: Record<string, string>) => Promise<unknown>
) {
	const { wall, viewer } = await staffWall(event);
	return submit(event.request, (v) => run(wall, viewer, v));
}

const optional = (raw: string | undefined) => (raw ? idParam(raw) : null);

export const actions: Actions = {
	settings: (e) => act(e, (wall, viewer, v) => updateWallSettings(wall, viewer, v)),
	column: (e) => act(e, (wall, viewer, v) => saveColumn(wall, viewer, optional(v.id), v)),
	removeColumn: (e) => act(e, (wall, viewer, v) => removeColumn(wall, viewer, idParam(v.id))),
	theme: (e) => act(e, (wall, viewer, v) => saveTheme(wall, viewer, optional(v.id), v)),
	removeTheme: (e) => act(e, (wall, viewer, v) => removeTheme(wall, viewer, idParam(v.id))),
	deleteGroup: (e) => act(e, (wall, viewer, v) => deleteGroup(wall, viewer, idParam(v.id))),
	removeParticipant: (e) => act(e, (wall, viewer, v) => removeParticipant(wall, viewer, idParam(v.id)))
};
