// Meetings as calendar events: invitations by email and subscribable feeds.
import { command, type Actor } from '../kernel';
import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { ValidationError } from '../errors';
import { romeParts } from '$lib/time';
import { formatDate } from '$lib/format';
import { delegates } from '../organisations';
import { send } from '../mail';
import { meetings, roundtables } from './schema';
import { assertCanManageMeetingsOf } from './access';
import { expectedAt } from './queries';
import { calendar, type CalendarEvent } from './ics';

function event(m: typeof meetings.$inferSelect, host: string, withLink: boolean): CalendarEvent {
	const agenda = m.agenda ? `Ordine del giorno:\n${m.agenda}` : '';
	return {
		uid: `meeting-${m.id}@${host}`,
		title: m.title,
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		updatedAt: m.updatedAt,
		location: [m.place, withLink && m.link ? m.link : ''].filter(Boolean).join(' - ') || undefined,
		description:
			[agenda, withLink && m.link ? `Collegamento: ${m.link}` : ''].filter(Boolean).join('\n\n') || undefined,
		cancelled: m.status === 'cancelled'
	};
}

/** The public feed of a district's meetings, or of one of its roundtables. Online links stay private. */
export async function meetingsFeed(district: { id: number; name: string }, host: string, roundtableId?: number) {
	let name = `Incontri - ${district.name}`;
	if (roundtableId)
		name = `${(await findOwned(db(), roundtables, district.id, roundtableId, 'Tavolo')).name} - ${district.name}`;
	const rows = await db()
		.select()
		.from(meetings)
		.where(
			and(eq(meetings.districtId, district.id), roundtableId ? eq(meetings.roundtableId, roundtableId) : undefined)
		)
		.orderBy(asc(meetings.startsAt));
	return calendar(
		name,
		rows.map((m) => event(m, host, false)),
		'PUBLISH'
	);
}

/** Emails every delegate (with an address) of the organisations expected at the meeting, with the .ics. */
export async function inviteMembers(actor: Actor, meetingId: number, origin: string) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const expected = await expectedAt(db(), meeting);
	const recipients = expected.length
		? await db()
				.select({ email: delegates.email, name: delegates.name })
				.from(delegates)
				.where(
					and(
						inArray(
							delegates.organisationId,
							expected.map((o) => o.id)
						),
						isNotNull(delegates.email),
						ne(delegates.email, '')
					)
				)
		: [];
	if (!recipients.length)
		throw new ValidationError({ _form: 'Nessun referente degli enti invitati ha un indirizzo email.' });
	const host = new URL(origin).host;
	const ics = calendar(meeting.title, [event(meeting, host, true)], 'PUBLISH');
	const start = romeParts(meeting.startsAt);
	const where = [meeting.place && `Luogo: ${meeting.place}`, meeting.link && `Collegamento: ${meeting.link}`]
		.filter(Boolean)
		.join('\n');
	const body = (name: string) =>
		[
			`Gentile ${name},`,
			'',
			`è invitato/a all’incontro «${meeting.title}» di ${formatDate(start.date)}, dalle ${start.time} alle ${romeParts(meeting.endsAt).time}.`,
			where,
			meeting.agenda ? `\nOrdine del giorno:\n${meeting.agenda}` : '',
			'',
			'In allegato l’invito da aggiungere al calendario.',
			`${origin}`
		]
			.filter((l) => l !== null)
			.join('\n');
	const sent = await send(
		actor.districtId,
		recipients.map((r) => ({
			to: r.email,
			subject: `Invito: ${meeting.title} (${formatDate(start.date)})`,
			body: body(r.name),
			calendar: ics
		}))
	);
	// Logged once the mail is handed over (sending inside a transaction would hold it for the SMTP exchange).
	await command(actor, {}, (c) =>
		c.audit(meetings, { action: 'invite', id: meetingId, after: { recipients: recipients.map((r) => r.email) } })
	);
	return {
		total: sent.length,
		sent: sent.filter((m) => m.status === 'sent').length,
		outbox: sent.filter((m) => m.status === 'outbox').length,
		failed: sent.filter((m) => m.status === 'failed').length
	};
}
