// Outgoing email through the SMTP server of SMTP_URL (e.g. smtp://user:pass@host:587), from
// MAIL_FROM. Without SMTP_URL nothing leaves: messages wait in the district's outbox.
import nodemailer from 'nodemailer';
import { db } from '../db';
import { mails } from './schema';

export interface Message {
	to: string;
	subject: string;
	body: string;
	calendar?: string;
	/** The body as the outbox keeps it, when the mail carries a secret (a link to a new password) that staff must not read. */
	kept?: string;
}

/** Sends (or keeps in the outbox) one message per recipient; returns the stored rows. */
export async function send(districtId: number, messages: Message[]) {
	const url = process.env.SMTP_URL;
	const transport = url ? nodemailer.createTransport(url) : null;
	const from = process.env.MAIL_FROM ?? 'pdz <noreply@localhost>';
	const rows = [];
	for (const { kept, ...message } of messages) {
		let status: 'outbox' | 'sent' | 'failed' = 'outbox';
		let error: string | null = null;
		if (transport) {
			try {
				await transport.sendMail({
					from,
					to: message.to,
					subject: message.subject,
					text: message.body,
					...(message.calendar
						? { icalEvent: { method: 'PUBLISH', filename: 'invito.ics', content: message.calendar } }
						: {})
				});
				status = 'sent';
			} catch (e) {
				status = 'failed';
				error = e instanceof Error ? e.message : String(e);
			}
		}
		const [row] = await db()
			.insert(mails)
			.values({
				...message,
				body: kept ?? message.body,
				calendar: message.calendar ?? null,
				districtId,
				status,
				error,
				sentAt: status === 'sent' ? new Date() : null
			})
			.returning();
		rows.push(row);
	}
	transport?.close();
	return rows;
}
