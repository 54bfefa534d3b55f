import {
	advanceVersion,
	commentOnVersion,
	compareVersions,
	listVersions,
	mayCommentOnVersions,
	newDraft,
	NEXT,
	VERSION_STATUSES,
	type VersionStatus
} from '$lib/server/versions';
import { getPlan, planOverview } from '$lib/server/planning';
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
		differences: Awaited<ReturnType<typeof compareVersions>>;
		error?: string;
	} | null = null;
	if (from !== null && to !== null) {
		try {
			comparison = { from, to, differences: await compareVersions(actor, plan.id, from, to) };
		} catch (e) {
			if (!(e instanceof ValidationError)) throw e;
			comparison = { from, to, differences: [], error: e.fields._form };
		}
	}
	const sections = ['Generale', ...(await planOverview(actor, plan.id)).objectives.map((o) => `Obiettivo ${o.code}`)];
	return { versions, next: NEXT, comparison, sections, canComment: mayCommentOnVersions(actor) };
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
