import { getPlan } from '$lib/server/planning/service';
import { objectiveChart } from '$lib/server/planning/view';
import { INDICATOR_KINDS, type IndicatorKind } from '$lib/server/planning/schema';
import { svgResponse } from '$lib/server/charts/respond';
import { idParam, orNotFound, requireActor } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = await requireActor(event);
	const tipo = event.url.searchParams.get('tipo') ?? '';
	const kind = (INDICATOR_KINDS as readonly string[]).includes(tipo) ? (tipo as IndicatorKind) : undefined;
	const svg = await orNotFound(async () => {
		const plan = await getPlan(actor.districtId, event.params.plan);
		return objectiveChart(actor.districtId, plan.id, idParam(event.params.objective), { kind });
	});
	return svgResponse(svg, 'private');
};
