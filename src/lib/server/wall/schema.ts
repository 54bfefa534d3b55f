// The wall's tables: walls, their columns and themes, notes, dots, participants, and the
// notes carried into the plan. Each is registered with the name the audit log gives its rows.
import {
	type AnyPgColumn,
	pgTable,
	text,
	integer,
	boolean,
	timestamp,
	jsonb,
	index,
	uniqueIndex,
	check
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { registerTable } from '../kernel/registry';
import { districtId, versioned } from '../db/columns';
import { users } from '../accounts/schema';
import { objectives } from '../planning/schema';
import { organisations } from '../organisations/schema';
import { meetings, roundtables } from '../roundtables/schema';

/** What a column collects; it decides where a note can go (a proposal becomes an objective). */
export const COLUMN_KINDS = ['strength', 'improvement', 'proposal', 'other'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];
export const NOTE_STATUSES = ['visible', 'hidden', 'merged'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
export const PROMOTION_KINDS = ['objective', 'note'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];
/** The rounds a facilitator's timer counts down. */
export const TIMER_ROUNDS = ['posting', 'voting'] as const;
export type TimerRound = (typeof TIMER_ROUNDS)[number];
/** The facilitator's moves the wall's history lists, each of which can be undone. */
export const WALL_ACTION_KINDS = ['merge', 'hide', 'group'] as const;
export type WallActionKind = (typeof WALL_ACTION_KINDS)[number];

/** A participation wall (the padlet of a meeting or of a roundtable): columns × themes of notes. */
export const walls = pgTable(
	'wall',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		roundtableId: integer().references(() => roundtables.id, { onDelete: 'cascade' }),
		meetingId: integer()
			.unique()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		postingOpen: boolean().notNull().default(true),
		votingOpen: boolean().notNull().default(false),
		/** Dots each participant may place while voting is open. */
		dotBudget: integer().notNull().default(5),
		/** Unguessable part of the join link (the QR code shown in the room). */
		joinToken: text()
			.notNull()
			.unique()
			.default(sql`replace(gen_random_uuid()::text, '-', '')`),
		/** Short code said or shown in the room: who joins as a guest is there. */
		joinCode: text()
			.notNull()
			.default(sql`lpad(floor(random() * 1000000)::int::text, 6, '0')`),
		/** The facilitator's timer: the round it counts down, when it ends, whether the round then closes itself. */
		timerRound: text().$type<TimerRound>(),
		timerEndsAt: timestamp({ withTimezone: true }),
		timerAutoClose: boolean().notNull().default(false),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		...versioned()
	},
	(t) => [
		index().on(t.roundtableId),
		check('wall_timer', sql`(${t.timerRound} is null) = (${t.timerEndsAt} is null)`),
		check('wall_owner', sql`${t.roundtableId} is not null or ${t.meetingId} is not null`),
		check('wall_budget', sql`${t.dotBudget} between 1 and 50`)
	]
);
registerTable(walls, {
	entity: 'wall',
	label: 'Parete',
	title: (r) => r.title,
	fields: {
		title: 'Titolo',
		postingOpen: 'Note aperte',
		votingOpen: 'Votazione aperta',
		dotBudget: 'Punti per partecipante',
		timerRound: 'Timer',
		timerEndsAt: 'Fine del timer',
		timerAutoClose: 'Chiusura allo scadere'
	}
});

export const wallColumns = pgTable(
	'wall_column',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		kind: text().$type<ColumnKind>().notNull(),
		label: text().notNull(),
		position: integer().notNull().default(0)
	},
	(t) => [index().on(t.wallId)]
);
registerTable(wallColumns, { entity: 'wall_column', label: 'Colonna', title: (r) => r.label });

export const wallThemes = pgTable(
	'wall_theme',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		label: text().notNull(),
		position: integer().notNull().default(0)
	},
	(t) => [index().on(t.wallId)]
);
registerTable(wallThemes, { entity: 'wall_theme', label: 'Tema', title: (r) => r.label });

/** A heading under which the facilitator gathers related notes of one cell. */
export const wallGroups = pgTable(
	'wall_group',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		columnId: integer()
			.notNull()
			.references(() => wallColumns.id, { onDelete: 'cascade' }),
		themeId: integer()
			.notNull()
			.references(() => wallThemes.id, { onDelete: 'cascade' }),
		label: text().notNull()
	},
	(t) => [index().on(t.wallId)]
);
registerTable(wallGroups, { entity: 'wall_group', label: 'Gruppo', title: (r) => r.label });

