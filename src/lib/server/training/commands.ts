// Writes of the training plan: courses, sessions, the people who attend and the register of
// each session. Every change brings the training indicators (operators trained, courses
// held, hours delivered) up to date once, at the end of the command.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { command, type Actor, type Context } from '../kernel';
import { ValidationError } from '../errors';
import { organisations } from '../organisations';
import { refreshComputed } from '../planning';
import { projects } from '../projects';
import { romeToInstant } from '$lib/time';
import { courseInput, participantInput, personInput, registerInput, sessionInput } from './input';
import { trainees, trainingAttendance, trainingCourses, trainingSessions } from './schema';

/** The training indicators are recomputed once, at the end of the command. */
export function refreshTrainingIndicators(c: Context) {
	c.atEnd('training:indicators', () => refreshComputed(c, (i) => i.source.startsWith('training_')));
}

const PROJECT_UNKNOWN = { field: 'projectId', message: 'Progetto non trovato in questo ambito.' };
const ORGANISATION_UNKNOWN = { field: 'organisationId', message: 'Ente non trovato in questo ambito.' };

function courseValues(data: z.output<typeof courseInput>) {
	const num = (n: number | null) => (n === null ? null : String(n));
	return { ...data, plannedHours: num(data.plannedHours), minHours: num(data.minHours) };
}

export function createCourse(actor: Actor, input: unknown) {
	return command(actor, { can: 'training.manage', input: courseInput, raw: input }, async (c, data) => {
		if (data.projectId) await c.owned(projects, [data.projectId], PROJECT_UNKNOWN);
		return c.create(trainingCourses, courseValues(data));
	});
}

export function updateCourse(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'training.manage', input: courseInput, raw: input, versioned: true },
		async (c, data) => {
			await c.find(trainingCourses, id);
			if (data.projectId) await c.owned(projects, [data.projectId], PROJECT_UNKNOWN);
			const row = await c.update(trainingCourses, id, courseValues(data));
			refreshTrainingIndicators(c);
			return row;
		}
	);
}

export function deleteCourse(actor: Actor, id: number) {
	return command(actor, { can: 'training.manage' }, async (c) => {
		const row = await c.remove(trainingCourses, id);
		refreshTrainingIndicators(c);
		return row;
	});
}

// ---- sessions --------------------------------------------------------------------------

function sessionValues(data: z.output<typeof sessionInput>) {
	const startsAt = romeToInstant(data.date, data.startTime);
	const endsAt = romeToInstant(data.date, data.endTime);
	const skipped = 'Quest’ora non esiste in quel giorno (cambio dell’ora legale).';
	if (!startsAt) throw new ValidationError({ startTime: skipped });
	if (!endsAt) throw new ValidationError({ endTime: skipped });
	if (endsAt <= startsAt) throw new ValidationError({ endTime: 'La sessione deve finire dopo l’inizio.' });
	return { startsAt, endsAt, place: data.place };
}

export function addSession(actor: Actor, courseId: number, input: unknown) {
	return command(actor, { can: 'training.manage', input: sessionInput, raw: input }, async (c, data) => {
		await c.find(trainingCourses, courseId);
		const row = await c.create(trainingSessions, { ...sessionValues(data), courseId });
		refreshTrainingIndicators(c);
		return row;
	});
}

export function updateSession(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'training.manage', input: sessionInput, raw: input, versioned: true },
		async (c, data) => {
			await c.find(trainingSessions, id);
			const row = await c.update(trainingSessions, id, sessionValues(data));
			refreshTrainingIndicators(c);
			return row;
		}
	);
}

export function deleteSession(actor: Actor, id: number) {
	return command(actor, { can: 'training.manage' }, async (c) => {
		const row = await c.remove(trainingSessions, id);
		refreshTrainingIndicators(c);
		return row;
	});
}

// ---- people and attendance -------------------------------------------------------------

/**
 * The person of this district with that name (any case) and organisation, or a new one. A
 * role typed for a known person updates it: people change roles.
 */
export async function findOrAddTrainee(c: Context, data: z.output<typeof personInput>) {
	if (data.organisationId) await c.owned(organisations, [data.organisationId], ORGANISATION_UNKNOWN);
	const [known] = await c.tx
		.select()
		.from(trainees)
		.where(
			and(
				eq(trainees.districtId, c.districtId),
				sql`lower(${trainees.name}) = lower(${data.name})`,
				sql`coalesce(${trainees.organisationId}, 0) = ${data.organisationId ?? 0}`
			)
		);
	if (!known) return c.create(trainees, data);
	if (data.role && data.role !== known.role)
		return c.update(trainees, known.id, { role: data.role }, { version: 'any' });
	return known;
}

