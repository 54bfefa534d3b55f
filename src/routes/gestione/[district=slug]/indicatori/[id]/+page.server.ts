import {
	addPeriod,
	computedSource,
	deleteIndicator,
	deletePeriod,
	getIndicator,
	indicatorMonitoring,
	indicatorOwner,
	ownerOptions,
	ownerValue,
	planConcluded,
	recordActual,
	romeToday,
	setIndicatorOwner,
	updateIndicator,
	updatePeriod
} from '$lib/server/planning';
import { listRoundtables } from '$lib/server/roundtables';
import { sourceChoices } from '$lib/server/indicator-sources';
import { can } from '$lib/server/kernel';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { district } = await parent();
	const [detail, roundtables] = await Promise.all([
		orNotFound(() => getIndicator(locals.actor, idParam(params.id))),
		listRoundtables(locals.actor)
	]);
	const { source, sourceConfig } = detail.indicator;
	const manage = can(locals.actor, 'planning.manage');
	const [monitoring, owner, owners, choices] = await Promise.all([
		indicatorMonitoring(
			locals.actor,
			detail.plan.id,
			detail.periods.map((p) => p.id)
		),
		indicatorOwner(locals.actor, detail.indicator),
		// Who may answer for the actuals, for the office's select (Persone, Tavoli, Enti).
		manage ? ownerOptions(locals.actor) : [],
		manage ? sourceChoices(locals.actor) : null
	]);
	return {
		...detail,
		monitoring,
		// The plan is over: a figure behind its target reads "Non raggiunto".
		concluded: planConcluded(detail.plan, romeToday()),
		owner,
		owners,
		ownerValue: ownerValue(detail.indicator.ownerKind, detail.indicator.ownerId),
		roundtables: roundtables.map((r) => ({ id: r.id, name: r.name })),
		choices,
		// Where the records behind a computed figure are (the source knows its own pages).
		sourceLink: computedSource(source)?.link(district.slug, sourceConfig) ?? null
	};
};

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateIndicator(actor, idParam(event.params.id), v));
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => deleteIndicator(actor, idParam(event.params.id)), {
			redirectTo: (row) =>
				`/gestione/${event.params.district}/obiettivi/${(row as { objectiveId: number }).objectiveId}`
		});
	},
	setOwner: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => setIndicatorOwner(actor, idParam(event.params.id), v));
	},
	addPeriod: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addPeriod(actor, idParam(event.params.id), v));
	},
	updatePeriod: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updatePeriod(actor, idParam(v.id), v));
	},
	recordActual: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => recordActual(actor, idParam(v.id), v));
	},
	deletePeriod: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => deletePeriod(actor, idParam(v.id)));
	}
};
