import { getPlan, listPhases } from '$lib/server/planning/service';
import { lastChange } from '$lib/server/audit/service';
import { planProgressView } from '$lib/server/planning/view';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	const plan = await orNotFound(() => getPlan(district.id, params.plan));
	const [view, phases, updatedAt] = await Promise.all([
		planProgressView(district.id, plan.id, { publicOnly: true }, { base: `/ambiti/${district.slug}/piani/${plan.slug}/grafici`, version: district.contentVersion }),
		listPhases(plan.id),
		lastChange(district.id)
	]);
	return {
		plan: { title: plan.title, slug: plan.slug, status: plan.status, startYear: plan.startYear, endYear: plan.endYear, description: plan.description },
		phases: phases.map(({ name, startsOn, endsOn, status, owner }) => ({ name, startsOn, endsOn, status, owner })),
		view,
		updatedAt: updatedAt ?? plan.updatedAt
	};
};
