import { getDistrictBySlug } from '$lib/server/accounts/service';
import { getPlan } from '$lib/server/planning/service';
import { objectiveChart } from '$lib/server/planning/view';
import { svgResponse } from '$lib/server/charts/respond';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const { district, svg } = await orNotFound(async () => {
		const district = await getDistrictBySlug(params.district);
		const plan = await getPlan(district.id, params.plan);
		return { district, svg: await objectiveChart(district.id, plan.id, idParam(params.objective), { publicOnly: true }) };
	});
	return svgResponse(svg, 'public', url, district.contentVersion);
};
