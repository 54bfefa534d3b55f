import { getPlan } from '$lib/server/planning/service';
import { getDistrictBySlug } from '$lib/server/accounts/service';
import { objectiveChart } from '$lib/server/planning/view';
import { kindFilter } from '$lib/server/planning/input';
import { svgResponse } from '$lib/server/charts/respond';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const kind = kindFilter.parse(event.url.searchParams.get('tipo') ?? undefined);
	const { district, svg } = await orNotFound(async () => {
		const district = await getDistrictBySlug(event.params.district);
		const plan = await getPlan(actor.districtId, event.params.plan);
		return { district, svg: await objectiveChart(actor.districtId, plan.id, idParam(event.params.objective), { kind }) };
	});
	return svgResponse(svg, 'private', event.url, district.contentVersion);
};
