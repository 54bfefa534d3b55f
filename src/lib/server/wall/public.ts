// Reads of a wall reached by its link (the room's QR code), before anyone is known: the wall
// behind a token, and the organisations a guest may join as.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { NotFoundError } from '../errors';
import { organisations } from '../organisations';
import { expectedAt, meetings, roundtableMembers } from '../roundtables';
import { walls, type Wall } from './schema';

export async function wallByToken(token: string): Promise<Wall> {
	if (!/^[0-9a-f]{32}$/.test(token)) throw new NotFoundError('Parete');
	const [wall] = await db().select().from(walls).where(eq(walls.joinToken, token));
	if (!wall) throw new NotFoundError('Parete');
	return wall;
}

export async function wallById(id: number): Promise<Wall | null> {
	const [wall] = await db().select().from(walls).where(eq(walls.id, id));
	return wall ?? null;
}

/** The organisations a guest may choose from: the meeting's expected ones, else the roundtable's members. */
export async function joinableOrganisations(wall: Wall) {
	if (wall.meetingId) {
		const [meeting] = await db().select().from(meetings).where(eq(meetings.id, wall.meetingId));
		return expectedAt(db(), meeting);
	}
	return db()
		.selectDistinct({ id: organisations.id, name: organisations.name })
		.from(roundtableMembers)
		.innerJoin(organisations, eq(organisations.id, roundtableMembers.organisationId))
		.where(and(eq(roundtableMembers.roundtableId, wall.roundtableId!), isNull(roundtableMembers.leftOn)))
		.orderBy(asc(organisations.name));
}
