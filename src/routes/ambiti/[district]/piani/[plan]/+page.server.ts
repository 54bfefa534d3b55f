import { getPlan, listPhases } from '$lib/server/planning/service';
import { planProgressView } from '$lib/server/planning/view';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	const plan = await orNotFound(() => getPlan(district.id, params.plan));
	const [view, phases] = await Promise.all([planProgressView(district.id, plan.id, { publicOnly: true }), listPhases(plan.id)]);
	const updatedAt = [plan.updatedAt, ...view.objectives.flatMap((o) => [o.updatedAt, ...o.indicators.flatMap((i) => [i.updatedAt, ...i.periods.map((p) => p.updatedAt)])])].reduce((a, b) => (b > a ? b : a));
	return {
		plan: { title: plan.title, slug: plan.slug, status: plan.status, startYear: plan.startYear, endYear: plan.endYear, description: plan.description },
		phases: phases.map(({ name, startsOn, endsOn, status, owner }) => ({ name, startsOn, endsOn, status, owner })),
		view,
		updatedAt
	};
};
