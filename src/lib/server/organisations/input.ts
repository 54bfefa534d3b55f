import { z } from 'zod';
import { oneOf, optionalText, requiredText } from '../validation';
import { ORGANISATION_TYPES } from './schema';

export const email = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, { error: 'Email troppo lunga.' })
	.default('')
	.refine((s) => s === '' || z.email().safeParse(s).success, {
		error: 'Inserire un indirizzo email valido (es. nome@ente.it).'
	});

/** A PEC mailbox is an email address like any other (its provider's domain tells it apart). */
export const pec = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, { error: 'PEC troppo lunga.' })
	.default('')
	.refine((s) => s === '' || z.email().safeParse(s).success, {
		error: 'Inserire un indirizzo PEC valido (es. protocollo@pec.comune.it).'
	});

export const organisationInput = z.object({
	name: requiredText(200, 'Il nome dell’ente'),
	type: oneOf(ORGANISATION_TYPES, 'Scegliere il tipo di ente.'),
	taxCode: z
		.string()
		.trim()
		.toUpperCase()
		.default('')
		.refine((s) => s === '' || /^(\d{11}|[A-Z0-9]{16})$/.test(s), {
			error: 'Il codice fiscale ha 11 cifre (enti) o 16 caratteri.'
		}),
	email,
	pec,
	phone: optionalText(40),
	address: optionalText(300),
	website: z
		.string()
		.trim()
		.max(300)
		.default('')
		.refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), {
			error: 'Inserire un indirizzo che inizi con http:// o https://.'
		})
});

export const delegateInput = z.object({
	name: requiredText(120, 'Il nome'),
	email,
	phone: optionalText(40)
});
