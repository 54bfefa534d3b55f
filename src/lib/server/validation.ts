// Parsing of what users send. Italian messages, values kept so forms can be shown again.
import { z } from 'zod';
import { ValidationError, type FieldErrors } from './errors';
import { todayInRome } from '$lib/format';

z.config(z.locales.it());

export const MAX_TITLE = 300;
export const MAX_TEXT = 20_000;

// Control characters other than tab and new lines have no place in user text (and NUL is
// refused by PostgreSQL).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const NO_CONTROL = { error: 'Il testo contiene caratteri non ammessi.' };

export const requiredText = (max = MAX_TITLE, label = 'Questo campo') =>
	z
		.string({ error: `${label} è obbligatorio.` })
		.trim()
		.min(1, { error: `${label} è obbligatorio.` })
		.max(max, { error: `Testo troppo lungo: massimo ${max} caratteri.` })
		.refine((v) => !CONTROL.test(v), NO_CONTROL);

export const optionalText = (max = MAX_TEXT) =>
	z
		.string()
		.trim()
		.max(max, { error: `Testo troppo lungo: massimo ${max} caratteri.` })
		.refine((v) => !CONTROL.test(v), NO_CONTROL)
		.default('');

/** The largest magnitude a figure may have: beyond it a typing slip is more likely. */
export const MAX_NUMBER = 1e12;

/**
 * Numbers as Italians type them: "1.234,5", "2.000" (two thousand), "12,5", or "12.5";
 * empty means absent. Forms show stored decimals with a comma (see formState), so a dot
 * followed by three digits can safely mean thousands.
 */
export function parseItalianNumber(raw: string): number | null {
	const s = raw.trim().replace(/\s/g, '');
	if (s === '') return null;
	let normalised: string;
	if (/^[-+]?([1-9]\d{0,2}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) normalised = s.replace(/\./g, '').replace(',', '.');
	else if (/^[-+]?\d+\.\d+$/.test(s)) normalised = s;
	else return NaN;
	const n = Number(normalised);
	return Number.isFinite(n) ? n : NaN;
}

export const optionalNumber = (label = 'Il valore') =>
	z
		.string()
		.default('')
		.transform((raw, ctx) => {
			const n = parseItalianNumber(raw);
			if (n !== null && Number.isNaN(n)) {
				ctx.addIssue({ code: 'custom', message: `${label} deve essere un numero (es. 120 oppure 12,5).` });
				return z.NEVER;
			}
			if (n !== null && Math.abs(n) > MAX_NUMBER) {
				ctx.addIssue({ code: 'custom', message: `${label} è troppo grande.` });
				return z.NEVER;
			}
			return n;
		});

export const isoDate = (label = 'La data') =>
	z
		.string({ error: `${label} è obbligatoria.` })
		.trim()
		.min(1, { error: `${label} è obbligatoria.` })
		.regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, {
			error: `${label} deve essere nel formato AAAA-MM-GG, tra il 1900 e il 2199.`
		})
		.refine(
			(s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
			{
				error: `${label} non è una data valida.`
			}
		);

/** A 6-digit code shown in a room: spaces and dashes ("912 019", "912-019") are only there to read it. */
export const shortCode = z
	.string({ error: 'Il codice è di 6 cifre.' })
	.transform((s) => s.replace(/[\s\-–.]/g, ''))
	.pipe(z.string().regex(/^\d{6}$/, { error: 'Il codice è di 6 cifre.' }));

/** A date that has already come (a deliberation, a sending): today at the latest, in Rome. */
export const pastDate = (label: string) =>
	isoDate(label).refine((s) => s <= todayInRome(), { error: `${label} non può essere nel futuro.` });

export const optionalUrl = z
	.string()
	.trim()
	.max(2000, { error: 'Indirizzo troppo lungo.' })
	.default('')
	.refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), {
		error: 'Inserire un indirizzo che inizi con http:// o https://.'
	});

export const version = z.coerce.number({ error: 'Versione mancante.' }).int().positive().max(2_000_000_000);

/** The version a form's edit was based on (optimistic concurrency). */
export const versionOnly = z.object({ version });

/** A database id sent by a form (e.g. a select of areas): digits only, within int4. */
export const optionalId = z
	.string()
	.default('')
	.refine((s) => s === '' || /^\d{1,9}$/.test(s), { error: 'Scelta non valida.' })
	.transform((s) => (s === '' ? null : Number(s)));

/** A database id a form must send (a choice in a select): digits only, within int4. */
export const requiredId = (message: string) =>
	z
		.string({ error: message })
		.regex(/^\d{1,9}$/, { error: message })
		.transform(Number);

export const position = z.coerce
	.number({ error: 'L’ordine deve essere un numero intero.' })
	.int({ error: 'L’ordine deve essere un numero intero.' })
	.min(0, { error: 'L’ordine va da 0 a 1000.' })
	.max(1000, { error: 'L’ordine va da 0 a 1000.' })
	.default(0);

export const oneOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
	z.enum(values, { error: message });

/** Form data as plain strings, for re-display and parsing; repeated names (checkbox lists) are joined with commas. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) {
		if (typeof v !== 'string' || k === '__proto__') continue;
		values[k] = Object.hasOwn(values, k) ? `${values[k]},${v}` : v;
	}
	return values;
}

/** Validates `input` or throws a ValidationError with one Italian message per field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = issue.path.length ? issue.path.join('.') : '_form';
		fields[key] ??= issue.message;
	}
	throw new ValidationError(fields);
}
