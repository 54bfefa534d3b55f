// Opening hours in Europe/Rome: the week, the days that differ (closures, other hours), and
// Italy's national holidays, which close every desk without anyone entering them.
import { romeParts, romeToInstant } from '$lib/time';

export interface WeeklyHours {
	/** 1 = Monday ... 7 = Sunday. */
	weekday: number;
	opens: string;
	closes: string;
}
export interface HoursException {
	fromDay: string;
	toDay: string;
	/** Both null: closed all day. */
	opens: string | null;
	closes: string | null;
	note: string;
}
export interface Schedule {
	hours: WeeklyHours[];
	exceptions: HoursException[];
}
export interface DayPlan {
	intervals: [opens: string, closes: string][];
	/** Why the day differs from the week: an exception's note or a holiday's name. */
	reason?: string;
}

const hhmm = (t: string) => t.slice(0, 5);

function shiftDay(day: string, days: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** 1 (Monday) to 7 (Sunday). */
export function weekdayOf(day: string): number {
	return new Date(`${day}T12:00:00Z`).getUTCDay() || 7;
}

/** Easter Sunday (Gregorian calendar, anonymous algorithm). */
export function easter(year: number): string {
	const a = year % 19,
		b = Math.floor(year / 100),
		c = year % 100;
	const d = Math.floor(b / 4),
		e = b % 4,
		f = Math.floor((b + 8) / 25),
		g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30,
		i = Math.floor(c / 4),
		k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7,
		m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31),
		day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidaysByYear = new Map<number, Map<string, string>>();

/** Italy's national public holidays of a year (days off for every public office). */
export function nationalHolidays(year: number): Map<string, string> {
	let days = holidaysByYear.get(year);
	if (!days) holidaysByYear.set(year, (days = holidaysOf(year)));
	return days;
}

function holidaysOf(year: number): Map<string, string> {
	const fixed: [string, string][] = [
		['01-01', 'Capodanno'],
		['01-06', 'Epifania'],
		['04-25', 'Festa della Liberazione'],
		['05-01', 'Festa del Lavoro'],
		['06-02', 'Festa della Repubblica'],
		['08-15', 'Ferragosto'],
		['11-01', 'Ognissanti'],
		['12-08', 'Immacolata Concezione'],
		['12-25', 'Natale'],
		['12-26', 'Santo Stefano']
	];
	// San Francesco (4 October) is a national holiday again from 2026 (legge 151/2025).
	if (year >= 2026) fixed.push(['10-04', 'San Francesco d’Assisi']);
	const days = new Map(fixed.map(([md, name]) => [`${year}-${md}`, name]));
	const sunday = easter(year);
	days.set(sunday, 'Pasqua');
	days.set(shiftDay(sunday, 1), 'Lunedì dell’Angelo');
	return days;
}

/**
 * The opening intervals of one day. A closure closes it; other hours for a single day (an
 * extraordinary opening) replace that day's; other hours over a period (summer hours)
 * replace the hours of the days the place opens anyway, not weekends or national holidays.
 */
export function dayPlan(schedule: Schedule, day: string): DayPlan {
	const exceptions = schedule.exceptions.filter((e) => e.fromDay <= day && day <= e.toDay);
	const holiday = nationalHolidays(Number(day.slice(0, 4))).get(day);
	const weekday = weekdayOf(day);
	const weekly = schedule.hours
		.filter((h) => h.weekday === weekday)
		.map((h) => [hhmm(h.opens), hhmm(h.closes)] as [string, string])
		.sort((x, y) => x[0].localeCompare(y[0]));
	const reason = (list: HoursException[]) =>
		list
			.map((e) => e.note)
			.filter(Boolean)
			.join('; ') || undefined;
	if (exceptions.some((e) => !e.opens)) return { intervals: [], reason: reason(exceptions.filter((e) => !e.opens)) };
	const applying = exceptions.filter((e) => e.fromDay === e.toDay || (!holiday && weekly.length > 0));
	if (applying.length) {
		return {
			intervals: applying
				.map((e) => [hhmm(e.opens!), hhmm(e.closes!)] as [string, string])
				.sort((x, y) => x[0].localeCompare(y[0])),
			reason: reason(applying)
		};
	}
	if (holiday) return { intervals: [], reason: holiday };
	return { intervals: weekly };
}

export interface HoursOpen {
	/** Real elapsed hours (an interval across a change of the clocks counts the hours that passed). */
	hours: number;
	/** Days on which at least one of the places opened. */
	days: number;
}

/** The instant of a Rome wall-clock time; a time the clocks skip (02:30 in late March) is when they read 03:00. */
function instantOf(day: string, time: string): number {
	const [h, m] = time.split(':').map(Number);
	for (let minutes = h * 60 + m; minutes <= h * 60 + m + 60; minutes++) {
		const at = romeToInstant(day, `${Math.floor(minutes / 60)}:${minutes % 60}`);
		if (at) return at.getTime();
	}
	throw new Error(`Ora non valida: ${day} ${time}`);
}

/**
 * The hours a place (or several: a service's places, added up) is open from `from` to `to`,
 * both included: each day's intervals from `dayPlan` (the week, the exceptions, national
 * holidays), measured as real time in Europe/Rome.
 */
export function hoursOpen(schedules: Schedule | Schedule[], from: string, to: string): HoursOpen {
	const all = Array.isArray(schedules) ? schedules : [schedules];
	let ms = 0;
	let days = 0;
	for (let day = from; day <= to; day = shiftDay(day, 1)) {
		let open = false;
		for (const schedule of all)
			for (const [opens, closes] of dayPlan(schedule, day).intervals) {
				const length = instantOf(day, closes) - instantOf(day, opens);
				if (length <= 0) continue;
				ms += length;
				open = true;
			}
		if (open) days++;
	}
	return { hours: ms / 3_600_000, days };
}

export interface OpenState {
	open: boolean;
	/** While open: the time it closes today. */
	closesAt?: string;
	/** While closed: the next opening within two months (summer closures last weeks). */
	next?: { day: string; time: string } | null;
	/** Why today differs from the usual week, if it does. */
	reason?: string;
}

/** Whether a place is open at `now`, and what changes next. */
export function openState(schedule: Schedule, now = new Date()): OpenState {
	const { date, time } = romeParts(now);
	const today = dayPlan(schedule, date);
	const current = today.intervals.find(([o, c]) => o <= time && time < c);
	if (current) return { open: true, closesAt: current[1], reason: today.reason };
	const later = today.intervals.find(([o]) => o > time);
	if (later) return { open: false, next: { day: date, time: later[0] }, reason: today.reason };
	for (let i = 1; i <= 62; i++) {
		const day = shiftDay(date, i);
		const first = dayPlan(schedule, day).intervals[0];
		if (first) return { open: false, next: { day, time: first[0] }, reason: today.reason };
	}
	return { open: false, next: null, reason: today.reason };
}

/**
 * Whether a place is open at a Rome day and time (what `openState` says, without looking
 * ahead), and the next time that day at which it opens or closes.
 */
export function openAt(schedule: Schedule, date: string, time: string): { open: boolean; next: string | null } {
	const { intervals } = dayPlan(schedule, date);
	return {
		open: intervals.some(([o, c]) => o <= time && time < c),
		next:
			intervals
				.flat()
				.filter((t) => t > time)
				.sort()[0] ?? null
	};
}

/** The next instant today at which the open state may change (for caching pages that show it). */
export function nextChangeToday(schedules: Schedule[], now = new Date()): Date | null {
	const { date, time } = romeParts(now);
	const boundaries = schedules
		.flatMap((s) => dayPlan(s, date).intervals.flat())
		.filter((t) => t > time)
		.sort();
	return boundaries.length ? romeToInstant(date, boundaries[0]) : null;
}

/** The week as shown on a page: for each weekday, its intervals. */
export function weekTable(schedule: Schedule): { weekday: number; intervals: [string, string][] }[] {
	return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
		weekday,
		intervals: schedule.hours
			.filter((h) => h.weekday === weekday)
			.map((h) => [hhmm(h.opens), hhmm(h.closes)] as [string, string])
			.sort((x, y) => x[0].localeCompare(y[0]))
	}));
}

/** Exceptions from today on, for the page's "closures and other hours" list. */
export function upcomingExceptions(schedule: Schedule, now = new Date()): HoursException[] {
	const { date } = romeParts(now);
	return schedule.exceptions.filter((e) => e.toDay >= date).sort((a, b) => a.fromDay.localeCompare(b.fromDay));
}
