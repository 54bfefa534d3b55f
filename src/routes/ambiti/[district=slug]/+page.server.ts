import { listPlans } from '$lib/server/planning/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	return { plans: await listPlans(district.id) };
};
