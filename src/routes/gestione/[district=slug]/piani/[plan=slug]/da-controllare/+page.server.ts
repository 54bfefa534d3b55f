import { planQuality } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { district, plan } = await parent();
	return { quality: await planQuality(locals.actor, plan.id, { district: district.slug }) };
};
