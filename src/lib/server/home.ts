// What a person sees first in a district, by their role (reads only, across modules). A
// roundtable coordinator: their roundtables, each one's next meeting, the walls open now and
// the indicators whose figures are theirs to record. A delegate: the meetings and the open
// walls of the roundtables their organisation belongs to. The office and viewers keep the
// plan list (the page's own).
import { and, asc, eq, gte, inArray, isNull, lte, ne, notExists, or, sql } from 'drizzle-orm';
import { db } from './db';
import type { Actor } from './kernel';
import { todayInRome } from '$lib/format';
import { meetings, roundtableAreas, roundtableMembers, roundtables } from './roundtables';
import { walls } from './wall';
import { delegates, organisations } from './organisations';
import { indicatorPeriods, indicators, objectives, periodClosures, plans } from './planning';

export interface HomeMeeting {
	id: number;
	title: string;
	startsAt: Date;
	place: string;
	roundtable: string | null;
}

export interface HomeWall {
	id: number;
	title: string;
	postingOpen: boolean;
	votingOpen: boolean;
}

export interface HomeIndicator {
	id: number;
	code: string;
	name: string;
	plan: string;
	/** Periods ended whose actual is still missing. */
	periods: string[];
}

export type Home =
	| {
			kind: 'coordinator';
			roundtables: { id: number; name: string; next: HomeMeeting | null }[];
			walls: HomeWall[];
			indicators: HomeIndicator[];
	  }
	| {
			kind: 'delegate';
			organisations: { id: number; name: string }[];
			meetings: HomeMeeting[];
			walls: HomeWall[];
	  };

const meetingColumns = {
	id: meetings.id,
	title: meetings.title,
	startsAt: meetings.startsAt,
	place: meetings.place,
	roundtable: roundtables.name,
	roundtableId: meetings.roundtableId
};

/** The meetings to come of these roundtables (not cancelled), soonest first. */
function upcoming(actor: Actor, roundtableIds: number[], now: Date, limit: number) {
	if (!roundtableIds.length) return Promise.resolve([]);
	return db()
		.select(meetingColumns)
		.from(meetings)
		.innerJoin(roundtables, eq(roundtables.id, meetings.roundtableId))
		.where(
			and(
				eq(meetings.districtId, actor.districtId),
				inArray(meetings.roundtableId, roundtableIds),
				gte(meetings.endsAt, now),
				ne(meetings.status, 'cancelled')
			)
		)
		.orderBy(asc(meetings.startsAt))
		.limit(limit);
}

/** Walls of these roundtables where posting or voting is open. */
function openWalls(actor: Actor, roundtableIds: number[]): Promise<HomeWall[]> {
	if (!roundtableIds.length) return Promise.resolve([]);
	return db()
		.select({ id: walls.id, title: walls.title, postingOpen: walls.postingOpen, votingOpen: walls.votingOpen })
		.from(walls)
		.where(
			and(
				eq(walls.districtId, actor.districtId),
				inArray(walls.roundtableId, roundtableIds),
				or(eq(walls.postingOpen, true), eq(walls.votingOpen, true))
			)
		)
		.orderBy(asc(walls.id));
}

/**
 * Indicators of plans being carried out whose figure is still missing for a period already
 * ended (and not closed by the office): those the person or their roundtables answer for,
 * and those of the roundtables' areas. Computed indicators are the platform's own.
 */
