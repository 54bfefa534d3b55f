import { getDistrictBySlug } from '$lib/server/accounts/service';
import { orNotFound } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params }) => {
	const { id, slug, name, region, contentVersion } = await orNotFound(() => getDistrictBySlug(params.district));
	return { district: { id, slug, name, region, contentVersion } };
};
