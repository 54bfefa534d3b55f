// Roundtables and sub-districts, their meetings, and who attended: attendance is recorded per
// organisation, so that participation indicators can be computed rather than typed in.
import { assertCan, can, type Actor } from '../kernel/access';
import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '../db';
import { findOwned, updateVersioned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { ForbiddenError, ValidationError } from '../errors';
import { optionalText, parse, versionOnly } from '../validation';
import { romeParts, romeToInstant } from '$lib/time';
import { areas, phases } from '../planning/schema';
import { organisations } from '../organisations/schema';
import { refreshComputed } from '../planning/sources';
import { attendance, meetings, roundtableAreas, roundtableMembers, roundtables, subDistrictMunicipalities, subDistricts } from './schema';
import { attendanceInput, leaveInput, meetingInput, memberInput, roundtableInput, subDistrictInput } from './input';


// ---- roundtables ---------------------------------------------------------------------

export async function listRoundtables(districtId: number) {
	return db()
		.select({
			id: roundtables.id,
			name: roundtables.name,
			description: roundtables.description,
			members: sql<number>`(select count(*)::int from roundtable_member m where m.roundtable_id = roundtable.id and m.left_on is null)`,
			meetings: sql<number>`(select count(*)::int from meeting x where x.roundtable_id = roundtable.id)`
		})
		.from(roundtables)
		.where(eq(roundtables.districtId, districtId))
		.orderBy(asc(roundtables.name));
}

export async function getRoundtable(districtId: number, id: number) {
	const roundtable = await findOwned(db(), roundtables, districtId, id, 'Tavolo');
	const [areaRows, members, meetingRows] = await Promise.all([
		db().select({ id: areas.id, code: areas.code, name: areas.name }).from(roundtableAreas).innerJoin(areas, eq(areas.id, roundtableAreas.areaId)).where(eq(roundtableAreas.roundtableId, id)).orderBy(asc(areas.code)),
		db()
			.select({ member: roundtableMembers, organisation: { id: organisations.id, name: organisations.name, type: organisations.type } })
			.from(roundtableMembers)
			.innerJoin(organisations, eq(organisations.id, roundtableMembers.organisationId))
			.where(eq(roundtableMembers.roundtableId, id))
			.orderBy(asc(organisations.name)),
		db().select().from(meetings).where(eq(meetings.roundtableId, id)).orderBy(desc(meetings.startsAt))
	]);
	return { roundtable, areas: areaRows, members, meetings: meetingRows };
}

async function checkAreas(tx: Executor, districtId: number, ids: number[]) {
	if (!ids.length) return;
	const found = await tx.select({ id: areas.id }).from(areas).where(and(eq(areas.districtId, districtId), inArray(areas.id, ids)));
	if (found.length !== ids.length) throw new ValidationError({ areaIds: 'Area non trovata in questo ambito.' });
}

async function setAreas(tx: Executor, roundtableId: number, ids: number[]) {
	await tx.delete(roundtableAreas).where(eq(roundtableAreas.roundtableId, roundtableId));
	if (ids.length) await tx.insert(roundtableAreas).values(ids.map((areaId) => ({ roundtableId, areaId })));
}

export async function createRoundtable(actor: Actor, input: unknown) {
	assertCan(actor, 'roundtables.manage');
	const data = parse(roundtableInput, input);
	return db().transaction(async (tx) => {
		await checkAreas(tx, actor.districtId, data.areaIds);
		const [row] = await tx
			.insert(roundtables)
			.values({ name: data.name, description: data.description, coordinatorId: data.coordinatorId || null, districtId: actor.districtId })
			.returning();
		await setAreas(tx, row.id, data.areaIds);
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'roundtable', entityId: row.id, after: { ...row, areaIds: data.areaIds } });
		return row;
	});
}

export async function updateRoundtable(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'roundtables.manage');
	const data = parse(roundtableInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		await checkAreas(tx, actor.districtId, data.areaIds);
		const { before, after } = await updateVersioned(tx, roundtables, actor.districtId, id, v, { name: data.name, description: data.description, coordinatorId: data.coordinatorId || null }, 'Tavolo');
		await setAreas(tx, id, data.areaIds);
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'roundtable', entityId: id, before, after: { ...after, areaIds: data.areaIds } });
		return after;
	});
}

