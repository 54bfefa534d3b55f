import { whoDoesWhat } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { district } = await parent();
	return await whoDoesWhat(district.id);
};
