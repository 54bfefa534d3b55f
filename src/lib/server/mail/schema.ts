// The platform's email, kept in the table (the district's outbox) whether or not it left.
import { districts } from '../kernel/schema';
import { pgTable, text, integer, timestamp, index } from 'drizzle-orm/pg-core';

export const MAIL_STATUSES = ['outbox', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Every email the platform sends. With no SMTP server configured, messages stay here
 * ("outbox") and staff read them in the app instead of losing them.
 */
export const mails = pgTable(
	'mail',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: integer()
			.notNull()
			.references(() => districts.id, { onDelete: 'cascade' }),
		to: text().notNull(),
		subject: text().notNull(),
		body: text().notNull(),
		/** An iCalendar invitation sent as invito.ics, when there is one. */
		calendar: text(),
		status: text().$type<MailStatus>().notNull(),
		error: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.districtId, t.createdAt)]
);
