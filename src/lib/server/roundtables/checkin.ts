// Self check-in: a member opens the meeting's link (the QR code shown in the room), picks its
// organisation and types the short code shown there. It works only around the meeting's time.
import { and, eq } from 'drizzle-orm';
import { districts } from '../kernel';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { command } from '../kernel';
import { NotFoundError, ValidationError } from '../errors';
import { optionalText, parse, requiredId, shortCode } from '../validation';
import { addressKey, reserve } from '../security';
import { romeParts } from '$lib/time';
import { attendance, meetings } from './schema';
import { expectedAt } from './queries';
import { refreshAttendanceIndicators } from './commands';

/** Check-in attempts per address (a right code counts too: one phone checks in a few organisations at most). */
export const CHECKIN_LIMIT = { limit: 30, windowSeconds: 600 };

/** Check-in opens this long before the start and closes this long after the end. */
export const CHECKIN_MARGIN_MINUTES = 30;

const checkinInput = z.object({
	organisationId: requiredId('Scegliere il proprio ente.'),
	delegateName: optionalText(120),
	code: shortCode
});

async function meetingByToken(token: string) {
	if (!/^[0-9a-f]{32}$/.test(token)) throw new NotFoundError('Incontro');
	const [meeting] = await db().select().from(meetings).where(eq(meetings.checkinToken, token));
	if (!meeting) throw new NotFoundError('Incontro');
	return meeting;
}

export function checkinWindow(meeting: { startsAt: Date; endsAt: Date }) {
	const margin = CHECKIN_MARGIN_MINUTES * 60_000;
	return { opens: new Date(meeting.startsAt.getTime() - margin), closes: new Date(meeting.endsAt.getTime() + margin) };
}

/** The code shown in the room, typed during the meeting (or training session) it belongs to: refused otherwise. */
export function assertCheckinCode(
	event: { startsAt: Date; endsAt: Date; checkinCode: string },
	code: string,
	now: Date,
	during: string
) {
	const { opens, closes } = checkinWindow(event);
	if (now < opens || now > closes) {
		throw new ValidationError({
			code: `Il codice vale solo durante ${during}: dalle ${romeParts(opens).time} alle ${romeParts(closes).time} del ${romeParts(event.startsAt).date.split('-').reverse().join('/')}.`
		});
	}
	const typed = Buffer.from(code);
	const expectedCode = Buffer.from(event.checkinCode);
	if (typed.length !== expectedCode.length || !timingSafeEqual(typed, expectedCode))
		throw new ValidationError({ code: 'Codice non corretto: controlla quello mostrato in sala.' });
}

/** What the check-in page shows: the meeting and the organisations expected there. */
export async function checkinPage(token: string, now = new Date()) {
	const meeting = await meetingByToken(token);
	const [district] = await db()
		.select({ name: districts.name })
		.from(districts)
		.where(eq(districts.id, meeting.districtId));
	const { opens, closes } = checkinWindow(meeting);
	const present = new Set(
		(
			await db().select({ id: attendance.organisationId }).from(attendance).where(eq(attendance.meetingId, meeting.id))
		).map((a) => a.id)
	);
	return {
		district: district.name,
		meeting: {
			title: meeting.title,
			startsAt: meeting.startsAt,
			endsAt: meeting.endsAt,
			place: meeting.place,
			cancelled: meeting.status === 'cancelled'
		},
		open: now >= opens && now <= closes && meeting.status !== 'cancelled',
		organisations: (await expectedAt(db(), meeting)).map((o) => ({ ...o, present: present.has(o.id) }))
	};
}

export async function selfCheckin(token: string, input: unknown, clientAddress: string, now = new Date()) {
	const data = parse(checkinInput, input);
	if ((await reserve(`checkin:${addressKey(clientAddress)}`, CHECKIN_LIMIT)).wait)
		throw new ValidationError({ code: 'Troppi tentativi: riprova tra qualche minuto.' });
	const meeting = await meetingByToken(token);
	if (meeting.status === 'cancelled') throw new ValidationError({ code: 'L’incontro è stato annullato.' });
	assertCheckinCode(meeting, data.code, now, 'l’incontro');
	// Nobody is signed in: the meeting's district is the command's.
	return command(null, { districtId: meeting.districtId }, async (c) => {
		const expected = await expectedAt(c.tx, meeting);
		const organisation = expected.find((o) => o.id === data.organisationId);
		if (!organisation)
			throw new ValidationError({ organisationId: 'Questo ente non fa parte del tavolo alla data dell’incontro.' });
		const [already] = await c.tx
			.select({ id: attendance.id })
			.from(attendance)
			.where(and(eq(attendance.meetingId, meeting.id), eq(attendance.organisationId, organisation.id)));
		if (already) throw new ValidationError({ organisationId: `La presenza di ${organisation.name} è già registrata.` });
		const [row] = await c.tx
			.insert(attendance)
			.values({
				meetingId: meeting.id,
				organisationId: organisation.id,
				delegateName: data.delegateName,
				method: 'self_checkin',
				districtId: meeting.districtId
			})
			.onConflictDoNothing()
			.returning();
		if (!row) throw new ValidationError({ organisationId: `La presenza di ${organisation.name} è già registrata.` });
		await c.audit(attendance, {
			action: 'checkin',
			id: meeting.id,
			after: { organisationId: organisation.id, delegateName: data.delegateName }
		});
		if (meeting.roundtableId) refreshAttendanceIndicators(c, meeting.roundtableId);
		return { organisation: organisation.name };
	});
}
