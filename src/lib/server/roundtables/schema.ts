import { pgTable, text, integer, date, timestamp, index, uniqueIndex, primaryKey, check } from 'drizzle-orm/pg-core';
import { eq, sql } from 'drizzle-orm';
import { districtId, versioned, bytea } from '../db/columns';
import { registerTable } from '../kernel/registry';
import { users } from '../accounts/schema';
import { areas, phases } from '../planning/schema';
import { organisations, delegates } from '../organisations/schema';

/** A thematic roundtable (tavolo tematico): a standing group of organisations. */
export const roundtables = pgTable(
	'roundtable',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		name: text().notNull(),
		description: text().notNull().default(''),
		coordinatorId: text().references(() => users.id, { onDelete: 'set null' }),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId, t.name)]
);
registerTable(roundtables, {
	entity: 'roundtable',
	label: 'Tavolo',
	title: (r) => r.name,
	fields: { name: 'Nome', description: 'Descrizione' }
});

export const roundtableAreas = pgTable(
	'roundtable_area',
	{
		roundtableId: integer()
			.notNull()
			.references(() => roundtables.id, { onDelete: 'cascade' }),
		areaId: integer()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.roundtableId, t.areaId] })]
);

/** An organisation's membership of a roundtable, from the day it joined to the day it left. */
export const roundtableMembers = pgTable(
	'roundtable_member',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		roundtableId: integer()
			.notNull()
			.references(() => roundtables.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		joinedOn: date().notNull(),
		leftOn: date(),
		...versioned()
	},
	(t) => [
		index().on(t.roundtableId),
		index().on(t.organisationId),
		check('member_dates', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`)
	]
);
registerTable(roundtableMembers, {
	entity: 'roundtable_member',
	label: 'Adesione',
	fields: { organisationId: 'Ente', roundtableId: 'Tavolo', joinedOn: 'Aderisce dal', leftOn: 'Uscito il' }
});

/** A sub-district (microambito): a cluster of the district's municipalities. */
export const subDistricts = pgTable(
	'sub_district',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		name: text().notNull(),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId, t.name)]
);
registerTable(subDistricts, {
	entity: 'sub_district',
	label: 'Microambito',
	title: (r) => r.name,
	fields: { name: 'Nome' }
});

export const subDistrictMunicipalities = pgTable(
	'sub_district_municipality',
	{
		subDistrictId: integer()
			.notNull()
			.references(() => subDistricts.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.subDistrictId, t.organisationId] })]
);

export const MEETING_MODES = ['in_person', 'online', 'hybrid'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A meeting of a roundtable or of a sub-district. Instants in UTC, read in Europe/Rome. */
export const meetings = pgTable(
	'meeting',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		roundtableId: integer().references(() => roundtables.id, { onDelete: 'cascade' }),
		subDistrictId: integer().references(() => subDistricts.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
		mode: text().$type<MeetingMode>().notNull().default('in_person'),
		place: text().notNull().default(''),
		link: text().notNull().default(''),
		/** Agenda items, one per line. */
		agenda: text().notNull().default(''),
		phaseId: integer().references(() => phases.id, { onDelete: 'set null' }),
		status: text().$type<MeetingStatus>().notNull().default('scheduled'),
		/** Unguessable part of the self check-in link (the QR code shown in the room). */
		checkinToken: text()
			.notNull()
			.unique()
			.default(sql`replace(gen_random_uuid()::text, '-', '')`),
		/** Short code shown in the room: confirms that who checks in is there, during the meeting. */
		checkinCode: text()
			.notNull()
			.default(sql`lpad(floor(random() * 1000000)::int::text, 6, '0')`),
		...versioned()
	},
	(t) => [
		index().on(t.roundtableId, t.startsAt),
		index().on(t.subDistrictId, t.startsAt),
		check('meeting_times', sql`${t.endsAt} > ${t.startsAt}`),
		check('meeting_owner', sql`(${t.roundtableId} is null) <> (${t.subDistrictId} is null)`)
	]
);
registerTable(meetings, {
	entity: 'meeting',
	label: 'Incontro',
	title: (r) => r.title,
	// A meeting of one of a plan's phases belongs to that plan.
	context: async (tx, r) => {
		if (typeof r.phaseId !== 'number') return {};
		const [p] = await tx.select({ planId: phases.planId }).from(phases).where(eq(phases.id, r.phaseId));
		return { planId: p?.planId ?? null };
	},
	fields: {
		title: 'Titolo',
		startsAt: 'Inizio',
		endsAt: 'Fine',
		mode: 'Modalità',
		place: 'Luogo',
		link: 'Collegamento',
		agenda: 'Ordine del giorno',
		status: 'Stato',
		phaseId: 'Fase del piano',
		roundtableId: 'Tavolo',
		subDistrictId: 'Microambito'
	}
});

export const ATTENDANCE_METHODS = ['register', 'self_checkin', 'paper'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

/** An organisation present at a meeting, with the delegate who came. */
export const attendance = pgTable(
	'attendance',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		meetingId: integer()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		delegateId: integer().references(() => delegates.id, { onDelete: 'set null' }),
		delegateName: text().notNull().default(''),
		method: text().$type<AttendanceMethod>().notNull(),
		recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex().on(t.meetingId, t.organisationId), index().on(t.organisationId)]
);
/** Logged once per register or check-in, under the meeting's id. */
registerTable(attendance, {
	entity: 'attendance',
	label: 'Presenze all’incontro',
	fields: { organisationId: 'Ente', delegateName: 'Persona presente', method: 'Modalità di registrazione' }
});

export const MINUTES_STATUSES = ['draft', 'shared', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** The minutes (verbale) of a meeting: sanitised HTML; frozen once approved. */
export const minutes = pgTable('minutes', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	districtId: districtId(),
	meetingId: integer()
		.notNull()
		.unique()
		.references(() => meetings.id, { onDelete: 'cascade' }),
	body: text().notNull().default(''),
	status: text().$type<MinutesStatus>().notNull().default('draft'),
	approvedAt: timestamp({ withTimezone: true }),
	...versioned()
});
registerTable(minutes, {
	entity: 'minutes',
	label: 'Verbale',
	context: async (tx, r) => {
		if (typeof r.meetingId !== 'number') return {};
		const [m] = await tx.select({ title: meetings.title }).from(meetings).where(eq(meetings.id, r.meetingId));
		return m ? { title: `Verbale dell’incontro ${m.title}` } : {};
	},
	fields: { body: 'Testo', status: 'Stato', approvedAt: 'Approvato il' }
});

/** Members' comments on shared minutes. */
export const minutesComments = pgTable(
	'minutes_comment',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		minutesId: integer()
			.notNull()
			.references(() => minutes.id, { onDelete: 'cascade' }),
		authorName: text().notNull(),
		body: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.minutesId)]
);
registerTable(minutesComments, {
	entity: 'minutes_comment',
	label: 'Commento al verbale',
	title: (r) => r.authorName,
	fields: { authorName: 'Autore', body: 'Commento' }
});

/** Files attached to minutes, kept in the database so that backups hold them too. */
export const minutesAttachments = pgTable(
	'minutes_attachment',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		minutesId: integer()
			.notNull()
			.references(() => minutes.id, { onDelete: 'cascade' }),
		filename: text().notNull(),
		contentType: text().notNull(),
		size: integer().notNull(),
		data: bytea().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.minutesId)]
);
registerTable(minutesAttachments, {
	entity: 'minutes_attachment',
	label: 'Allegato',
	title: (r) => r.filename,
	omit: ['data'],
	fields: { filename: 'File', contentType: 'Tipo di file', size: 'Dimensione (byte)' }
});
