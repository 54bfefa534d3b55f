// What readers send (a report of a disservice) and what staff write (their parts of the
// accessibility statement), checked with Italian messages.
import { z } from 'zod';
import { isoDate, oneOf, optionalText, optionalUrl, requiredText } from '../validation';
import { CONFORMITY_STATUSES, REPORT_CATEGORIES } from '$lib/site';

const email = z
	.string()
	.trim()
	.max(200, { error: 'Indirizzo troppo lungo.' })
	.default('')
	.refine((s) => s === '' || z.email().safeParse(s).success, { error: 'Inserire un indirizzo email valido.' });

/** A public page of the district, named by its path; anything else is dropped, never stored. */
export const pagePath = (district: string) =>
	z
		.string()
		.default('')
		.transform((s) => {
			const path = s.trim().replace(/^https?:\/\/[^/]+/, '');
			return path.length <= 300 && /^\/[a-z0-9/._-]*$/.test(path) && path.startsWith(`/ambiti/${district}`) ? path : '';
		});

export const reportInput = (district: string) =>
	z.object({
		category: oneOf(REPORT_CATEGORIES, 'Scegliere di che cosa si tratta.'),
		page: pagePath(district),
		description: requiredText(2000, 'Il testo della segnalazione'),
		email,
		privacy: z.literal('on', { error: 'Per inviare la segnalazione occorre aver letto l’informativa privacy.' })
	});

export const statementInput = z.object({
	status: oneOf(CONFORMITY_STATUSES, 'Scegliere lo stato di conformità.'),
	method: requiredText(1000, 'Il metodo di valutazione'),
	assessedOn: isoDate('La data della valutazione'),
	notAccessible: optionalText(4000),
	alternatives: optionalText(4000),
	contactEmail: email,
	agidUrl: optionalUrl.refine((s) => s === '' || s.startsWith('https://form.agid.gov.it/'), {
		error: 'Indicare l’indirizzo della dichiarazione pubblicata su form.agid.gov.it.'
	})
});
