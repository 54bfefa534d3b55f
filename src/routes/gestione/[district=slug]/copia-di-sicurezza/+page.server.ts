import { can } from '$lib/server/kernel';
import { error } from '@sveltejs/kit';
import { NOT_BACKED_UP } from '$lib/server/backup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { actor } = await parent();
	if (!can(actor, 'district.backup')) error(403, 'Solo l’amministrazione dell’ambito scarica la copia di sicurezza.');
	return { excluded: Object.keys(NOT_BACKED_UP).length };
};
