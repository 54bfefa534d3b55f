import { error, fail } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { getLocale } from '$lib/paraglide/runtime';
import { publicService, ratePage } from '$lib/server/catalogue';
import { serviceJsonLdScript } from '$lib/server/catalogue';
import { CACHE_UNTIL_HEADER } from '$lib/server/page-cache';
import { formValues } from '$lib/server/validation';
import { ValidationError } from '$lib/server/errors';
import { withoutLocale } from '$lib/locale-path';
import { label } from '$lib/labels';
import { getDistrictBySlug } from '$lib/server/accounts';
import { orNotFound, parseForm } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, setHeaders }) => {
	const { district } = await parent();
	const found = await publicService(district.id, params.service, getLocale());
	if (!found) error(404, 'Pagina non trovata');
	// "Open now" changes at the next opening or closing: the cached page lasts until then.
	if (found.validUntil) setHeaders({ [CACHE_UNTIL_HEADER]: String(found.validUntil.getTime()) });
	const pageUrl = `${url.origin}${url.pathname}`;
	return {
		...found,
		pageUrl,
		qr: renderSVG(pageUrl, { border: 1 }),
		jsonLd: serviceJsonLdScript(found, {
			url: pageUrl,
			district: district.name,
			lang: getLocale(),
			category: found.service.category ? label('serviceCategory', found.service.category) : '',
			audience: found.service.targetGroups.map((g) => label('targetGroup', g)).join(', '),
			topics: found.service.topics.map((t) => label('topic', t))
		})
	};
};

export const actions: Actions = {
	/** The rating, in two steps without JavaScript: the stars, then the reasons and details. */
	rate: async ({ request, params, url, getClientAddress }) => {
		const district = await orNotFound(() => getDistrictBySlug(params.district));
		if (getLocale() !== 'it' && !district.languages.includes(getLocale())) error(404, 'Pagina non trovata');
		const found = await publicService(district.id, params.service, getLocale());
		if (!found) error(404, 'Pagina non trovata');
		const form = await parseForm(request);
		if (!form) return fail(400, { rating: { error: 'rating' as const } });
		const values = formValues(form);
		const rating = Number(values.rating);
		if (!(rating >= 1 && rating <= 5 && Number.isInteger(rating)))
			return fail(400, { rating: { error: 'rating' as const } });
		if (values.step !== '2') return { rating: { step: 2, rating } };
		try {
			const { wait } = await ratePage(
				district.id,
				{ path: withoutLocale(url.pathname), serviceId: found.service.id, lang: getLocale() },
				values,
				getClientAddress()
			);
			if (wait) return fail(429, { rating: { step: 2, rating, error: 'limit' as const, values } });
		} catch (e) {
			if (e instanceof ValidationError)
				return fail(400, { rating: { step: 2, rating, error: 'comment' as const, values } });
			throw e;
		}
		return { rating: { thanks: true } };
	}
};
