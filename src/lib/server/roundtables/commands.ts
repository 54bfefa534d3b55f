// Writes of roundtables and sub-districts, their meetings, and who attended: attendance is
// recorded per organisation, so that participation indicators are computed, not typed in.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { command, type Actor, type Context } from '../kernel';
import { ValidationError } from '../errors';
import { areas, phases, refreshComputed } from '../planning';
import { organisations } from '../organisations';
import { assertCanManageMeetingsOf } from './access';
import { expectedAt } from './queries';
import {
	attendance,
	meetings,
	roundtableAreas,
	roundtableMembers,
	roundtables,
	subDistrictMunicipalities,
	subDistricts
} from './schema';
import {
	attendanceInput,
	delegateNames,
	leaveInput,
	meetingInput,
	memberInput,
	roundtableInput,
	subDistrictInput
} from './input';
import { romeToInstant } from '$lib/time';

/** The computed indicators of a roundtable's attendance are brought up to date once, at the end of the command. */
export function refreshAttendanceIndicators(c: Context, roundtableId: number) {
	c.atEnd(`attendance:${roundtableId}`, () => refreshComputed(c, (i) => i.sourceConfig.roundtableId === roundtableId));
}

// ---- roundtables ---------------------------------------------------------------------

const AREA_UNKNOWN = { field: 'areaIds', message: 'Area non trovata in questo ambito.' };

async function setAreas(c: Context, roundtableId: number, ids: number[]) {
	await c.tx.delete(roundtableAreas).where(eq(roundtableAreas.roundtableId, roundtableId));
	if (ids.length) await c.tx.insert(roundtableAreas).values(ids.map((areaId) => ({ roundtableId, areaId })));
}

export function createRoundtable(actor: Actor, input: unknown) {
	return command(actor, { can: 'roundtables.manage', input: roundtableInput, raw: input }, async (c, data) => {
		await c.owned(areas, data.areaIds, AREA_UNKNOWN);
		const values = { name: data.name, description: data.description, coordinatorId: data.coordinatorId || null };
		const row = await c.create(roundtables, values, {
			log: (change) => ({ ...change, after: { ...(change.after as object), areaIds: data.areaIds } })
		});
		await setAreas(c, row.id, data.areaIds);
		return row;
	});
}

export function updateRoundtable(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'roundtables.manage', input: roundtableInput, raw: input, versioned: true },
		async (c, data) => {
			await c.owned(areas, data.areaIds, AREA_UNKNOWN);
			const values = { name: data.name, description: data.description, coordinatorId: data.coordinatorId || null };
			const after = await c.update(roundtables, id, values, {
				log: (change) => ({ ...change, after: { ...(change.after as object), areaIds: data.areaIds } })
			});
			await setAreas(c, id, data.areaIds);
			return after;
		}
	);
}

export function addMember(actor: Actor, roundtableId: number, input: unknown) {
	return command(actor, { can: 'roundtables.manage', input: memberInput, raw: input }, async (c, data) => {
		await c.find(roundtables, roundtableId);
		await c.owned(organisations, [data.organisationId], {
			field: 'organisationId',
			message: 'Ente non trovato in questo ambito.'
		});
		const active = sql`${roundtableMembers.leftOn} is null`;
		await c.unique(
			roundtableMembers,
			{ roundtableId, organisationId: data.organisationId },
			{ field: 'organisationId', message: 'Questo ente fa già parte del tavolo.', where: active }
		);
		return c.create(roundtableMembers, { ...data, roundtableId });
	});
}

export function recordLeave(actor: Actor, memberId: number, input: unknown) {
	return command(
		actor,
		{ can: 'roundtables.manage', input: leaveInput, raw: input, versioned: true },
		async (c, data) => {
			const member = await c.find(roundtableMembers, memberId);
			if (data.leftOn < member.joinedOn)
				throw new ValidationError({ leftOn: 'La data di uscita non può precedere l’adesione.' });
			const after = await c.update(roundtableMembers, memberId, { leftOn: data.leftOn });
			refreshAttendanceIndicators(c, member.roundtableId);
			return after;
		}
	);
}

// ---- sub-districts -------------------------------------------------------------------

export function createSubDistrict(actor: Actor, input: unknown) {
	return command(actor, { can: 'roundtables.manage', input: subDistrictInput, raw: input }, async (c, data) => {
		if (data.municipalityIds.length) {
			const found = await c.tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(
					and(
						eq(organisations.districtId, c.districtId),
						eq(organisations.type, 'municipality'),
						inArray(organisations.id, data.municipalityIds)
					)
				);
			if (found.length !== data.municipalityIds.length)
				throw new ValidationError({ municipalityIds: 'Scegliere Comuni di questo ambito.' });
		}
		const row = await c.create(
			subDistricts,
			{ name: data.name },
			{
				log: (change) => ({ ...change, after: { ...(change.after as object), municipalityIds: data.municipalityIds } })
			}
		);
		if (data.municipalityIds.length)
			await c.tx
				.insert(subDistrictMunicipalities)
				.values(data.municipalityIds.map((organisationId) => ({ subDistrictId: row.id, organisationId })));
		return row;
	});
}

