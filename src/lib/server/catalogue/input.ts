// What staff send about services, their translations and places, and what readers send
// (search, ratings): checked with Italian messages; anything a reader sends is only narrowed.
import { SLUG } from '../../slug';
import { z } from 'zod';
import { isoDate, oneOf, optionalText, optionalUrl, requiredId, requiredText } from '../validation';
import { checkbox } from '../planning';
import {
	SERVICE_CATEGORIES,
	SERVICE_STATUSES,
	TARGET_GROUPS,
	TOPICS,
	TEXT_FIELDS,
	type TextField
} from '$lib/catalogue';

/** A list of codes from a fixed set, sent as repeated checkboxes (joined with commas). */
const codes = <T extends readonly string[]>(allowed: T) =>
	z
		.string()
		.default('')
		.transform((s) => [
			...new Set(
				s
					.split(',')
					.map((x) => x.trim())
					.filter(Boolean)
			)
		])
		.refine((l) => l.every((x) => (allowed as readonly string[]).includes(x)), { error: 'Scelta non valida.' })
		.transform((l) => l as unknown as T[number][]);

/** Languages spoken at the desk: ISO 639-1 codes, as "it, en, ar" or repeated fields. */
const languageCodes = z
	.string()
	.default('')
	.transform((s) => [
		...new Set(
			s
				.toLowerCase()
				.split(/[\s,;]+/)
				.filter(Boolean)
		)
	])
	.refine((l) => l.length <= 40 && l.every((x) => /^[a-z]{2,3}$/.test(x) && isKnownLanguage(x)), {
		error: 'Indicare le lingue con il loro codice di due lettere (es. it, en, ar), separati da virgole.'
	});

const displayNames = new Intl.DisplayNames(['it'], { type: 'language', fallback: 'none' });
function isKnownLanguage(code: string): boolean {
	try {
		return !!displayNames.of(code);
	} catch {
		return false;
	}
}

const slug = z
	.string({ error: 'L’indirizzo è obbligatorio.' })
	.trim()
	.toLowerCase()
	.min(3, { error: 'L’indirizzo deve avere almeno 3 caratteri.' })
	.max(60, { error: 'L’indirizzo può avere al massimo 60 caratteri.' })
	.regex(SLUG, { error: 'Usare solo lettere minuscole senza accenti, numeri e trattini (es. sportello-stranieri).' });

const phone = z
	.string()
	.trim()
	.max(40, { error: 'Numero troppo lungo.' })
	.default('')
	.refine((s) => s === '' || /^\+?[0-9][0-9 ./-]{4,}$/.test(s), {
		error: 'Inserire un numero di telefono (cifre, spazi, + iniziale).'
	});

const email = z
	.string()
	.trim()
	.max(200, { error: 'Indirizzo troppo lungo.' })
	.default('')
	.refine((s) => s === '' || z.email().safeParse(s).success, { error: 'Inserire un indirizzo email valido.' });

/** The text of a service in one language: a title, then the model's sections. */
const textShape = {
	title: requiredText(200, 'Il titolo'),
	summary: optionalText(600),
	...(Object.fromEntries(
		TEXT_FIELDS.filter((f) => f !== 'title' && f !== 'summary').map((f) => [f, optionalText(6000)])
	) as Record<Exclude<TextField, 'title' | 'summary'>, ReturnType<typeof optionalText>>)
};
export const textInput = z.object(textShape);

export const serviceInput = z.object({
	slug,
	status: oneOf(SERVICE_STATUSES, 'Scegliere lo stato del servizio.'),
	providerId: requiredId('Scegliere l’ente che offre il servizio.'),
	category: oneOf(SERVICE_CATEGORIES, 'Scegliere la categoria del servizio.'),
	topics: codes(TOPICS),
	targetGroups: codes(TARGET_GROUPS),
	spokenLanguages: languageCodes,
	accessUrl: optionalUrl,
	phone,
	phoneAlwaysOpen: checkbox,
	email,
	internalNotes: optionalText(4000),
	exampleData: checkbox
});