/**
 * Who posts and votes: a member of the district with an account, or a guest who joined with
 * the room's code (no account: only a hashed secret kept in a cookie, and what they chose).
 */
export const wallParticipants = pgTable(
	'wall_participant',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		userId: text().references(() => users.id, { onDelete: 'set null' }),
		secretHash: text(),
		organisationId: integer().references(() => organisations.id, { onDelete: 'set null' }),
		/** The organisation as shown: a member's name, or what a guest typed under "other". */
		organisationName: text().notNull().default(''),
		name: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex().on(t.wallId, t.userId), index().on(t.wallId)]
);
registerTable(wallParticipants, {
	entity: 'wall_participant',
	label: 'Partecipante',
	title: (r) => r.name || r.organisationName,
	omit: ['secretHash']
});

export const wallNotes = pgTable(
	'wall_note',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		columnId: integer()
			.notNull()
			.references(() => wallColumns.id, { onDelete: 'restrict' }),
		themeId: integer()
			.notNull()
			.references(() => wallThemes.id, { onDelete: 'restrict' }),
		groupId: integer().references(() => wallGroups.id, { onDelete: 'set null' }),
		/** Stored as typed; every page renders it as text. */
		body: text().notNull(),
		participantId: integer().references(() => wallParticipants.id, { onDelete: 'set null' }),
		organisationName: text().notNull().default(''),
		authorName: text().notNull().default(''),
		status: text().$type<NoteStatus>().notNull().default('visible'),
		mergedIntoId: integer().references((): AnyPgColumn => wallNotes.id),
		/** Chosen by the browser: a note re-sent after a dropped connection is saved once. */
		clientKey: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		...versioned()
	},
	(t) => [
		index().on(t.wallId),
		index().on(t.mergedIntoId),
		uniqueIndex().on(t.wallId, t.clientKey),
		check('note_merge', sql`(${t.status} = 'merged') = (${t.mergedIntoId} is not null)`)
	]
);
registerTable(wallNotes, {
	entity: 'wall_note',
	label: 'Nota',
	title: (r) => (typeof r.body !== 'string' ? null : r.body.length > 60 ? `«${r.body.slice(0, 60)}…»` : `«${r.body}»`),
	fields: { body: 'Testo', status: 'Stato' }
});

/** One dot. `castOnId` is the note it was placed on, so that a merge can be undone. */
export const wallVotes = pgTable(
	'wall_vote',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		noteId: integer()
			.notNull()
			.references(() => wallNotes.id, { onDelete: 'cascade' }),
		castOnId: integer()
			.notNull()
			.references(() => wallNotes.id, { onDelete: 'cascade' }),
		participantId: integer()
			.notNull()
			.references(() => wallParticipants.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.noteId), index().on(t.participantId), index().on(t.castOnId)]
);
registerTable(wallVotes, { entity: 'wall_vote', label: 'Punto' });

/** A note carried into the plan: a proposal as a new objective, or an improvement noted on one. */
export const wallPromotions = pgTable(
	'wall_promotion',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		noteId: integer()
			.notNull()
			.references(() => wallNotes.id, { onDelete: 'cascade' }),
		objectiveId: integer()
			.notNull()
			.references(() => objectives.id, { onDelete: 'cascade' }),
		kind: text().$type<PromotionKind>().notNull(),
		comment: text().notNull().default(''),
		createdBy: text().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex().on(t.noteId, t.objectiveId), index().on(t.objectiveId)]
);
registerTable(wallPromotions, { entity: 'wall_promotion', label: 'Nota portata nel piano' });

/**
 * The facilitator's history of the wall: each merge, hide and grouping, with what it changed
 * (`detail`: the rows as they were before and after), so that it can be undone as long as
 * nobody has changed those notes since.
 */
export const wallActions = pgTable(
	'wall_action',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		wallId: integer()
			.notNull()
			.references(() => walls.id, { onDelete: 'cascade' }),
		kind: text().$type<WallActionKind>().notNull(),
		noteId: integer()
			.notNull()
			.references(() => wallNotes.id, { onDelete: 'cascade' }),
		/** The note merged into (merge), the group put in (group). */
		targetId: integer(),
		detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		actorName: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		undoneAt: timestamp({ withTimezone: true }),
		undoneBy: text().notNull().default('')
	},
	(t) => [index().on(t.wallId, t.id)]
);
registerTable(wallActions, { entity: 'wall_action', label: 'Azione sulla parete' });

export type Wall = typeof walls.$inferSelect;
export type WallAction = typeof wallActions.$inferSelect;
export type Participant = typeof wallParticipants.$inferSelect;
export type Note = typeof wallNotes.$inferSelect;
