// The page rating of every public page but a service's (which rates itself): the form of
// the layout posts here naming the page, in the same two steps without JavaScript.
import { error, fail } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { getDistrictBySlug } from '$lib/server/accounts';
import { ratePage } from '$lib/server/catalogue';
import { orNotFound, parseForm } from '$lib/server/http';
import { pagePath } from '$lib/server/site';
import { ValidationError } from '$lib/server/errors';
import { formValues, parse } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { district } = await parent();
	return { page: parse(pagePath(district.slug), url.searchParams.get('pagina') ?? '') || `/ambiti/${district.slug}` };
};

export const actions: Actions = {
	default: async ({ request, params, getClientAddress }) => {
		const district = await orNotFound(() => getDistrictBySlug(params.district));
		if (getLocale() !== 'it' && !district.languages.includes(getLocale())) error(404, 'Pagina non trovata');
		const form = await parseForm(request);
		if (!form) return fail(400, { rating: { error: 'rating' as const } });
		const values = formValues(form);
		const page = parse(pagePath(district.slug), values.page) || `/ambiti/${district.slug}`;
		const rating = Number(values.rating);
		if (!(rating >= 1 && rating <= 5 && Number.isInteger(rating)))
			return fail(400, { page, rating: { error: 'rating' as const } });
		if (values.step !== '2') return { page, rating: { step: 2, rating } };
		try {
			const { wait } = await ratePage(
				district.id,
				{ path: page, serviceId: null, lang: getLocale() },
				values,
				getClientAddress()
			);
			if (wait) return fail(429, { page, rating: { step: 2, rating, error: 'limit' as const, values } });
		} catch (e) {
			if (e instanceof ValidationError)
				return fail(400, { page, rating: { step: 2, rating, error: 'comment' as const, values } });
			throw e;
		}
		return { page, rating: { thanks: true } };
	}
};
