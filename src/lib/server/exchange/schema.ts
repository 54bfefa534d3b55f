// Files people upload to change data in bulk: kept with their preview until applied, so that
// an import can be left and resumed, and applying the same file twice is recognised.
import { pgTable, text, integer, timestamp, index, jsonb } from 'drizzle-orm/pg-core';
import { districtId, bytea } from '../db/columns';
import { users } from '../accounts/schema';
import { plans } from '../planning/schema';
import { registerTable } from '../kernel/registry';

export const IMPORT_STATUSES = ['preview', 'applied'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const importJobs = pgTable(
	'import_job',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		fileName: text().notNull(),
		/** SHA-256 of the bytes: the same file uploaded again is recognised. */
		sha256: text().notNull(),
		bytes: bytea().notNull(),
		status: text().$type<ImportStatus>().notNull().default('preview'),
		/** What applying changed (counts), once applied. */
		result: jsonb().$type<Record<string, number>>(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		appliedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.districtId, t.userId, t.createdAt)]
);
// Written by the exchange's commands without an audit row (a person's upload); the changes an import applies are logged row by row.
registerTable(importJobs, { entity: 'import_job', label: 'Importazione', title: (r) => r.fileName, omit: ['bytes'] });
