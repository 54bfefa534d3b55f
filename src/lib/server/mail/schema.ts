// The platform's email, kept in the table (the district's outbox) whether or not it left.
import { districts } from '../kernel/schema';
import { registerTable } from '../kernel/registry';
import { meetings } from '../roundtables/schema';
import { pgTable, text, integer, timestamp, index } from 'drizzle-orm/pg-core';

/** outbox: not sent (no SMTP); sent; failed; manual: someone sent it by hand (from their own mailbox, by PEC). */
export const MAIL_STATUSES = ['outbox', 'sent', 'failed', 'manual'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** What a mail is about, when it belongs to a meeting: the invitation, or its minutes shared or approved. */
export const MAIL_KINDS = ['invitation', 'minutes_shared', 'minutes_approved'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

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
		/** The meeting the mail is about (its invitation, its minutes): the outbox links to it. */
		meetingId: integer().references(() => meetings.id, { onDelete: 'set null' }),
		kind: text().$type<MailKind>(),
		status: text().$type<MailStatus>().notNull(),
		error: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.districtId, t.createdAt), index().on(t.meetingId)]
);
registerTable(mails, {
	entity: 'mail',
	label: 'Email',
	title: (r) => String(r.subject ?? ''),
	omit: ['body', 'calendar'],
	fields: { to: 'Destinatario', subject: 'Oggetto', status: 'Stato', sentAt: 'Inviata il' }
});