export async function addMember(actor: Actor, roundtableId: number, input: unknown) {
	assertCan(actor, 'roundtables.manage');
	const data = parse(memberInput, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, roundtables, actor.districtId, roundtableId, 'Tavolo');
		await findOwned(tx, organisations, actor.districtId, data.organisationId, 'Ente').catch(() => {
			throw new ValidationError({ organisationId: 'Ente non trovato in questo ambito.' });
		});
		const [active] = await tx
			.select()
			.from(roundtableMembers)
			.where(and(eq(roundtableMembers.roundtableId, roundtableId), eq(roundtableMembers.organisationId, data.organisationId), sql`${roundtableMembers.leftOn} is null`));
		if (active) throw new ValidationError({ organisationId: 'Questo ente fa già parte del tavolo.' });
		const [row] = await tx.insert(roundtableMembers).values({ ...data, roundtableId, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'roundtable_member', entityId: row.id, after: row });
		return row;
	});
}

export async function recordLeave(actor: Actor, memberId: number, input: unknown) {
	assertCan(actor, 'roundtables.manage');
	const data = parse(leaveInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const member = await findOwned(tx, roundtableMembers, actor.districtId, memberId, 'Adesione');
		if (data.leftOn < member.joinedOn) throw new ValidationError({ leftOn: 'La data di uscita non può precedere l’adesione.' });
		const { before, after } = await updateVersioned(tx, roundtableMembers, actor.districtId, memberId, v, { leftOn: data.leftOn }, 'Adesione');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'roundtable_member', entityId: memberId, before, after });
		await refreshAttendanceIndicators(tx, actor, member.roundtableId);
		return after;
	});
}

// ---- sub-districts -------------------------------------------------------------------

export async function listSubDistricts(districtId: number) {
	const rows = await db().select().from(subDistricts).where(eq(subDistricts.districtId, districtId)).orderBy(asc(subDistricts.name));
	const links = rows.length
		? await db()
				.select({ subDistrictId: subDistrictMunicipalities.subDistrictId, name: organisations.name })
				.from(subDistrictMunicipalities)
				.innerJoin(organisations, eq(organisations.id, subDistrictMunicipalities.organisationId))
				.where(inArray(subDistrictMunicipalities.subDistrictId, rows.map((r) => r.id)))
				.orderBy(asc(organisations.name))
		: [];
	return rows.map((r) => ({ ...r, municipalities: links.filter((l) => l.subDistrictId === r.id).map((l) => l.name) }));
}

/** A sub-district with its municipalities and meetings (latest first). */
export async function getSubDistrict(districtId: number, id: number) {
	const subDistrict = await findOwned(db(), subDistricts, districtId, id, 'Microambito');
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

export async function createSubDistrict(actor: Actor, input: unknown) {
	assertCan(actor, 'roundtables.manage');
	const data = parse(subDistrictInput, input);
	return db().transaction(async (tx) => {
		if (data.municipalityIds.length) {
			const found = await tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(and(eq(organisations.districtId, actor.districtId), eq(organisations.type, 'municipality'), inArray(organisations.id, data.municipalityIds)));
			if (found.length !== data.municipalityIds.length) throw new ValidationError({ municipalityIds: 'Scegliere Comuni di questo ambito.' });
		}
		const [row] = await tx.insert(subDistricts).values({ name: data.name, districtId: actor.districtId }).returning();
		if (data.municipalityIds.length) await tx.insert(subDistrictMunicipalities).values(data.municipalityIds.map((organisationId) => ({ subDistrictId: row.id, organisationId })));
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'sub_district', entityId: row.id, after: { ...row, municipalityIds: data.municipalityIds } });
		return row;
	});
}

// ---- meetings ------------------------------------------------------------------------

/** Admins manage every meeting; a coordinator those of the roundtables they coordinate. */
export function canManageMeetingsOf(actor: Actor, roundtable: { coordinatorId: string | null } | null): boolean {
	if (can(actor, 'roundtables.manage')) return true;
	return !!roundtable && can(actor, 'meetings.manage') && roundtable.coordinatorId === actor.userId;
}

export async function assertCanManageMeetingsOf(tx: Executor, actor: Actor, owner: { roundtableId: number | null }) {
	const roundtable = owner.roundtableId ? await findOwned(tx, roundtables, actor.districtId, owner.roundtableId, 'Tavolo') : null;
	if (!canManageMeetingsOf(actor, roundtable)) throw new ForbiddenError('Solo il referente del tavolo o l’Ufficio di Piano gestiscono i suoi incontri.');
}