/** A service with its Italian text, as the staff form sends both: every error at once. */
export const serviceWithTextInput = serviceInput.extend(textShape).refine((s) => !s.phoneAlwaysOpen || s.phone !== '', {
	path: ['phone'],
	error: 'Indicare il numero che risponde sempre.'
});

const time = (label: string) =>
	z
		.string()
		.trim()
		.default('')
		.refine((s) => s === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(s), { error: `${label}: indicare l’ora come 09:30.` });

/** Opening hours as the location form sends them: up to two intervals per weekday. */
export const SLOTS = [1, 2] as const;
export const hourField = (weekday: number, slot: number, end: 'opens' | 'closes') => `h${weekday}_${slot}_${end}`;

/**
 * A coordinate in decimal degrees, as typed or pasted from a map: "45,3138" or "45.3138"
 * (a dot is always the decimal point here, never thousands), empty when absent.
 */
const coordinate = (label: string, limit: number) =>
	z
		.string()
		.trim()
		.default('')
		.transform((raw, ctx) => {
			if (raw === '') return null;
			const s = raw.replace(/\s/g, '').replace(/°$/, '');
			if (!/^[-+]?\d{1,3}([.,]\d{1,12})?$/.test(s)) {
				ctx.addIssue({ code: 'custom', message: `${label}: indicare i gradi decimali, es. 45,3138.` });
				return z.NEVER;
			}
			const n = Number(s.replace(',', '.'));
			if (Math.abs(n) > limit) {
				ctx.addIssue({ code: 'custom', message: `${label}: deve essere tra -${limit} e ${limit}.` });
				return z.NEVER;
			}
			return Math.round(n * 1e7) / 1e7;
		});

export const locationInput = z
	.object({
		name: optionalText(200),
		municipality: requiredText(120, 'Il comune'),
		address: requiredText(300, 'L’indirizzo'),
		postalCode: z
			.string()
			.trim()
			.default('')
			.refine((s) => s === '' || /^\d{5}$/.test(s), { error: 'Il CAP ha cinque cifre (es. 26900).' }),
		latitude: coordinate('La latitudine', 90),
		longitude: coordinate('La longitudine', 180),
		...Object.fromEntries(
			[1, 2, 3, 4, 5, 6, 7].flatMap((d) =>
				SLOTS.flatMap((s) => [
					[hourField(d, s, 'opens'), time('Apertura')],
					[hourField(d, s, 'closes'), time('Chiusura')]
				])
			)
		)
	})
	.transform((v, ctx) => {
		const hours: { weekday: number; opens: string; closes: string }[] = [];
		const values = v as unknown as Record<string, string>;
		for (const weekday of [1, 2, 3, 4, 5, 6, 7]) {
			for (const slot of SLOTS) {
				const opens = values[hourField(weekday, slot, 'opens')],
					closes = values[hourField(weekday, slot, 'closes')];
				if (!opens && !closes) continue;
				if (!opens || !closes || closes <= opens) {
					ctx.addIssue({
						code: 'custom',
						path: [hourField(weekday, slot, 'closes')],
						message: 'Indicare apertura e chiusura, con la chiusura dopo l’apertura.'
					});
					continue;
				}
				hours.push({ weekday, opens, closes });
			}
			const [a, b] = hours.filter((h) => h.weekday === weekday);
			if (a && b && !(a.closes <= b.opens || b.closes <= a.opens)) {
				ctx.addIssue({
					code: 'custom',
					path: [hourField(weekday, 2, 'opens')],
					message: 'Le due fasce dello stesso giorno si sovrappongono.'
				});
			}
		}
		if ((v.latitude === null) !== (v.longitude === null))
			ctx.addIssue({
				code: 'custom',
				path: [v.latitude === null ? 'latitude' : 'longitude'],
				message: 'Indicare latitudine e longitudine insieme, oppure lasciarle vuote entrambe.'
			});
		const { latitude, longitude } = v;
		return {
			name: v.name,
			municipality: v.municipality,
			address: v.address,
			postalCode: v.postalCode,
			latitude,
			longitude,
			hours
		};
	});

