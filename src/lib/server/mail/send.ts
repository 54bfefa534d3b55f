// Outgoing email through the SMTP server of SMTP_URL (e.g. smtp://user:pass@host:587), from
// MAIL_FROM. Without SMTP_URL nothing leaves: messages wait in the district's outbox.
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '../db';
import { mails, type MailKind } from './schema';

export interface Message {
	to: string;
	subject: string;
	body: string;
	calendar?: string;
	/** The meeting the message is about, and what about it (the outbox links to the meeting). */
	meetingId?: number;
	kind?: MailKind;
	/** The body as the outbox keeps it, when the mail carries a secret (a link to a new password) that staff must not read. */
	kept?: string;
}

/** Whether mail can leave the platform (an SMTP server is configured). */
export const smtpConfigured = () => !!process.env.SMTP_URL;

export function transport(): Transporter | null {
	const url = process.env.SMTP_URL;
	return url ? nodemailer.createTransport(url) : null;
}

/** Hands one message to the SMTP server: "sent", or "failed" with the server's reason. */
export async function deliver(
	transporter: Transporter,
	message: Pick<Message, 'to' | 'subject' | 'body'> & { calendar?: string | null }
): Promise<{ status: 'sent' | 'failed'; error: string | null }> {
	try {
		await transporter.sendMail({
			from: process.env.MAIL_FROM ?? 'pdz <noreply@localhost>',
			to: message.to,
			subject: message.subject,
			text: message.body,
			...(message.calendar
				? { icalEvent: { method: 'PUBLISH', filename: 'invito.ics', content: message.calendar } }
				: {})
		});
		return { status: 'sent', error: null };
	} catch (e) {
		return { status: 'failed', error: e instanceof Error ? e.message : String(e) };
	}
}

/** Sends (or keeps in the outbox) one message per recipient; returns the stored rows. */
export async function send(districtId: number, messages: Message[]) {
	const transporter = transport();
	const rows = [];
	for (const { kept, ...message } of messages) {
		const { status, error } = transporter
			? await deliver(transporter, message)
			: { status: 'outbox' as const, error: null };
		const [row] = await db()
			.insert(mails)
			.values({
				...message,
				body: kept ?? message.body,
				calendar: message.calendar ?? null,
				meetingId: message.meetingId ?? null,
				kind: message.kind ?? null,
				districtId,
				status,
				error,
				sentAt: status === 'sent' ? new Date() : null
			})
			.returning();
		rows.push(row);
	}
	transporter?.close();
	return rows;
}