function meetingValues(data: z.output<typeof meetingInput>) {
	const startsAt = romeToInstant(data.date, data.startTime);
	const endsAt = romeToInstant(data.date, data.endTime);
	if (!startsAt) throw new ValidationError({ startTime: 'Quest’ora non esiste in quel giorno (cambio dell’ora legale).' });
	if (!endsAt) throw new ValidationError({ endTime: 'Quest’ora non esiste in quel giorno (cambio dell’ora legale).' });
	if (endsAt <= startsAt) throw new ValidationError({ endTime: 'L’incontro deve finire dopo l’inizio.' });
	const { date: _d, startTime: _s, endTime: _e, ...rest } = data;
	return { ...rest, startsAt, endsAt };
}

async function checkPhase(tx: Executor, districtId: number, phaseId: number | null) {
	if (phaseId === null) return;
	const [phase] = await tx.select({ id: phases.id }).from(phases).where(and(eq(phases.id, phaseId), eq(phases.districtId, districtId)));
	if (!phase) throw new ValidationError({ phaseId: 'Fase non trovata in questo ambito.' });
}

export async function createMeeting(actor: Actor, owner: { roundtableId: number } | { subDistrictId: number }, input: unknown) {
	const data = parse(meetingInput, input);
	return db().transaction(async (tx) => {
		const roundtableId = 'roundtableId' in owner ? owner.roundtableId : null;
		const subDistrictId = 'subDistrictId' in owner ? owner.subDistrictId : null;
		if (roundtableId) await findOwned(tx, roundtables, actor.districtId, roundtableId, 'Tavolo');
		if (subDistrictId) await findOwned(tx, subDistricts, actor.districtId, subDistrictId, 'Microambito');
		await assertCanManageMeetingsOf(tx, actor, { roundtableId });
		await checkPhase(tx, actor.districtId, data.phaseId);
		const [row] = await tx.insert(meetings).values({ ...meetingValues(data), roundtableId, subDistrictId, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'meeting', entityId: row.id, after: row });
		if (roundtableId) await refreshAttendanceIndicators(tx, actor, roundtableId);
		return row;
	});
}

export async function updateMeeting(actor: Actor, id: number, input: unknown) {
	const data = parse(meetingInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const current = await findOwned(tx, meetings, actor.districtId, id, 'Incontro');
		await assertCanManageMeetingsOf(tx, actor, current);
		await checkPhase(tx, actor.districtId, data.phaseId);
		const { before, after } = await updateVersioned(tx, meetings, actor.districtId, id, v, meetingValues(data), 'Incontro');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'meeting', entityId: id, before, after });
		if (current.roundtableId) await refreshAttendanceIndicators(tx, actor, current.roundtableId);
		return after;
	});
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
			.where(and(eq(roundtableMembers.roundtableId, meeting.roundtableId), lte(roundtableMembers.joinedOn, day), sql`(${roundtableMembers.leftOn} is null or ${roundtableMembers.leftOn} >= ${day})`))
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

// ---- attendance ----------------------------------------------------------------------

/**
 * The coordinator's register: `present` is the full set of organisations present. Others
 * are removed; organisations not expected at the meeting (not members that day) are refused.
 */
export async function recordAttendance(actor: Actor, meetingId: number, input: unknown) {
	const { present } = parse(attendanceInput, input);
	const names = delegateNames(input);
	return db().transaction(async (tx) => {
		const meeting = await findOwned(tx, meetings, actor.districtId, meetingId, 'Incontro');
		await assertCanManageMeetingsOf(tx, actor, meeting);
		const expected = new Set((await expectedAt(tx, meeting)).map((o) => o.id));
		const stranger = present.find((id) => !expected.has(id));
		if (stranger !== undefined) throw new ValidationError({ present: 'Uno degli enti indicati non faceva parte del tavolo il giorno dell’incontro.' });
		const before = await tx.select().from(attendance).where(eq(attendance.meetingId, meetingId));
		const keep = new Set(present);
		const gone = before.filter((a) => !keep.has(a.organisationId)).map((a) => a.id);
		if (gone.length) await tx.delete(attendance).where(inArray(attendance.id, gone));
		const added = present.filter((id) => !before.some((a) => a.organisationId === id));
		if (added.length) await tx.insert(attendance).values(added.map((organisationId) => ({ meetingId, organisationId, delegateName: names.get(organisationId) ?? '', method: 'register' as const, districtId: actor.districtId })));
		for (const a of before.filter((a) => keep.has(a.organisationId) && names.has(a.organisationId) && names.get(a.organisationId) !== a.delegateName)) {
			await tx.update(attendance).set({ delegateName: names.get(a.organisationId)! }).where(eq(attendance.id, a.id));
		}
		await recordChange(tx, actor, actor.districtId, {
			action: 'update',
			entity: 'attendance',
			entityId: meetingId,
			before: before.map((a) => a.organisationId),
			after: present
		});
		if (meeting.roundtableId) await refreshAttendanceIndicators(tx, actor, meeting.roundtableId);
		return { present: present.length, expected: expected.size };
	});
}

