// Reads of the outbox: what the platform sent (or keeps unsent) in the district.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { mails } from './schema';

export async function listMails(actor: Actor) {
	assertCan(actor, 'people.read');
	return db()
		.select({
			...getTableColumns(mails),
			// The meeting's title, read here: the meeting belongs to roundtables, which sends through this module.
			meetingTitle: sql<
				string | null
			>`(select m.title from meeting m where m.id = ${mails.meetingId} and m.district_id = ${mails.districtId})`
		})
		.from(mails)
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
