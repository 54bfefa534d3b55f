// The security module's tables: rate-limit counters and installation settings (never in a backup).
import { pgTable, text, timestamp, integer } from 'drizzle-orm/pg-core';

/** Counters shared by every app instance (rate-limit.ts): attempts in a window, and the earliest next attempt. */
export const rateLimits = pgTable('rate_limit', {
	key: text().primaryKey(),
	count: integer().notNull(),
	resetAt: timestamp({ withTimezone: true }).notNull(),
	nextAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Per-installation values made at first start (e.g. the session secret, so none lives in the repository). */
export const installationSettings = pgTable('installation_setting', {
	name: text().primaryKey(),
	value: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
