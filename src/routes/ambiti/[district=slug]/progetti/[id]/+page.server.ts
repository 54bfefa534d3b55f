import { error } from '@sveltejs/kit';
import { publicProject } from '$lib/server/projects';
import { idParam } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	const found = await publicProject(district.id, idParam(params.id));
	if (!found) error(404, 'Pagina non trovata');
	return found;
};
