import { publicPlans } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	return { plans: await publicPlans(district) };
};
