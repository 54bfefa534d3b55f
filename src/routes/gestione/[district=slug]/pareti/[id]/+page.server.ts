import { idParam, orNotFound, requireActor, submit } from '$lib/server/http';
import type { Actor } from '$lib/server/accounts/policy';
import { deleteGroup, getWall, ranking, removeColumn, removeTheme, saveColumn, saveTheme, staffViewer, updateWallSettings, type Wall, type WallViewer } from '$lib/server/wall/service';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function wallFor(actor: Actor, id: string) {
	const wall = await orNotFound(() => getWall(actor.districtId, idParam(id)));
	return { wall, viewer: await staffViewer(actor, wall) };
}

export const load: PageServerLoad = async ({ parent, params }) => {
	const { wall, viewer } = await wallFor((await parent()).actor, params.id);
	return { ...(await ranking(wall)), token: wall.joinToken, facilitator: viewer.facilitator, version: wall.version };
};

async function act(event: RequestEvent, run: (wall: Wall, viewer: WallViewer, values: Record<string, string>) => Promise<unknown>) {
	const { wall, viewer } = await wallFor(await requireActor(event), event.params.id);
	return submit(event.request, (v) => run(wall, viewer, v));
}

const optional = (raw: string | undefined) => (raw ? idParam(raw) : null);

export const actions: Actions = {
	settings: (e) => act(e, (wall, viewer, v) => updateWallSettings(wall, viewer, v)),
	column: (e) => act(e, (wall, viewer, v) => saveColumn(wall, viewer, optional(v.id), v)),
	removeColumn: (e) => act(e, (wall, viewer, v) => removeColumn(wall, viewer, idParam(v.id))),
	theme: (e) => act(e, (wall, viewer, v) => saveTheme(wall, viewer, optional(v.id), v)),
	removeTheme: (e) => act(e, (wall, viewer, v) => removeTheme(wall, viewer, idParam(v.id))),
	deleteGroup: (e) => act(e, (wall, viewer, v) => deleteGroup(wall, viewer, idParam(v.id)))
};