async function indicatorsToUpdate(actor: Actor, roundtableIds: number[], today: string): Promise<HomeIndicator[]> {
	const owned = [
		and(eq(indicators.ownerKind, 'account'), eq(indicators.ownerId, actor.userId)),
		...(roundtableIds.length
			? [
					and(eq(indicators.ownerKind, 'roundtable'), inArray(indicators.ownerId, roundtableIds.map(String))),
					and(
						isNull(indicators.ownerKind),
						inArray(
							objectives.areaId,
							db()
								.select({ id: roundtableAreas.areaId })
								.from(roundtableAreas)
								.where(inArray(roundtableAreas.roundtableId, roundtableIds))
						)
					)
				]
			: [])
	];
	const rows = await db()
		.select({
			id: indicators.id,
			code: indicators.code,
			name: indicators.name,
			plan: plans.title,
			label: indicatorPeriods.label
		})
		.from(indicatorPeriods)
		.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
		.innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
		.innerJoin(plans, eq(plans.id, indicators.planId))
		.where(
			and(
				eq(indicators.districtId, actor.districtId),
				inArray(plans.status, ['approved', 'running']),
				eq(indicators.source, 'manual'),
				lte(indicatorPeriods.endsOn, today),
				isNull(indicatorPeriods.actualNumber),
				isNull(indicatorPeriods.actualText),
				or(...owned),
				notExists(
					db()
						.select({ one: sql`1` })
						.from(periodClosures)
						.where(and(eq(periodClosures.planId, indicators.planId), eq(periodClosures.label, indicatorPeriods.label)))
				)
			)
		)
		.orderBy(asc(plans.startYear), asc(indicators.code), asc(indicatorPeriods.startsOn))
		.limit(200);
	const byId = new Map<number, HomeIndicator>();
	for (const r of rows) {
		const entry = byId.get(r.id) ?? { id: r.id, code: r.code, name: r.name, plan: r.plan, periods: [] };
		entry.periods.push(r.label);
		byId.set(r.id, entry);
	}
	return [...byId.values()];
}

const meetingView = (m: HomeMeeting & { roundtableId: number | null }): HomeMeeting => ({
	id: m.id,
	title: m.title,
	startsAt: m.startsAt,
	place: m.place,
	roundtable: m.roundtable
});

/** The home of `actor`, or null for a role that keeps the plan list (admin, viewer). */
export async function homeOf(actor: Actor, now = new Date()): Promise<Home | null> {
	if (actor.role === 'coordinator') {
		const mine = await db()
			.select({ id: roundtables.id, name: roundtables.name })
			.from(roundtables)
			.where(and(eq(roundtables.districtId, actor.districtId), eq(roundtables.coordinatorId, actor.userId)))
			.orderBy(asc(roundtables.name));
		const ids = mine.map((r) => r.id);
		const [next, open, toUpdate] = await Promise.all([
			upcoming(actor, ids, now, 100),
			openWalls(actor, ids),
			indicatorsToUpdate(actor, ids, todayInRome(now))
		]);
		return {
			kind: 'coordinator',
			roundtables: mine.map((r) => {
				const m = next.find((x) => x.roundtableId === r.id);
				return { ...r, next: m ? meetingView(m) : null };
			}),
			walls: open,
			indicators: toUpdate
		};
	}
	if (actor.role === 'delegate') {
		const orgs = await db()
			.selectDistinct({ id: organisations.id, name: organisations.name })
			.from(delegates)
			.innerJoin(organisations, eq(organisations.id, delegates.organisationId))
			.where(and(eq(delegates.districtId, actor.districtId), eq(delegates.userId, actor.userId)))
			.orderBy(asc(organisations.name));
		const today = todayInRome(now);
		const tables = orgs.length
			? await db()
					.selectDistinct({ id: roundtableMembers.roundtableId })
					.from(roundtableMembers)
					.where(
						and(
							eq(roundtableMembers.districtId, actor.districtId),
							inArray(
								roundtableMembers.organisationId,
								orgs.map((o) => o.id)
							),
							lte(roundtableMembers.joinedOn, today),
							or(isNull(roundtableMembers.leftOn), gte(roundtableMembers.leftOn, today))
						)
					)
			: [];
		const ids = tables.map((t) => t.id);
		const [next, open] = await Promise.all([upcoming(actor, ids, now, 10), openWalls(actor, ids)]);
		return { kind: 'delegate', organisations: orgs, meetings: next.map(meetingView), walls: open };
	}
	return null;
}
