// Files pdz generates for a person in the background (plan documents, results reports): the
// request only queues them; a runner in the app makes them, recording its progress, and the
// result waits in the person's files until they download or delete it.
import { pgTable, text, integer, smallint, timestamp, index, jsonb } from 'drizzle-orm/pg-core';
import { districtId, bytea } from '../db/columns';
import { users } from '../accounts/schema';
import { registerTable } from '../kernel/registry';

export const GENERATION_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

export const generatedFiles = pgTable(
	'generated_file',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** What to make (a registered generator) and with what. */
		kind: text().notNull(),
		params: jsonb().$type<Record<string, string | number>>().notNull(),
		title: text().notNull(),
		status: text().$type<GenerationStatus>().notNull().default('queued'),
		/** 0-100, with the step under way. */
		progress: smallint().notNull().default(0),
		step: text().notNull().default(''),
		attempts: smallint().notNull().default(0),
		fileName: text(),
		contentType: text(),
		data: bytea(),
		error: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Last sign of life of the runner making it: a run silent for long was interrupted. */
		heartbeatAt: timestamp({ withTimezone: true }),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.districtId, t.userId, t.createdAt), index().on(t.status)]
);
// Written without audit rows (a person's own files, made again from the data); never their bytes in a log.
registerTable(generatedFiles, { entity: 'generated_file', label: 'File', title: (r) => r.title, omit: ['data'] });