// ---- meetings ------------------------------------------------------------------------

function meetingValues(data: z.output<typeof meetingInput>) {
	const startsAt = romeToInstant(data.date, data.startTime);
	const endsAt = romeToInstant(data.date, data.endTime);
	if (!startsAt)
		throw new ValidationError({ startTime: 'Quest’ora non esiste in quel giorno (cambio dell’ora legale).' });
	if (!endsAt) throw new ValidationError({ endTime: 'Quest’ora non esiste in quel giorno (cambio dell’ora legale).' });
	if (endsAt <= startsAt) throw new ValidationError({ endTime: 'L’incontro deve finire dopo l’inizio.' });
	const { date: _d, startTime: _s, endTime: _e, ...rest } = data;
	return { ...rest, startsAt, endsAt };
}

const PHASE_UNKNOWN = { field: 'phaseId', message: 'Fase non trovata in questo ambito.' };

export function createMeeting(
	actor: Actor,
	owner: { roundtableId: number } | { subDistrictId: number },
	input: unknown
) {
	return command(actor, { input: meetingInput, raw: input }, async (c, data) => {
		const roundtableId = 'roundtableId' in owner ? owner.roundtableId : null;
		const subDistrictId = 'subDistrictId' in owner ? owner.subDistrictId : null;
		if (roundtableId) await c.find(roundtables, roundtableId);
		if (subDistrictId) await c.find(subDistricts, subDistrictId);
		await assertCanManageMeetingsOf(c.tx, actor, { roundtableId });
		if (data.phaseId !== null) await c.owned(phases, [data.phaseId], PHASE_UNKNOWN);
		const row = await c.create(meetings, { ...meetingValues(data), roundtableId, subDistrictId });
		if (roundtableId) refreshAttendanceIndicators(c, roundtableId);
		return row;
	});
}

export function updateMeeting(actor: Actor, id: number, input: unknown) {
	return command(actor, { input: meetingInput, raw: input, versioned: true }, async (c, data) => {
		const current = await c.find(meetings, id);
		await assertCanManageMeetingsOf(c.tx, actor, current);
		if (data.phaseId !== null) await c.owned(phases, [data.phaseId], PHASE_UNKNOWN);
		const after = await c.update(meetings, id, meetingValues(data));
		if (current.roundtableId) refreshAttendanceIndicators(c, current.roundtableId);
		return after;
	});
}

// ---- attendance ----------------------------------------------------------------------

/**
 * The coordinator's register: `present` is the full set of organisations present. Others
 * are removed; organisations not expected at the meeting (not members that day) are refused.
 */
export function recordAttendance(actor: Actor, meetingId: number, input: unknown) {
	const names = delegateNames(input);
	return command(actor, { input: attendanceInput, raw: input }, async (c, { present }) => {
		const meeting = await c.find(meetings, meetingId);
		await assertCanManageMeetingsOf(c.tx, actor, meeting);
		const expected = new Set((await expectedAt(c.tx, meeting)).map((o) => o.id));
		const stranger = present.find((id) => !expected.has(id));
		if (stranger !== undefined)
			throw new ValidationError({
				present: 'Uno degli enti indicati non faceva parte del tavolo il giorno dell’incontro.'
			});
		const before = await c.tx.select().from(attendance).where(eq(attendance.meetingId, meetingId));
		const keep = new Set(present);
		const gone = before.filter((a) => !keep.has(a.organisationId)).map((a) => a.id);
		if (gone.length) await c.tx.delete(attendance).where(inArray(attendance.id, gone));
		const added = present.filter((id) => !before.some((a) => a.organisationId === id));
		if (added.length)
			await c.tx.insert(attendance).values(
				added.map((organisationId) => ({
					meetingId,
					organisationId,
					delegateName: names.get(organisationId) ?? '',
					method: 'register' as const,
					districtId: c.districtId
				}))
			);
		for (const a of before.filter(
			(a) => keep.has(a.organisationId) && names.has(a.organisationId) && names.get(a.organisationId) !== a.delegateName
		)) {
			await c.tx
				.update(attendance)
				.set({ delegateName: names.get(a.organisationId)! })
				.where(eq(attendance.id, a.id));
		}
		await c.audit(attendance, {
			action: 'update',
			id: meetingId,
			before: before.map((a) => a.organisationId),
			after: present
		});
		if (meeting.roundtableId) refreshAttendanceIndicators(c, meeting.roundtableId);
		return { present: present.length, expected: expected.size };
	});
}
