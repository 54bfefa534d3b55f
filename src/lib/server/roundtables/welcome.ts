// What the coordinator shows in the room for self check-in: link, QR code and short code, and
// the desk's list of who has checked in so far.
import type { Actor } from '../kernel';
import { renderSVG } from 'uqr';
import { desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { organisations } from '../organisations';
import { romeParts } from '$lib/time';
import { attendance, meetings } from './schema';
import { assertCanManageMeetingsOf } from './access';
import { checkinWindow } from './checkin';
import { expectedAt } from './queries';

export async function welcome(actor: Actor, meetingId: number, origin: string) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const link = `${origin}/presenze/${meeting.checkinToken}`;
	return { meeting, link, code: meeting.checkinCode, ...checkinWindow(meeting) };
}

const METHOD: Record<string, string> = { self_checkin: 'codice QR', register: 'registro', paper: 'foglio firme' };

/** Who has checked in at the meeting, latest first, as the desk shows it (and refreshes it). */
export async function deskAttendance(actor: Actor, meetingId: number) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const [expected, rows] = await Promise.all([
		expectedAt(db(), meeting),
		db()
			.select({
				id: attendance.id,
				organisation: organisations.name,
				delegateName: attendance.delegateName,
				method: attendance.method,
				recordedAt: attendance.recordedAt
			})
			.from(attendance)
			.innerJoin(organisations, eq(organisations.id, attendance.organisationId))
			.where(eq(attendance.meetingId, meetingId))
			.orderBy(desc(attendance.recordedAt), desc(attendance.id))
	]);
	const present = rows.length;
	return {
		present,
		expected: expected.length,
		summary: `${present === 1 ? '1 ente presente' : `${present} enti presenti`} su ${expected.length} ${expected.length === 1 ? 'atteso' : 'attesi'}`,
		items: rows.map((r) => ({
			id: r.id,
			// The time someone checked in themselves; a register's time is only when it was typed.
			text: `${r.organisation}${r.delegateName ? ` (${r.delegateName})` : ''}${r.method === 'self_checkin' ? `, alle ${romeParts(r.recordedAt).time}` : ''} · ${METHOD[r.method] ?? r.method}`
		}))
	};
}

export function qrSvg(text: string): string {
	return renderSVG(text, { border: 2 });
}
