import { getLocale } from '$lib/paraglide/runtime';
import { catalogueFilters } from '$lib/server/catalogue';
import { filterChoices, searchServices } from '$lib/server/catalogue';
import { CACHE_UNTIL_HEADER } from '$lib/server/page-cache';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, setHeaders }) => {
	const { district } = await parent();
	const filters = catalogueFilters(url.searchParams);
	const [found, choices] = await Promise.all([
		searchServices(district, getLocale(), filters),
		filterChoices(district.id, district.contentVersion)
	]);
	// "Open now" badges change during the day: the cached page lasts until the next change.
	if (found.validUntil) setHeaders({ [CACHE_UNTIL_HEADER]: String(found.validUntil.getTime()) });
	return { filters, services: found.results, others: found.others, choices };
};
