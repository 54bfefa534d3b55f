import { redirect } from '@sveltejs/kit';
import { districtsOf } from '$lib/server/accounts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/accesso?next=/gestione');
	const districts = await districtsOf(locals.user.id);
	if (districts.length === 1) redirect(303, `/gestione/${districts[0].slug}`);
	return { districts };
};
