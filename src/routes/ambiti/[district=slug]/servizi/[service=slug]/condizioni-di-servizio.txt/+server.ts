// "Condizioni di servizio" as a file (the model's `service-file`): the service's conditions
// in the reader's language (Italian where not translated), as plain UTF-8 text that any
// device and screen reader opens.
import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { publicService } from '$lib/server/catalogue';
import { getDistrictBySlug } from '$lib/server/accounts';
import { orNotFound } from '$lib/server/http';
import { formatDate } from '$lib/format';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const district = await orNotFound(() => getDistrictBySlug(params.district));
	if (getLocale() !== 'it' && !district.languages.includes(getLocale())) error(404, 'Pagina non trovata');
	const found = await publicService(district.id, params.service, getLocale());
	if (!found || !found.text.conditions.value.trim()) error(404, 'Pagina non trovata');
	const { text, service } = found;
	const page = url.href.replace(/\/condizioni-di-servizio\.txt$/, '');
	const body = [
		`${m.service_conditions()}: ${text.title.value}`,
		`${m.service_provider()}: ${service.provider}`,
		'',
		...text.conditions.value
			.split(/\n+/)
			.map((p) => p.trim())
			.filter(Boolean)
			.flatMap((p) => [p, '']),
		`${m.service_conditions_file_page()}: ${page}`,
		m.last_updated({ date: formatDate(service.updatedAt) }),
		''
	].join('\r\n');
	return new Response(body, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `inline; filename="condizioni-di-servizio-${service.slug}.txt"`,
			'content-language': text.conditions.lang
		}
	});
};
