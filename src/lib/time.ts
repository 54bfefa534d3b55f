// Local time in Europe/Rome, where every meeting happens, and the UTC instants we store.
const ROME = 'Europe/Rome';
const partsFormat = new Intl.DateTimeFormat('en-US', {
	timeZone: ROME,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** Rome's local date and time of an instant: { date: 'YYYY-MM-DD', time: 'HH:mm' }. */
export function romeParts(instant: Date): { date: string; time: string } {
	const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function offsetMinutes(instant: number): number {
	const p = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
	return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - instant) / 60_000;
}

/**
 * The instant of a Rome wall-clock time. Null for a time skipped when clocks go forward
 * (e.g. 02:30 on the last Sunday of March); the first of the two when they go back.
 */
export function romeToInstant(date: string, time: string): Date | null {
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const naive = Date.UTC(y, mo - 1, d, h, mi);
	for (const offset of [120, 60]) {
		const instant = naive - offset * 60_000;
		if (offsetMinutes(instant) === offset) return new Date(instant);
	}
	return null;
}
