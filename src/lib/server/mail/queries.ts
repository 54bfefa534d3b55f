// Reads of the outbox: what the platform sent (or keeps unsent) in the district.
import { desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { assertCan, type Actor } from '../kernel';
import { mails } from './schema';

export async function listMails(actor: Actor) {
	assertCan(actor, 'people.read');
	return db().select().from(mails).where(eq(mails.districtId, actor.districtId)).orderBy(desc(mails.id)).limit(100);
}
