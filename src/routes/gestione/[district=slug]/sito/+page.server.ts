import { error } from '@sveltejs/kit';
import { can } from '$lib/server/kernel';
import { getStatement, listReports, saveStatement } from '$lib/server/site';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (!can(actor, 'site.manage')) error(403, 'Solo l’Ufficio di Piano gestisce il sito pubblico.');
	const [statement, reports] = await Promise.all([getStatement(actor.districtId), listReports(actor)]);
	return { statement, reports };
};

export const actions: Actions = {
	statement: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => saveStatement(actor, v));
	}
};