export function addTrainee(actor: Actor, input: unknown) {
	return command(actor, { can: 'training.manage', input: personInput, raw: input }, (c, data) =>
		findOrAddTrainee(c, data)
	);
}

export function updateTrainee(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'training.manage', input: personInput, raw: input, versioned: true },
		async (c, data) => {
			await c.find(trainees, id);
			if (data.organisationId) await c.owned(organisations, [data.organisationId], ORGANISATION_UNKNOWN);
			const row = await c.update(trainees, id, data);
			refreshTrainingIndicators(c);
			return row;
		}
	);
}

/** Inserts attendance rows that are not there yet; returns how many were new. */
async function attend(c: Context, sessionId: number, traineeIds: number[], method: 'register' | 'self_checkin') {
	if (!traineeIds.length) return 0;
	const rows = await c.tx
		.insert(trainingAttendance)
		.values(traineeIds.map((traineeId) => ({ sessionId, traineeId, method, districtId: c.districtId })))
		.onConflictDoNothing()
		.returning({ id: trainingAttendance.id });
	return rows.length;
}

/** Adds one participant to a session: a person already known (`traineeId`) or typed in (name, organisation, role). */
export function addParticipant(actor: Actor, sessionId: number, input: unknown) {
	return command(actor, { can: 'training.manage', input: participantInput, raw: input }, async (c, data) => {
		await c.find(trainingSessions, sessionId);
		let traineeId = data.traineeId;
		if (traineeId) {
			await c.owned(trainees, [traineeId], {
				field: 'traineeId',
				message: 'Partecipante non trovato in questo ambito.'
			});
		} else {
			if (!data.name)
				throw new ValidationError({ name: 'Scegliere una persona già registrata oppure scriverne nome e cognome.' });
			traineeId = (await findOrAddTrainee(c, { name: data.name, organisationId: data.organisationId, role: data.role }))
				.id;
		}
		const added = await attend(c, sessionId, [traineeId], 'register');
		if (!added) throw new ValidationError({ traineeId: 'Questa persona è già tra i presenti della sessione.' });
		await c.audit(trainingAttendance, { action: 'create', id: sessionId, after: { traineeId } });
		refreshTrainingIndicators(c);
		return { traineeId };
	});
}

/** The register of a session: exactly these people were there. */
export function recordRegister(actor: Actor, sessionId: number, input: unknown) {
	return command(actor, { can: 'training.manage', input: registerInput, raw: input }, async (c, { traineeIds }) => {
		await c.find(trainingSessions, sessionId);
		await c.owned(trainees, traineeIds, {
			field: 'traineeIds',
			message: 'Uno dei partecipanti indicati non è di questo ambito.'
		});
		const before = await c.tx
			.select({ id: trainingAttendance.id, traineeId: trainingAttendance.traineeId })
			.from(trainingAttendance)
			.where(eq(trainingAttendance.sessionId, sessionId));
		const keep = new Set(traineeIds);
		const gone = before.filter((a) => !keep.has(a.traineeId)).map((a) => a.id);
		if (gone.length) await c.tx.delete(trainingAttendance).where(inArray(trainingAttendance.id, gone));
		await attend(
			c,
			sessionId,
			traineeIds.filter((id) => !before.some((a) => a.traineeId === id)),
			'register'
		);
		await c.audit(trainingAttendance, {
			action: 'update',
			id: sessionId,
			before: before.map((a) => a.traineeId),
			after: traineeIds
		});
		refreshTrainingIndicators(c);
		return { present: traineeIds.length };
	});
}

export function removeParticipant(actor: Actor, sessionId: number, traineeId: number) {
	return command(actor, { can: 'training.manage' }, async (c) => {
		await c.find(trainingSessions, sessionId);
		const removed = await c.tx
			.delete(trainingAttendance)
			.where(and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.traineeId, traineeId)))
			.returning({ id: trainingAttendance.id });
		if (removed.length) await c.audit(trainingAttendance, { action: 'delete', id: sessionId, before: { traineeId } });
		refreshTrainingIndicators(c);
		return { removed: removed.length };
	});
}
