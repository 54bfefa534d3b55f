import { getDistrictBySlug } from '$lib/server/accounts';
import { meetingsFeed } from '$lib/server/roundtables';
import { icsResponse } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const feed = await orNotFound(async () =>
		meetingsFeed(await getDistrictBySlug(params.district), url.host, idParam(params.id))
	);
	return icsResponse(feed, 'tavolo.ics');
};
