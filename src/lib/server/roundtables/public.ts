// Roundtables as the public sees them: what each is for, its member organisations (public
// bodies, never the people who attend for them), its next meetings without their online
// links or check-in codes, and the minutes once approved (never drafts, never minutes shared
// for comments). No coordinator, no attendance, no comments, no attachments.
import { and, asc, desc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import { db } from '../db';
import { areas, plans } from '../planning';
import { organisations } from '../organisations';
import { romeParts } from '$lib/time';
import { meetings, minutes, roundtableAreas, roundtableMembers, roundtables } from './schema';

/** The district's roundtables, with the ids of the plans whose areas each works on. */
export async function publicRoundtables(districtId: number) {
	const [rows, links] = await Promise.all([
		db()
			.select({ id: roundtables.id, name: roundtables.name, description: roundtables.description })
			.from(roundtables)
			.where(eq(roundtables.districtId, districtId))
			.orderBy(asc(roundtables.name)),
		db()
			.selectDistinct({ roundtableId: roundtableAreas.roundtableId, planId: areas.planId })
			.from(roundtableAreas)
			.innerJoin(areas, eq(areas.id, roundtableAreas.areaId))
			.where(eq(areas.districtId, districtId))
	]);
	return rows.map((r) => ({
		...r,
		planIds: links.filter((l) => l.roundtableId === r.id && l.planId !== null).map((l) => l.planId as number)
	}));
}

/** One roundtable's public page; null when the district has no such roundtable. */
export async function publicRoundtable(districtId: number, id: number, now = new Date()) {
	const [roundtable] = await db()
		.select({
			id: roundtables.id,
			name: roundtables.name,
			description: roundtables.description,
			updatedAt: roundtables.updatedAt
		})
		.from(roundtables)
		.where(and(eq(roundtables.districtId, districtId), eq(roundtables.id, id)));
	if (!roundtable) return null;
	const today = romeParts(now).date;
	const [areaRows, members, upcoming, approved] = await Promise.all([
		// Each plan has its own areas: `plan` says which cycle's an area is.
		db()
			.select({ id: areas.id, code: areas.code, name: areas.name, plan: plans.title, planSlug: plans.slug })
			.from(roundtableAreas)
			.innerJoin(areas, eq(areas.id, roundtableAreas.areaId))
			.leftJoin(plans, eq(plans.id, areas.planId))
			.where(eq(roundtableAreas.roundtableId, id))
			.orderBy(sql`${plans.startYear} desc nulls last`, asc(areas.position), asc(areas.code)),
		// Members today: joined, and not left before today.
		db()
			.select({
				id: organisations.id,
				name: organisations.name,
				type: organisations.type,
				joinedOn: roundtableMembers.joinedOn,
				updatedAt: roundtableMembers.updatedAt
			})
			.from(roundtableMembers)
			.innerJoin(organisations, eq(organisations.id, roundtableMembers.organisationId))
			.where(
				and(
					eq(roundtableMembers.roundtableId, id),
					lte(roundtableMembers.joinedOn, today),
					sql`(${roundtableMembers.leftOn} is null or ${roundtableMembers.leftOn} >= ${today})`
				)
			)
			.orderBy(asc(organisations.name)),
		db()
			.select({
				id: meetings.id,
				title: meetings.title,
				startsAt: meetings.startsAt,
				endsAt: meetings.endsAt,
				mode: meetings.mode,
				place: meetings.place,
				agenda: meetings.agenda,
				status: meetings.status,
				updatedAt: meetings.updatedAt
			})
			.from(meetings)
			.where(and(eq(meetings.roundtableId, id), gte(meetings.endsAt, now), ne(meetings.status, 'held')))
			.orderBy(asc(meetings.startsAt))
			.limit(20),
		db()
			.select({
				meetingId: meetings.id,
				title: meetings.title,
				startsAt: meetings.startsAt,
				body: minutes.body,
				approvedAt: minutes.approvedAt,
				updatedAt: minutes.updatedAt
			})
			.from(minutes)
			.innerJoin(meetings, eq(meetings.id, minutes.meetingId))
			.where(and(eq(meetings.roundtableId, id), eq(minutes.status, 'approved')))
			.orderBy(desc(meetings.startsAt))
	]);
	const dates = [roundtable, ...members, ...upcoming, ...approved].map((r) => r.updatedAt.getTime());
	return {
		roundtable: { id: roundtable.id, name: roundtable.name, description: roundtable.description },
		areas: areaRows,
		members: members.map(({ id, name, type }) => ({ id, name, type })),
		upcoming: upcoming.map(({ updatedAt: _, agenda, ...m }) => ({
			...m,
			agenda: agenda
				.split('\n')
				.map((a) => a.trim())
				.filter(Boolean)
		})),
		minutes: approved.map(({ updatedAt: _, ...m }) => m),
		updatedAt: new Date(Math.max(...dates))
	};
}
