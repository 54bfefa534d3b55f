// Reads of roundtables, sub-districts, meetings and minutes, for the members of the district.
import { and, asc, desc, eq, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { can, type Actor, type Reader } from '../kernel';
import { romeParts } from '$lib/time';
import { areas, listPhases, listPlans, plans } from '../planning';
import { organisations } from '../organisations';
import { attendanceByOrganisation, meetingsHeld, shareAttending, type Period } from './figures';
import {
	attendance,
	meetings,
	minutes,
	minutesAttachments,
	minutesComments,
	roundtableAreas,
	roundtableMembers,
	roundtables,
	subDistrictMunicipalities,
	subDistricts
} from './schema';

export async function listRoundtables(actor: Reader) {
	return db()
		.select({
			id: roundtables.id,
			name: roundtables.name,
			description: roundtables.description,
			members: sql<number>`(select count(*)::int from roundtable_member m where m.roundtable_id = roundtable.id and m.left_on is null)`,
			meetings: sql<number>`(select count(*)::int from meeting x where x.roundtable_id = roundtable.id)`
		})
		.from(roundtables)
		.where(eq(roundtables.districtId, actor.districtId))
		.orderBy(asc(roundtables.name));
}

export async function getRoundtable(actor: Reader, id: number) {
	const roundtable = await findOwned(db(), roundtables, actor.districtId, id, 'Tavolo');
	const [areaRows, members, meetingRows] = await Promise.all([
		// Each plan has its own areas: `plan` (its slug) says which cycle's an area is.
		db()
			.select({ id: areas.id, code: areas.code, name: areas.name, plan: plans.slug })
			.from(roundtableAreas)
			.innerJoin(areas, eq(areas.id, roundtableAreas.areaId))
			.leftJoin(plans, eq(plans.id, areas.planId))
			.where(eq(roundtableAreas.roundtableId, id))
			.orderBy(sql`${plans.startYear} desc nulls last`, asc(areas.position), asc(areas.code)),
		db()
			.select({
				member: roundtableMembers,
				organisation: { id: organisations.id, name: organisations.name, type: organisations.type }
			})
			.from(roundtableMembers)
			.innerJoin(organisations, eq(organisations.id, roundtableMembers.organisationId))
			.where(eq(roundtableMembers.roundtableId, id))
			.orderBy(asc(organisations.name)),
		db().select().from(meetings).where(eq(meetings.roundtableId, id)).orderBy(desc(meetings.startsAt))
	]);
	return { roundtable, areas: areaRows, members, meetings: meetingRows };
}

export async function listSubDistricts(actor: Reader) {
	const rows = await db()
		.select()
		.from(subDistricts)
		.where(eq(subDistricts.districtId, actor.districtId))
		.orderBy(asc(subDistricts.name));
	const links = rows.length
		? await db()
				.select({ subDistrictId: subDistrictMunicipalities.subDistrictId, name: organisations.name })
				.from(subDistrictMunicipalities)
				.innerJoin(organisations, eq(organisations.id, subDistrictMunicipalities.organisationId))
				.where(
					inArray(
						subDistrictMunicipalities.subDistrictId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(organisations.name))
		: [];
	return rows.map((r) => ({ ...r, municipalities: links.filter((l) => l.subDistrictId === r.id).map((l) => l.name) }));
}

/** A sub-district with its municipalities and meetings (latest first). */
export async function getSubDistrict(actor: Reader, id: number) {
	const subDistrict = await findOwned(db(), subDistricts, actor.districtId, id, 'Microambito');
	const [municipalities, meetingRows] = await Promise.all([
		db()
			.select({ id: organisations.id, name: organisations.name })
			.from(subDistrictMunicipalities)
			.innerJoin(organisations, eq(organisations.id, subDistrictMunicipalities.organisationId))
			.where(eq(subDistrictMunicipalities.subDistrictId, id))
			.orderBy(asc(organisations.name)),
		db().select().from(meetings).where(eq(meetings.subDistrictId, id)).orderBy(desc(meetings.startsAt))
	]);
	return { subDistrict, municipalities, meetings: meetingRows };
}

/** A meeting as its form shows it: Rome date and times. */
export function meetingFormValues(m: typeof meetings.$inferSelect) {
	const start = romeParts(m.startsAt);
	return { ...m, date: start.date, startTime: start.time, endTime: romeParts(m.endsAt).time, phaseId: m.phaseId ?? '' };
}

/** The organisations expected at a meeting: members on its day, or the sub-district's municipalities. */
export async function expectedAt(tx: Executor, meeting: typeof meetings.$inferSelect) {
	const day = romeParts(meeting.startsAt).date;
	if (meeting.roundtableId) {
		return tx
			.select({ id: organisations.id, name: organisations.name })
			.from(roundtableMembers)
			.innerJoin(organisations, eq(organisations.id, roundtableMembers.organisationId))
			.where(
				and(
					eq(roundtableMembers.roundtableId, meeting.roundtableId),
					lte(roundtableMembers.joinedOn, day),
					sql`(${roundtableMembers.leftOn} is null or ${roundtableMembers.leftOn} >= ${day})`
				)
			)
			.orderBy(asc(organisations.name));
	}
	return tx
		.select({ id: organisations.id, name: organisations.name })
		.from(subDistrictMunicipalities)
		.innerJoin(organisations, eq(organisations.id, subDistrictMunicipalities.organisationId))
		.where(eq(subDistrictMunicipalities.subDistrictId, meeting.subDistrictId!))
		.orderBy(asc(organisations.name));
}

/** A meeting with who was expected and present; delegates' names only for those who may read people's data. */
export async function getMeeting(actor: Actor, id: number) {
	const districtId = actor.districtId;
	const meeting = await findOwned(db(), meetings, districtId, id, 'Incontro');
	const names = can(actor, 'people.read');
	const [expected, present, roundtable, subDistrict] = await Promise.all([
		expectedAt(db(), meeting),
		db()
			.select({ ...getTableColumns(attendance), delegateName: names ? attendance.delegateName : sql<string>`''` })
			.from(attendance)
			.where(eq(attendance.meetingId, id)),
		meeting.roundtableId ? findOwned(db(), roundtables, districtId, meeting.roundtableId, 'Tavolo') : null,
		meeting.subDistrictId ? findOwned(db(), subDistricts, districtId, meeting.subDistrictId, 'Microambito') : null
	]);
	return { meeting, expected, present, roundtable, subDistrict };
}

export async function getMinutes(actor: Reader, meetingId: number) {
	const [row] = await db()
		.select()
		.from(minutes)
		.where(and(eq(minutes.meetingId, meetingId), eq(minutes.districtId, actor.districtId)));
	if (!row) return null;
	const [comments, attachments] = await Promise.all([
		db().select().from(minutesComments).where(eq(minutesComments.minutesId, row.id)).orderBy(asc(minutesComments.id)),
		db()
			.select({
				id: minutesAttachments.id,
				filename: minutesAttachments.filename,
				size: minutesAttachments.size,
				contentType: minutesAttachments.contentType
			})
			.from(minutesAttachments)
			.where(eq(minutesAttachments.minutesId, row.id))
			.orderBy(asc(minutesAttachments.id))
	]);
	return { ...row, comments, attachments };
}

export async function getAttachment(actor: Reader, id: number) {
	return findOwned(db(), minutesAttachments, actor.districtId, id, 'Allegato');
}

/** The district's phases, for the select of a meeting's phase: "plan · phase". */
export async function districtPhases(actor: Reader) {
	const plans = await listPlans(actor);
	const phases = await Promise.all(plans.map((p) => listPhases(actor, p.id)));
	return plans.flatMap((plan, i) => phases[i].map((ph) => ({ id: ph.id, name: ph.name, plan: plan.title })));
}

/** The attendance page of a roundtable: each member's figures, the totals and the share reaching `threshold`%. */
export async function attendanceOverview(actor: Reader, roundtableId: number, period: Period, threshold: number) {
	const [rows, held, share] = await Promise.all([
		attendanceByOrganisation(db(), actor.districtId, roundtableId, period),
		meetingsHeld(db(), actor.districtId, roundtableId, period),
		shareAttending(db(), actor.districtId, roundtableId, period, threshold)
	]);
	const eligible = rows.reduce((n, r) => n + r.eligible, 0);
	const attended = rows.reduce((n, r) => n + r.attended, 0);
	return { rows, held, share, total: { eligible, attended, rate: eligible ? attended / eligible : null } };
}
