// What the coordinator shows in the room for self check-in: link, QR code and short code.
import type { Actor } from '../kernel';
import { renderSVG } from 'uqr';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { meetings } from './schema';
import { assertCanManageMeetingsOf } from './access';
import { checkinWindow } from './checkin';

export async function welcome(actor: Actor, meetingId: number, origin: string) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const link = `${origin}/presenze/${meeting.checkinToken}`;
	return { meeting, link, code: meeting.checkinCode, ...checkinWindow(meeting) };
}

export function qrSvg(text: string): string {
	return renderSVG(text, { border: 2 });
}
