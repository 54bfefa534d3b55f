import {
	advanceVersion,
	AS_OF_FIELD,
	asOfDateError,
	commentOnVersion,
	comparison as compareSides,
	listVersions,
	liveLabel,
	mayCommentOnVersions,
	newDraft,
	NEXT,
	VERSION_STATUSES,
	type VersionStatus
} from '$lib/server/versions';
import { getPlan, planOverview, romeToday } from '$lib/server/planning';
import { ValidationError } from '$lib/server/errors';
import { error } from '@sveltejs/kit';
import { orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

const versionRef = (raw: string | null): number | 'bozza' | null =>
	raw === 'bozza' ? 'bozza' : raw && /^\d{1,4}$/.test(raw) ? Number(raw) : null;

export const load: PageServerLoad = async (event) => {
	const { plan } = await event.parent();
	const actor = event.locals.actor;
	const versions = await orNotFound(() => listVersions(actor, plan.id));
	const from = versionRef(event.url.searchParams.get('da'));
	const to = versionRef(event.url.searchParams.get('a'));
	let comparison: {
		from: number | 'bozza';
		to: number | 'bozza';
		fromLabel: string;
		toLabel: string;
		differences: Awaited<ReturnType<typeof compareSides>>['differences'];
		error?: string;
	} | null = null;
	if (from !== null && to !== null) {
		try {
			const c = await compareSides(actor, plan.id, from, to);
			comparison = { from, to, fromLabel: c.from.label, toLabel: c.to.label, differences: c.differences };
		} catch (e) {
			if (!(e instanceof ValidationError)) throw e;
			comparison = { from, to, fromLabel: '', toLabel: '', differences: [], error: e.fields._form };
		}
	}
	// The monitoring document's date, back from a refused request: the typed value and why.
	const asked = versionRef(event.url.searchParams.get('documento'));
	const raw = event.url.searchParams.get(AS_OF_FIELD);
	const asOf =
		typeof asked === 'number' && raw !== null && versions.some((v) => v.number === asked && v.frozen)
			? { number: asked, value: raw, error: await orNotFound(() => asOfDateError(actor, plan.id, asked, raw)) }
			: null;
	const sections = ['Generale', ...(await planOverview(actor, plan.id)).objectives.map((o) => `Obiettivo ${o.code}`)];
	return {
		versions,
		next: NEXT,
		comparison,
		live: liveLabel(versions),
		asOf,
		today: romeToday(),
		sections,
		canComment: mayCommentOnVersions(actor)
	};
};

export const actions: Actions = {
	advance: async (event) => {
		const actor = event.locals.actor;
		const to = event.url.searchParams.get('verso') as VersionStatus;
		if (!(VERSION_STATUSES as readonly string[]).includes(to)) error(400, 'Passaggio non valido.');
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => advanceVersion(actor, plan.id, to, v));
	},
	newDraft: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, () => newDraft(actor, plan.id));
	},
	comment: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		return submit(event.request, (v) => commentOnVersion(actor, plan.id, v));
	}
};
