// Money in euro cents: integers, so that sums are exact to the cent. Shared by server and pages.

/** "€ 12.345,67" (Italian grouping and decimal comma). */
export function formatEuro(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	const euros = Math.floor(abs / 100)
		.toString()
		.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Reads an amount as Italians type it: "12.345,67", "12345,6", "€ 1.000", "1000.50".
 * Returns cents, or an error message. A dot followed by three digits groups thousands; a
 * comma (or a dot followed by one or two digits) starts the cents.
 */
export function parseEuro(raw: string): { cents: number } | { error: string } {
	const s = raw.replace(/€|\s|\u00a0/g, '');
	if (!s) return { error: 'Indicare l’importo.' };
	if (s.startsWith('-')) return { error: 'L’importo non può essere negativo.' };
	let whole: string;
	let fraction = '';
	const grouped = /^\d{1,3}(\.\d{3})+$/;
	if (s.indexOf(',') !== s.lastIndexOf(',')) return { error: 'Importo non valido: scrivilo come 12.345,67.' };
	if (s.includes(',')) {
		[whole, fraction] = s.split(',', 2);
		if (!(grouped.test(whole) || /^\d+$/.test(whole)) || !/^\d*$/.test(fraction))
			return { error: 'Importo non valido: scrivilo come 12.345,67.' };
	} else if (grouped.test(s)) {
		whole = s;
	} else if (/^\d+(\.\d+)?$/.test(s)) {
		[whole, fraction = ''] = s.split('.');
	} else {
		return { error: 'Importo non valido: scrivilo come 12.345,67.' };
	}
	whole = whole.replace(/\./g, '');
	if (fraction.length > 2) return { error: 'Gli importi si indicano al centesimo (due decimali).' };
	const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
	if (!Number.isSafeInteger(cents) || cents > 1e15) return { error: 'Importo troppo grande.' };
	return { cents };
}

/** An exact sum of cents. */
export function sumCents(values: number[]): number {
	let total = 0;
	for (const v of values) total += v;
	if (!Number.isSafeInteger(total)) throw new RangeError('Somma fuori scala');
	return total;
}
