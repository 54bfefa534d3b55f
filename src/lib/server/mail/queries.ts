// Reads of the outbox: what the platform sent (or keeps unsent) in the district.
import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { meetings } from '../roundtables/schema';
import { mails } from './schema';

export async function listMails(actor: Actor) {
	assertCan(actor, 'people.read');
	return db()
		.select({ ...getTableColumns(mails), meetingTitle: meetings.title })
		.from(mails)
		.leftJoin(meetings, and(eq(meetings.id, mails.meetingId), eq(meetings.districtId, mails.districtId)))
		.where(eq(mails.districtId, actor.districtId))
		.orderBy(desc(mails.id))
		.limit(100);
}

/** One mail of the outbox (its .ics to download). */
export async function getMail(actor: Actor, id: number) {
	assertCan(actor, 'people.read');
	return findOwned(db(), mails, actor.districtId, id, 'Email');
}

/** The mails of a meeting (its invitations, its minutes), latest first. */
export async function mailsOfMeeting(actor: Actor, meetingId: number) {
	assertCan(actor, 'people.read');
	return db()
		.select({ id: mails.id, to: mails.to, kind: mails.kind, status: mails.status, createdAt: mails.createdAt })
		.from(mails)
		.where(and(eq(mails.districtId, actor.districtId), eq(mails.meetingId, meetingId)))
		.orderBy(desc(mails.id));
}
