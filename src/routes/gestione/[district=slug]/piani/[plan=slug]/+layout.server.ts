import { getPlan } from '$lib/server/planning/service';
import { orNotFound } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	return { plan: await orNotFound(() => getPlan(district.id, params.plan)) };
};
