import { getPlan, kindFilter, objectiveChart } from '$lib/server/planning';
import { getDistrictBySlug } from '$lib/server/accounts';
import { svgResponse } from '$lib/server/charts';
import { idParam, orNotFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const kind = kindFilter.parse(event.url.searchParams.get('tipo') ?? undefined);
	const { district, svg } = await orNotFound(async () => {
		const district = await getDistrictBySlug(event.params.district);
		const plan = await getPlan(actor, event.params.plan);
		return { district, svg: await objectiveChart(actor, plan.id, idParam(event.params.objective), { kind }) };
	});
	return svgResponse(svg, 'private', event.url, district.contentVersion);
};
