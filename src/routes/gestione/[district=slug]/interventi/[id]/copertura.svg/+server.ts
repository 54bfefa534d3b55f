import { idParam, orNotFound } from '$lib/server/http';
import { getIntervention } from '$lib/server/projects';
import { coverageChart } from '$lib/server/charts';
import { todayInRome } from '$lib/format';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor;
	const today = todayInRome();
	const { coverage } = await orNotFound(() => getIntervention(actor, idParam(event.params.id), today));
	const bars = [
		...coverage.spans.map((s) => ({ label: s.label, from: s.startsOn, to: s.endsOn })),
		...coverage.gaps.map((g) => ({ label: 'Scoperto', ...g, gap: true }))
	];
	return new Response(coverageChart(bars, today), {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, no-store' }
	});
};
