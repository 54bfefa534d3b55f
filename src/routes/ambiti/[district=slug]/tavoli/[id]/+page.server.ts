import { error } from '@sveltejs/kit';
import { publicRoundtable } from '$lib/server/roundtables';
import { idParam } from '$lib/server/http';
import { CACHE_UNTIL_HEADER } from '$lib/server/page-cache';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, setHeaders }) => {
	const { district } = await parent();
	const found = await publicRoundtable(district.id, idParam(params.id));
	if (!found) error(404, 'Pagina non trovata');
	// The next meeting leaves the list when it ends: the cached page lasts until then.
	const next = found.upcoming[0];
	if (next) setHeaders({ [CACHE_UNTIL_HEADER]: String(next.endsAt.getTime()) });
	return found;
};