export const exceptionInput = z
	.object({
		fromDay: isoDate('Il primo giorno'),
		toDay: z.string().trim().default(''),
		closed: checkbox,
		opens: time('Apertura'),
		closes: time('Chiusura'),
		note: optionalText(200)
	})
	.transform((v, ctx) => {
		const toDay = v.toDay || v.fromDay;
		if (!isoDate('L’ultimo giorno').safeParse(toDay).success)
			ctx.addIssue({
				code: 'custom',
				path: ['toDay'],
				message: 'L’ultimo giorno deve essere una data valida nel formato AAAA-MM-GG.'
			});
		else if (toDay < v.fromDay)
			ctx.addIssue({ code: 'custom', path: ['toDay'], message: 'L’ultimo giorno non può precedere il primo.' });
		else if (toDay > addDays(v.fromDay, 366))
			ctx.addIssue({ code: 'custom', path: ['toDay'], message: 'Un’eccezione dura al massimo un anno.' });
		const hours = !!(v.opens || v.closes);
		if (v.closed && hours)
			ctx.addIssue({
				code: 'custom',
				path: ['closed'],
				message: 'Scegliere: chiuso tutto il giorno oppure gli orari di apertura, non entrambi.'
			});
		const closed = !hours;
		if (hours && (!v.opens || !v.closes || v.closes <= v.opens))
			ctx.addIssue({
				code: 'custom',
				path: ['closes'],
				message:
					'Indicare apertura e chiusura, con la chiusura dopo l’apertura; per un giorno di chiusura lasciarle vuote.'
			});
		return {
			fromDay: v.fromDay,
			toDay,
			opens: closed ? null : v.opens,
			closes: closed ? null : v.closes,
			note: v.note
		};
	});

function addDays(day: string, n: number) {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** What a reader types in the search box, narrowed to something safe to search for. */
export function searchText(raw: string | null | undefined): string {
	return (raw ?? '')
		.normalize('NFC')
		.replace(/[\u0000-\u001F\u007F]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);
}

/** Filters of the public catalogue, from the query string: anything unknown is ignored. */
export function catalogueFilters(params: URLSearchParams) {
	const pick = <T extends readonly string[]>(v: string | null, allowed: T) =>
		(allowed as readonly string[]).includes(v ?? '') ? (v as T[number]) : undefined;
	const municipality = searchText(params.get('comune')) || undefined;
	const lang = params.get('lingua') ?? '';
	return {
		q: searchText(params.get('q')),
		municipality,
		targetGroup: pick(params.get('destinatari'), TARGET_GROUPS),
		topic: pick(params.get('argomento'), TOPICS),
		category: pick(params.get('categoria'), SERVICE_CATEGORIES),
		spokenLanguage: /^[a-z]{2,3}$/.test(lang) ? lang : undefined,
		openNow: params.get('aperto') === '1',
		/** The page of results asked for (from 1); past the last, the last. */
		page: Math.min(Math.max(Number.parseInt(params.get('pagina') ?? '', 10) || 1, 1), 1000)
	};
}
export type CatalogueFilters = ReturnType<typeof catalogueFilters>;

/** The reasons a reader may tick, after a low (1-3) or a high (4-5) rating: the model's wording. */
export const LOW_REASONS = ['unclear', 'incomplete', 'unsure', 'technical', 'other'] as const;
export const HIGH_REASONS = ['clear', 'complete', 'confident', 'no_technical', 'other'] as const;

export const ratingInput = z
	.object({
		rating: z.coerce
			.number({ error: 'Scegliere un voto da 1 a 5.' })
			.int()
			.min(1, { error: 'Scegliere un voto da 1 a 5.' })
			.max(5, { error: 'Scegliere un voto da 1 a 5.' }),
		reasons: z.string().default(''),
		comment: optionalText(200)
	})
	.transform((v) => {
		const allowed: readonly string[] = v.rating <= 3 ? LOW_REASONS : HIGH_REASONS;
		return {
			rating: v.rating,
			reasons: [...new Set(v.reasons.split(',').filter((r) => allowed.includes(r)))],
			comment: v.comment
		};
	});

/** The version a translation's edit was based on; 0 when it is a new translation. */
export const translationVersion = z.object({
	version: z.coerce.number({ error: 'Versione mancante.' }).int().min(0).max(2_000_000_000)
});
