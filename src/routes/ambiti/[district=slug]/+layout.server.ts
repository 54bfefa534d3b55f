import { error } from '@sveltejs/kit';
import { getDistrictBySlug } from '$lib/server/accounts';
import { orNotFound } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params, locals }) => {
	// The page cache has read the district already for this request (with its content version).
	const { id, slug, name, region, contentVersion, languages } =
		locals.district?.slug === params.district
			? locals.district
			: await orNotFound(() => getDistrictBySlug(params.district));
	// A district publishes in Italian and in the languages it chose.
	if (getLocale() !== 'it' && !languages.includes(getLocale())) error(404, 'Pagina non trovata');
	return { district: { id, slug, name, region, contentVersion }, languages: ['it', ...languages] };
};
