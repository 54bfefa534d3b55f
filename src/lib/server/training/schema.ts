// The district's training plan: courses (with the project that funds them), their sessions,
// the operators who attend them and the attendance of each session. Staff data only: nothing
// here is ever public but the counts the indicators compute from it.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { districtId, versioned } from '../db/columns';
import { registerTable } from '../kernel/registry';
import { organisations } from '../organisations/schema';
import { projects } from '../projects/schema';

export const trainingCourses = pgTable(
	'training_course',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		title: text().notNull(),
		provider: text().notNull().default(''),
		projectId: integer().references(() => projects.id, { onDelete: 'set null' }),
		/** The hours the course plans; the sessions say how many were delivered. */
		plannedHours: numeric({ precision: 6, scale: 1 }),
		/** Attendance (hours) that completes the course and earns the certificate; none: any session. */
		minHours: numeric({ precision: 6, scale: 1 }),
		/** Roles the course is for (assistenti sociali, educatori...), one per line in the form. */
		targetRoles: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		description: text().notNull().default(''),
		/** Open to the whole territory, not only the district's own staff. */
		openToTerritory: boolean().notNull().default(false),
		exampleData: boolean().notNull().default(false),
		...versioned()
	},
	(t) => [index().on(t.districtId, t.title)]
);
registerTable(trainingCourses, {
	entity: 'training_course',
	label: 'Corso di formazione',
	title: (r) => r.title,
	fields: {
		title: 'Titolo',
		provider: 'Ente formatore',
		projectId: 'Progetto che lo finanzia',
		plannedHours: 'Ore previste',
		minHours: 'Ore minime per l’attestato',
		targetRoles: 'Ruoli destinatari',
		description: 'Descrizione',
		openToTerritory: 'Aperto a tutto il territorio',
		exampleData: 'Dati di esempio'
	}
});

export const trainingSessions = pgTable(
	'training_session',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		courseId: integer()
			.notNull()
			.references(() => trainingCourses.id, { onDelete: 'cascade' }),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
		place: text().notNull().default(''),
		/** The self check-in of meetings, for people: the link (QR code) and the short code shown in the room. */
		checkinToken: text()
			.notNull()
			.unique()
			.default(sql`replace(gen_random_uuid()::text, '-', '')`),
		checkinCode: text()
			.notNull()
			.default(sql`lpad(floor(random() * 1000000)::int::text, 6, '0')`),
		...versioned()
	},
	(t) => [
		index().on(t.courseId, t.startsAt),
		index().on(t.districtId, t.startsAt),
		check('training_session_times', sql`${t.endsAt} > ${t.startsAt}`)
	]
);
registerTable(trainingSessions, {
	entity: 'training_session',
	label: 'Sessione di formazione',
	title: (r) => (r.startsAt instanceof Date ? r.startsAt.toISOString().slice(0, 10) : String(r.startsAt ?? '')),
	fields: { startsAt: 'Inizio', endsAt: 'Fine', place: 'Luogo' }
});

/** An operator who takes part in the district's training: the same person across sessions and courses. */
export const trainees = pgTable(
	'trainee',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		name: text().notNull(),
		organisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
		role: text().notNull().default(''),
		...versioned()
	},
	(t) => [uniqueIndex('trainee_person').on(t.districtId, sql`lower(${t.name})`, sql`coalesce(${t.organisationId}, 0)`)]
);
registerTable(trainees, {
	entity: 'trainee',
	label: 'Partecipante alla formazione',
	title: (r) => r.name,
	fields: { name: 'Nome e cognome', organisationId: 'Ente', role: 'Ruolo' }
});

export const TRAINING_ATTENDANCE_METHODS = ['register', 'self_checkin'] as const;
export type TrainingAttendanceMethod = (typeof TRAINING_ATTENDANCE_METHODS)[number];

/** Who attended a session; the hours count from the session's start and end. */
export const trainingAttendance = pgTable(
	'training_attendance',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		sessionId: integer()
			.notNull()
			.references(() => trainingSessions.id, { onDelete: 'cascade' }),
		traineeId: integer()
			.notNull()
			.references(() => trainees.id, { onDelete: 'cascade' }),
		method: text().$type<TrainingAttendanceMethod>().notNull(),
		recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex().on(t.sessionId, t.traineeId), index().on(t.traineeId)]
);
registerTable(trainingAttendance, {
	entity: 'training_attendance',
	label: 'Presenze alla formazione',
	fields: { traineeId: 'Partecipante', method: 'Modalità di registrazione' }
});
