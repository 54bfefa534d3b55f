import { getDistrictBySlug } from '$lib/server/accounts/service';
import { meetingsFeed } from '$lib/server/roundtables/calendar';
import { icsResponse } from '$lib/server/roundtables/ics';
import { orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const district = await orNotFound(() => getDistrictBySlug(params.district));
	return icsResponse(await meetingsFeed(district, url.host), 'incontri.ics');
};
