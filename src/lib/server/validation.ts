// Parsing of what users send. Italian messages, values kept so forms can be shown again.
import { z } from 'zod';
import { ValidationError, type FieldErrors } from './errors';

z.config(z.locales.it());

export const MAX_TITLE = 300;
export const MAX_TEXT = 20_000;

export const requiredText = (max = MAX_TITLE, label = 'Questo campo') =>
	z
		.string({ error: `${label} è obbligatorio.` })
		.trim()
		.min(1, { error: `${label} è obbligatorio.` })
		.max(max, { error: `Testo troppo lungo: massimo ${max} caratteri.` });

export const optionalText = (max = MAX_TEXT) =>
	z
		.string()
		.trim()
		.max(max, { error: `Testo troppo lungo: massimo ${max} caratteri.` })
		.default('');

/** Numbers as Italians type them: "1.234,5" or "1234.5"; empty means absent. */
export function parseItalianNumber(raw: string): number | null | typeof NaN {
	const s = raw.trim().replace(/\s/g, '');
	if (s === '') return null;
	let normalised = s;
	if (s.includes(',')) normalised = s.replace(/\./g, '').replace(',', '.');
	else if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(s)) normalised = s.replace(/\./g, ''); // "2.000" is two thousand
	if (!/^[-+]?\d+(\.\d+)?$/.test(normalised)) return NaN;
	return Number(normalised);
}

export const optionalNumber = (label = 'Il valore') =>
	z
		.string()
		.default('')
		.transform((raw, ctx) => {
			const n = parseItalianNumber(raw);
			if (Number.isNaN(n)) {
				ctx.addIssue({ code: 'custom', message: `${label} deve essere un numero (es. 120 oppure 12,5).` });
				return z.NEVER;
			}
			return n;
		});

export const isoDate = (label = 'La data') =>
	z
		.string({ error: `${label} è obbligatoria.` })
		.trim()
		.min(1, { error: `${label} è obbligatoria.` })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} deve essere nel formato AAAA-MM-GG.` })
		.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
			error: `${label} non è una data valida.`
		});

export const optionalUrl = z
	.string()
	.trim()
	.max(2000, { error: 'Indirizzo troppo lungo.' })
	.default('')
	.refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), { error: 'Inserire un indirizzo che inizi con http:// o https://.' });

export const version = z.coerce.number({ error: 'Versione mancante.' }).int().positive();

export const oneOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
	z.enum(values, { error: message });

/** Form data as plain strings (the last value of each name), for re-display and parsing. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) if (typeof v === 'string') values[k] = v;
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
