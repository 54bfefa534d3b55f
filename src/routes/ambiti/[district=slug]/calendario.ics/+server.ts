import { getDistrictBySlug } from '$lib/server/accounts';
import { meetingsFeed } from '$lib/server/roundtables';
import { icsResponse } from '$lib/server/roundtables';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const district = await orNotFound(() => getDistrictBySlug(params.district));
	return icsResponse(await meetingsFeed(district, url.host), 'incontri.ics');
};
