// The two tables every module relies on: the district (the tenant every row belongs to) and
// the audit log (written by command.ts alone). The accounts module manages districts.
import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, bigint, jsonb, index } from 'drizzle-orm/pg-core';

/** A district (Ambito territoriale): every piece of data belongs to one. */
export const districts = pgTable('district', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	region: text().notNull().default('Lombardia'),
	/** Bumped by every command that changes the district's data: keys the public page cache. */
	contentVersion: integer().notNull().default(1),
	/** Languages of the public pages besides Italian (codes of the message catalogue). */
	languages: text()
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

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
		/** Where the change came from: form, import, computed, api, system. */
		origin: text().notNull().default('form'),
		/** The changed thing's Italian name at the time ("Indicatore G1.OUT1 · periodo 2026"). */
		title: text(),
		/** The plan the change belongs to, for the log's plan filter (no foreign key, like the rest). */
		planId: integer(),
		/** Why (a reopened period's reason). */
		note: text(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.districtId, t.at), index().on(t.entity, t.entityId), index().on(t.districtId, t.planId)]
);
