import { getLocale } from '$lib/paraglide/runtime';
import { catalogueFilters } from '$lib/server/catalogue';
import { filterChoices, pageOf, searchServices } from '$lib/server/catalogue';
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
	const { items, ...pagination } = pageOf(found.results, filters.page, url.searchParams);
	return { filters, services: items, total: found.results.length, pagination, others: found.others, choices };
};
