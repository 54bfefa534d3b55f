import { agreementChoices, createAgreement, isAgreementKind, listAgreements } from '$lib/server/agreements';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
	const { permissions } = await parent();
	const raw = url.searchParams.get('tipo') ?? '';
	const kind = isAgreementKind(raw) ? raw : '';
	return {
		kind,
		agreements: await listAgreements(locals.actor, { kind: kind || undefined }),
		choices: permissions.agreements ? await agreementChoices(locals.actor) : null
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createAgreement(actor, v), {
			redirectTo: (a) => `/gestione/${event.params.district}/accordi/${(a as { id: number }).id}`
		});
	}
};