export /** The optional names of the delegates present, sent as delegate_<organisation id>. */
function delegateNames(input: unknown): Map<number, string> {
	const names = new Map<number, string>();
	for (const [key, value] of Object.entries((input ?? {}) as Record<string, unknown>)) {
		const match = /^delegate_(\d{1,9})$/.exec(key);
		if (!match || typeof value !== 'string') continue;
		const name = parse(optionalText(120), value);
		names.set(Number(match[1]), name);
	}
	return names;
}

export async function refreshAttendanceIndicators(tx: Executor, actor: Actor | null, roundtableId: number, districtId = actor!.districtId) {
	await refreshComputed(tx, actor, districtId, (i) => i.sourceConfig.roundtableId === roundtableId);
}

// ---- participation figures -----------------------------------------------------------

export interface Period {
	startsOn: string;
	endsOn: string;
}

/**
 * Attendance of each organisation that was a member during the period: the meetings held
 * while it was a member (eligible) and those it attended. Cancelled meetings do not count.
 */
export async function attendanceByOrganisation(tx: Executor, districtId: number, roundtableId: number, period: Period) {
	const from = romeToInstant(period.startsOn, '00:00')!;
	const to = new Date(romeToInstant(period.endsOn, '00:00')!.getTime() + 86_400_000);
	const { rows } = await tx.execute<{ organisation_id: number; name: string; eligible: number; attended: number }>(sql`
		select o.id as organisation_id, o.name,
			count(distinct x.id)::int as eligible,
			count(distinct a.meeting_id)::int as attended
		from ${roundtableMembers} m
		join ${organisations} o on o.id = m.organisation_id
		join ${meetings} x on x.roundtable_id = m.roundtable_id
			and x.status <> 'cancelled'
			and x.starts_at >= ${from} and x.starts_at < ${to}
			and (x.starts_at at time zone 'Europe/Rome')::date >= m.joined_on
			and (m.left_on is null or (x.starts_at at time zone 'Europe/Rome')::date <= m.left_on)
		left join ${attendance} a on a.meeting_id = x.id and a.organisation_id = m.organisation_id
		where m.roundtable_id = ${roundtableId} and m.district_id = ${districtId}
		group by o.id, o.name
		order by o.name`);
	return rows.map((r) => ({ organisationId: r.organisation_id, name: r.name, eligible: r.eligible, attended: r.attended, rate: r.eligible ? r.attended / r.eligible : null }));
}

export async function meetingsHeld(tx: Executor, districtId: number, roundtableId: number, period: Period) {
	const from = romeToInstant(period.startsOn, '00:00')!;
	const to = new Date(romeToInstant(period.endsOn, '00:00')!.getTime() + 86_400_000);
	const [row] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(meetings)
		.where(and(eq(meetings.districtId, districtId), eq(meetings.roundtableId, roundtableId), sql`${meetings.status} <> 'cancelled'`, gte(meetings.startsAt, from), sql`${meetings.startsAt} < ${to}`));
	return row.n;
}

/** Share (0-100) of member organisations that attended at least `threshold`% of their meetings. */
export async function shareAttending(tx: Executor, districtId: number, roundtableId: number, period: Period, threshold: number) {
	const rows = (await attendanceByOrganisation(tx, districtId, roundtableId, period)).filter((r) => r.eligible > 0);
	const reaching = rows.filter((r) => r.attended * 100 >= threshold * r.eligible).length;
	return { members: rows.length, reaching, share: rows.length ? (reaching * 100) / rows.length : null };
}
