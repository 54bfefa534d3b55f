// Meetings as calendar events (the event of an invitation, subscribable feeds), and the
// district's calendar of meetings, training sessions and plan phases, by month.
import { and, asc, eq, gte, lt, lte } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { romeParts } from '$lib/time';
import { phases, plans } from '../planning';
import { meetings, roundtables, subDistricts } from './schema';
import { calendar, type CalendarEvent } from './ics';

export function event(m: typeof meetings.$inferSelect, host: string, withLink: boolean): CalendarEvent {
	const agenda = m.agenda ? `Ordine del giorno:\n${m.agenda}` : '';
	return {
		uid: `meeting-${m.id}@${host}`,
		title: m.title,
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		updatedAt: m.updatedAt,
		location: [m.place, withLink && m.link ? m.link : ''].filter(Boolean).join(' - ') || undefined,
		description:
			[agenda, withLink && m.link ? `Collegamento: ${m.link}` : ''].filter(Boolean).join('\n\n') || undefined,
		cancelled: m.status === 'cancelled'
	};
}

/** The public feed of a district's meetings, or of one of its roundtables. Online links stay private. */
export async function meetingsFeed(district: { id: number; name: string }, host: string, roundtableId?: number) {
	let name = `Incontri - ${district.name}`;
	if (roundtableId)
		name = `${(await findOwned(db(), roundtables, district.id, roundtableId, 'Tavolo')).name} - ${district.name}`;
	const rows = await db()
		.select()
		.from(meetings)
		.where(
			and(eq(meetings.districtId, district.id), roundtableId ? eq(meetings.roundtableId, roundtableId) : undefined)
		)
		.orderBy(asc(meetings.startsAt));
	return calendar(
		name,
		rows.map((m) => event(m, host, false)),
		'PUBLISH'
	);
}

// ---- the district's calendar (month and list) ----------------------------------------

export type AgendaKind = 'meeting' | 'training' | 'phase_start' | 'phase_end';

export interface AgendaItem {
	kind: AgendaKind;
	/** The Rome day, YYYY-MM-DD. */
	day: string;
	/** "09:30–12:00", or null for a day (a phase's start or end). */
	time: string | null;
	title: string;
	/** Who or what it belongs to: the roundtable, the course, the plan. */
	context: string;
	place: string;
	cancelled: boolean;
	/** Where it is managed, inside /gestione/<district>. */
	path: string;
}

export interface AgendaPhase {
	id: number;
	name: string;
	plan: string;
	startsOn: string;
	endsOn: string;
	path: string;
}

/**
 * Other modules' events in the calendar (training sessions): given the instants a month spans
 * (a day either side), the items they show to `actor` (none to who may not read them).
 */
export type CalendarSource = (actor: Actor, from: Date, to: Date) => Promise<AgendaItem[]>;
const sources = new Set<CalendarSource>();
export function registerCalendarSource(source: CalendarSource) {
	sources.add(source);
}

/** A month as YYYY-MM: its first day and the first day of the next, and the months around it. */
export function monthBounds(month: string) {
	const [y, m] = month.split('-').map(Number);
	const pad = (n: number) => String(n).padStart(2, '0');
	const first = `${y}-${pad(m)}-01`;
	const next = m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
	const previous = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return { first, last: `${y}-${pad(m)}-${pad(days)}`, days, next, previous };
}

/**
 * What happens in the district in a month (YYYY-MM), by Rome day: meetings of roundtables and
 * sub-districts, the registered sources' events (training sessions, for who may read training),
 * and the start and end of the plans' phases, with the phases under way that month.
 */
export async function districtCalendar(actor: Actor, month: string) {
	assertCan(actor, 'planning.read');
	const { first, last } = monthBounds(month);
	// Instants a day either side, then kept by their Rome day.
	const from = new Date(`${first}T00:00:00Z`);
	from.setUTCDate(from.getUTCDate() - 1);
	const to = new Date(`${last}T00:00:00Z`);
	to.setUTCDate(to.getUTCDate() + 2);
	const inMonth = (day: string) => day >= first && day <= last;
	const span = (a: Date, b: Date) => `${romeParts(a).time}–${romeParts(b).time}`;

	const [meetingRows, sourced, phaseRows] = await Promise.all([
		db()
			.select({
				id: meetings.id,
				title: meetings.title,
				startsAt: meetings.startsAt,
				endsAt: meetings.endsAt,
				place: meetings.place,
				status: meetings.status,
				roundtable: roundtables.name,
				subDistrict: subDistricts.name
			})
			.from(meetings)
			.leftJoin(roundtables, eq(roundtables.id, meetings.roundtableId))
			.leftJoin(subDistricts, eq(subDistricts.id, meetings.subDistrictId))
			.where(and(eq(meetings.districtId, actor.districtId), gte(meetings.startsAt, from), lt(meetings.startsAt, to)))
			.orderBy(asc(meetings.startsAt)),
		Promise.all([...sources].map((source) => source(actor, from, to))).then((lists) => lists.flat()),
		db()
			.select({
				id: phases.id,
				name: phases.name,
				startsOn: phases.startsOn,
				endsOn: phases.endsOn,
				plan: plans.title,
				planSlug: plans.slug
			})
			.from(phases)
			.innerJoin(plans, eq(plans.id, phases.planId))
			.where(and(eq(phases.districtId, actor.districtId), lte(phases.startsOn, last), gte(phases.endsOn, first)))
			.orderBy(asc(phases.startsOn), asc(phases.position))
	]);

	const items: AgendaItem[] = [
		...meetingRows.map((m) => ({
			kind: 'meeting' as const,
			day: romeParts(m.startsAt).date,
			time: span(m.startsAt, m.endsAt),
			title: m.title,
			context: m.roundtable ?? m.subDistrict ?? '',
			place: m.place,
			cancelled: m.status === 'cancelled',
			path: `/incontri/${m.id}`
		})),
		...sourced,
		...phaseRows.flatMap((p) =>
			(['phase_start', 'phase_end'] as const).map((kind) => ({
				kind,
				day: kind === 'phase_start' ? p.startsOn : p.endsOn,
				time: null,
				title: p.name,
				context: p.plan,
				place: '',
				cancelled: false,
				path: `/piani/${p.planSlug}/fasi`
			}))
		)
	]
		.filter((i) => inMonth(i.day))
		.sort((a, b) => a.day.localeCompare(b.day) || (a.time ?? '').localeCompare(b.time ?? ''));

	const under: AgendaPhase[] = phaseRows.map((p) => ({
		id: p.id,
		name: p.name,
		plan: p.plan,
		startsOn: p.startsOn,
		endsOn: p.endsOn,
		path: `/piani/${p.planSlug}/fasi`
	}));
	return { month, items, phases: under };
}
