import { pgTable, text, timestamp, integer } from 'drizzle-orm/pg-core';

/** Fixed-window counters shared by every app instance (login attempts, later posting). */
export const rateLimits = pgTable('rate_limit', {
	key: text().primaryKey(),
	count: integer().notNull(),
	resetAt: timestamp({ withTimezone: true }).notNull()
});

/** Per-installation values made at first start (e.g. the session secret, so none lives in the repository). */
export const installationSettings = pgTable('installation_setting', {
	name: text().primaryKey(),
	value: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
