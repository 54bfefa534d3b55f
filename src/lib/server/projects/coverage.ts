// Which grants cover an intervention day by day, where nothing does (gaps), and where one
// source pays twice for the same days. Dates are ISO days; a grant covers its first and last day.

export interface Span {
	id: number;
	label: string;
	sourceId: number;
	startsOn: string;
	endsOn: string;
}

export interface Interval {
	from: string;
	to: string;
	/** A gap that runs on past the horizon: nothing funds the intervention from `from` on. */
	open?: boolean;
}

const DAY = 86_400_000;
const toDay = (iso: string) =>
	Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** `iso` moved by whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
	const y = Number(iso.slice(0, 4));
	const m = Number(iso.slice(5, 7)) - 1 + months;
	const target = new Date(Date.UTC(y, m, 1));
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(Number(iso.slice(8, 10)), last));
	return target.toISOString().slice(0, 10);
}

export const addDays = (iso: string, days: number) => toIso(toDay(iso) + days);

/**
 * The coverage of an intervention from its first grant until `horizon` (or the day it ended):
 * covered stretches (adjacent grants join up), gaps between and after them, and overlaps of
 * two grants of the same source (double funding, to be checked rather than summed).
 */
export function coverage(spans: Span[], horizon: string, endedOn: string | null = null) {
	const sorted = [...spans].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
	const covered: Interval[] = [];
	for (const s of sorted) {
		const last = covered.at(-1);
		if (last && toDay(s.startsOn) <= toDay(last.to) + 1) {
			if (s.endsOn > last.to) last.to = s.endsOn;
		} else covered.push({ from: s.startsOn, to: s.endsOn });
	}
	const end = endedOn && endedOn < horizon ? endedOn : horizon;
	const gaps: Interval[] = [];
	for (let i = 0; i < covered.length; i++) {
		const from = addDays(covered[i].to, 1);
		const to = i + 1 < covered.length ? addDays(covered[i + 1].from, -1) : end;
		if (from > to || from > end) continue;
		gaps.push(
			to < end
				? { from, to }
				: { from, to: end, ...(end === horizon && i + 1 === covered.length ? { open: true } : {}) }
		);
	}
	const doubles: { a: Span; b: Span; from: string; to: string }[] = [];
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i + 1; j < sorted.length; j++) {
			const [a, b] = [sorted[i], sorted[j]];
			if (a.sourceId !== b.sourceId || b.startsOn > a.endsOn) continue;
			doubles.push({ a, b, from: b.startsOn, to: a.endsOn < b.endsOn ? a.endsOn : b.endsOn });
		}
	}
	return { covered, gaps, doubles, spans: sorted };
}

export type Coverage = ReturnType<typeof coverage>;

/** What the dashboard warns about, seen from `today`. */
export function warnings(c: Coverage, today: string, endedOn: string | null = null) {
	const soon = addMonths(today, 6);
	const gapsSoon = c.gaps.filter((g) => g.to >= today && g.from <= soon);
	const active = !endedOn || endedOn >= today;
	const now = c.spans.filter((s) => s.startsOn <= today && s.endsOn >= today);
	let singleEnding: Span | null = null;
	if (active && now.length === 1 && now[0].endsOn <= addMonths(today, 12) && (!endedOn || endedOn > now[0].endsOn)) {
		// Only if nothing takes over the day after it ends.
		const next = addDays(now[0].endsOn, 1);
		if (!c.spans.some((s) => s.startsOn <= next && s.endsOn >= next)) singleEnding = now[0];
	}
	return { gapsSoon, singleEnding };
}
