import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { publicOrganisation } from '$lib/server/catalogue';
import { idParam } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	const found = await publicOrganisation(district.id, idParam(params.id), getLocale());
	if (!found) error(404, 'Pagina non trovata');
	return found;
};
