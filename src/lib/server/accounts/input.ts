// What the accounts forms send: sign-in, new accounts, roles, passwords, districts, languages.
import { SLUG } from '../../slug';
import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime';

/** Languages a district can publish in besides Italian: those the interface is translated into. */
export const PUBLIC_LANGUAGES: string[] = locales.filter((l) => l !== 'it');
import { requiredText, oneOf } from '../validation';
import { ROLES } from './schema';

const email = z
	.string({ error: 'L’email è obbligatoria.' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'L’email è obbligatoria.' })
	.max(254, { error: 'Email troppo lunga.' })
	.pipe(z.email({ error: 'Inserire un indirizzo email valido (es. nome@comune.it).' }));

const password = z
	.string({ error: 'La password è obbligatoria.' })
	.min(10, { error: 'La password deve avere almeno 10 caratteri.' })
	.max(128, { error: 'La password può avere al massimo 128 caratteri.' });

const role = oneOf(ROLES, 'Scegliere un ruolo.');

export const loginInput = z.object({
	email,
	password: z.string().min(1, { error: 'La password è obbligatoria.' }).max(128, { error: 'Password troppo lunga.' })
});

export const accountInput = z.object({
	email,
	name: requiredText(120, 'Il nome'),
	role,
	password
});

/** A new role (the version the change is based on is the command's, see `versioned`). */
export const roleInput = z.object({ role });
export const passwordInput = z.object({ password });

/** The new password and its repetition (`confirm`) must match. */
const matching = { path: ['confirm'], error: 'Le due password non coincidono.' };
const same = (d: { password: string; confirm: string }) => d.confirm === d.password;
const confirm = z.string().default('');

/** Changing one's own password: the current one, the new one twice. */
export const ownPasswordInput = z
	.object({
		currentPassword: z
			.string({ error: 'La password attuale è obbligatoria.' })
			.min(1, { error: 'La password attuale è obbligatoria.' })
			.max(128, { error: 'Password troppo lunga.' }),
		password,
		confirm
	})
	.refine(same, matching);
/** A new password chosen through an emailed link, twice. */
export const resetPasswordInput = z.object({ password, confirm }).refine(same, matching);
/** Asking for a link to choose a new password. */
export const resetRequestInput = z.object({ email });

export const districtInput = z.object({
	slug: z.string().trim().regex(SLUG, { error: 'Usare solo lettere minuscole, numeri e trattini.' }).max(60),
	name: requiredText(200, 'Il nome dell’ambito'),
	region: requiredText(100, 'La regione').default('Lombardia')
});

/** The public pages' extra languages, as ticked in a checkbox list (comma-joined codes). */
export const languagesInput = z.object({
	languages: z
		.string()
		.default('')
		.transform((s) => (s ? [...new Set(s.split(','))] : []))
		.refine((l) => l.every((c) => PUBLIC_LANGUAGES.includes(c)), { error: 'Lingua non disponibile.' })
});
