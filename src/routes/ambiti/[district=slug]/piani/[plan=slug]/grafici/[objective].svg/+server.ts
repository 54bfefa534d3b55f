import { getDistrictBySlug } from '$lib/server/accounts';
import { publicObjectiveChart, publicPlan } from '$lib/server/planning';
import { svgResponse } from '$lib/server/charts';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const { district, svg } = await orNotFound(async () => {
		const district = await getDistrictBySlug(params.district);
		const plan = await publicPlan(district, params.plan);
		return { district, svg: await publicObjectiveChart(district, plan.id, idParam(params.objective)) };
	});
	return svgResponse(svg, 'public', url, district.contentVersion);
};
