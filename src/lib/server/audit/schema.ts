import { pgTable, text, timestamp, integer, bigint, jsonb, index } from 'drizzle-orm/pg-core';
import { districts } from '../accounts/schema';

/** Append-only: a trigger (see drizzle/0001) refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		districtId: integer().references(() => districts.id),
		/** No foreign key: the log outlives accounts, and its rows never change. */
		userId: text(),
		userName: text(),
		action: text().notNull(),
		entity: text().notNull(),
		entityId: text().notNull(),
		before: jsonb(),
		after: jsonb(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.districtId, t.at), index().on(t.entity, t.entityId)]
);
