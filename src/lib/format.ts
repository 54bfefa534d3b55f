// Italian formatting of numbers and dates; dates a person reads are in Europe/Rome.
const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' });
const dateTimeFormat = new Intl.DateTimeFormat('it-IT', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' });

export function formatNumber(n: number | string | null | undefined): string {
	if (n === null || n === undefined || n === '') return '';
	return numberFormat.format(Number(n));
}

export function formatRatio(ratio: number | null): string {
	return ratio === null ? '—' : percentFormat.format(ratio);
}

/** A figure with its unit: "70%" for percentages, "2.000 ore" for the rest. */
export function formatValue(n: number | string | null | undefined, measure: string, unit = ''): string {
	if (n === null || n === undefined || n === '') return '—';
	if (measure === 'percentage') return `${formatNumber(n)}%`;
	return unit && measure !== 'score' ? `${formatNumber(n)} ${unit}` : formatNumber(n);
}

export function formatDate(d: string | Date): string {
	return dateFormat.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);
}

export function formatDateTime(d: string | Date): string {
	return dateTimeFormat.format(typeof d === 'string' ? new Date(d) : d);
}

/** Today as YYYY-MM-DD in Europe/Rome. */
export function todayInRome(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}
