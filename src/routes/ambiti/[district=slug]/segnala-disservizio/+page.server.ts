import { error, fail } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { getDistrictBySlug } from '$lib/server/accounts';
import { orNotFound, parseForm } from '$lib/server/http';
import { pagePath, sendReport } from '$lib/server/site';
import { ValidationError } from '$lib/server/errors';
import { formValues, parse } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { district } = await parent();
	// Linked from a page ("segnala un disservizio su questa pagina"): that page, if it is one of the district's.
	return { page: parse(pagePath(district.slug), url.searchParams.get('pagina') ?? '') };
};

export const actions: Actions = {
	default: async ({ request, params, getClientAddress }) => {
		const district = await orNotFound(() => getDistrictBySlug(params.district));
		if (getLocale() !== 'it' && !district.languages.includes(getLocale())) error(404, 'Pagina non trovata');
		const form = await parseForm(request);
		if (!form) return fail(400, { report: { errors: ['_form'], values: {} as Record<string, string> } });
		const values = formValues(form);
		try {
			const { wait } = await sendReport(district, getLocale(), values, getClientAddress());
			if (wait) return fail(429, { report: { errors: ['limit'], values } });
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { report: { errors: Object.keys(e.fields), values } });
			throw e;
		}
		return { report: { sent: true } };
	}
};
