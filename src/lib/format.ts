// Numbers and dates in the reader's language (Italian but on public pages in another one);
// dates a person reads are in Europe/Rome. Digits stay Latin, as on Italian documents.
import { getLocale } from '$lib/paraglide/runtime';

const formats = new Map<
	string,
	{ number: Intl.NumberFormat; percent: Intl.NumberFormat; date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }
>();

function format() {
	const locale = getLocale();
	let f = formats.get(locale);
	if (!f) {
		const tag = locale === 'it' ? 'it-IT' : `${locale}-u-nu-latn`;
		f = {
			number: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
			percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
			date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }),
			dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' })
		};
		formats.set(locale, f);
	}
	return f;
}

export function formatNumber(n: number | string | null | undefined): string {
	if (n === null || n === undefined || n === '') return '';
	return format().number.format(Number(n));
}

export function formatRatio(ratio: number | null): string {
	return ratio === null ? '—' : format().percent.format(ratio);
}

/** A figure with its unit: "70%" for percentages, "2.000 ore" for the rest. */
/** A figure with its unit: `unitOne` for the value 1 when it is another word ("1 protocollo", "2 protocolli"). */
export function formatValue(n: number | string | null | undefined, measure: string, unit = '', unitOne = ''): string {
	if (n === null || n === undefined || n === '') return '—';
	if (measure === 'percentage') return `${formatNumber(n)}%`;
	const word = unitOne && Number(n) === 1 ? unitOne : unit;
	return word && measure !== 'score' ? `${formatNumber(n)} ${word}` : formatNumber(n);
}

export function formatDate(d: string | Date): string {
	return format().date.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);
}

export function formatDateTime(d: string | Date): string {
	return format().dateTime.format(typeof d === 'string' ? new Date(d) : d);
}

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

/** Today as YYYY-MM-DD in Europe/Rome (asked by every cached page: the formatter is made once). */
export function todayInRome(now = new Date()): string {
	return isoDay.format(now);
}

const dayFormats = new Map<
	string,
	{
		weekday: Intl.DateTimeFormat;
		day: Intl.DateTimeFormat;
		languages: Intl.DisplayNames;
		/** Language names already asked for: Intl.DisplayNames is slow, and the same few recur on every page. */
		names: Map<string, string>;
	}
>();
function dayFormat() {
	const locale = getLocale();
	let f = dayFormats.get(locale);
	if (!f) {
		const tag = locale === 'it' ? 'it-IT' : `${locale}-u-nu-latn`;
		f = {
			weekday: new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }),
			day: new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
			languages: new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }),
			names: new Map()
		};
		dayFormats.set(locale, f);
	}
	return f;
}

/** The name of a weekday, 1 (Monday) to 7 (Sunday), in the reader's language. */
export function formatWeekday(weekday: number): string {
	// 1 January 2024 was a Monday.
	return dayFormat().weekday.format(new Date(Date.UTC(2024, 0, weekday)));
}

/** A day with its weekday ("lunedì 24 agosto"), in the reader's language. */
export function formatDayWithWeekday(day: string): string {
	return dayFormat().day.format(new Date(`${day}T12:00:00Z`));
}

/** The name of a language from its ISO code, in the reader's language. */
export function languageName(code: string): string {
	const { languages, names } = dayFormat();
	let name = names.get(code);
	if (name === undefined) {
		try {
			name = languages.of(code) ?? code;
		} catch {
			name = code;
		}
		if (names.size < 1000) names.set(code, name);
	}
	return name;
}

const italian = new Intl.DateTimeFormat('it-IT', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Rome'
});

/** "3 dicembre 2026", in Italian whatever the reader's language (the platform's mail). */
export function italianDate(d: string | Date): string {
	return italian.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);
}

/**
 * An Italian date after "del": "del 3 dicembre 2026", "dell’8 dicembre 2026", "dell’11 marzo
 * 2026" (the article elides before a vowel). For the platform's Italian mail and messages.
 */
export function delDate(d: string | Date): string {
	const text = italianDate(d);
	return /^(8|11)\s/.test(text) ? `dell’${text}` : `del ${text}`;
}
