import { projectFilters, publicProjects } from '$lib/server/projects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { district } = await parent();
	return publicProjects(district.id, projectFilters(url.searchParams));
};
