import { publicPhases, publicPlan, publicPlanProgress } from '$lib/server/planning';
import { lastChange } from '$lib/server/audit';
import { orNotFound } from '$lib/server/http';
import { originsOf } from '$lib/server/wall';
import { planAgreements } from '$lib/server/agreements';
import { publicRoundtables } from '$lib/server/roundtables';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district } = await parent();
	const plan = await orNotFound(() => publicPlan(district, params.plan));
	const [view, phases, updatedAt, agreements, roundtables] = await Promise.all([
		publicPlanProgress(district, plan.id, {
			base: `/ambiti/${district.slug}/piani/${plan.slug}/grafici`,
			version: district.contentVersion
		}),
		publicPhases(district, plan),
		lastChange(district.id),
		// Public data only: titles, statuses, dates and the organisations' names (never the document).
		planAgreements(district.id, plan.id),
		publicRoundtables(district.id)
	]);
	const origins = await originsOf(
		district.id,
		view.objectives.map((o) => o.id)
	);
	return {
		origins: view.objectives
			.filter((o) => origins.has(o.id))
			.map((o) => ({ code: o.code, title: o.title, origins: origins.get(o.id)! })),
		plan: {
			title: plan.title,
			slug: plan.slug,
			status: plan.status,
			startYear: plan.startYear,
			endYear: plan.endYear,
			description: plan.description
		},
		phases: phases.map(({ name, startsOn, endsOn, owner, state, icon, tone }) => ({
			name,
			startsOn,
			endsOn,
			owner,
			state,
			icon,
			tone
		})),
		view,
		agreements,
		// The roundtables working on this plan's areas.
		roundtables: roundtables.filter((r) => r.planIds.includes(plan.id)).map(({ id, name }) => ({ id, name })),
		updatedAt: updatedAt ?? plan.updatedAt
	};
};
