import { getFile } from '$lib/server/generation/service';
import { idParam, orNotFound, requireActor } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = await requireActor(event);
	return { file: await orNotFound(() => getFile(actor, idParam(event.params.id))) };
};
