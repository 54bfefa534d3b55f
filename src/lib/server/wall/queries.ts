// Reads of walls for the back office: a district's walls (of a meeting, of a roundtable) and
// the facilitator's list of who is on one.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import type { Actor } from '../kernel';
import { assertFacilitator, type WallViewer } from './access';
import { GUESTS_PER_ADDRESS } from './commands';
import { wallParticipants, walls, type Wall } from './schema';

export function getWall(actor: Pick<Actor, 'districtId'>, id: number): Promise<Wall> {
	return findOwned(db(), walls, actor.districtId, id, 'Parete');
}

export async function wallOfMeeting(actor: Pick<Actor, 'districtId'>, meetingId: number): Promise<Wall | null> {
	const [wall] = await db()
		.select()
		.from(walls)
		.where(and(eq(walls.districtId, actor.districtId), eq(walls.meetingId, meetingId)));
	return wall ?? null;
}

export async function wallsOfRoundtable(actor: Pick<Actor, 'districtId'>, roundtableId: number) {
	return db()
		.select({
			id: walls.id,
			title: walls.title,
			joinToken: walls.joinToken,
			meetingId: walls.meetingId,
			createdAt: walls.createdAt
		})
		.from(walls)
		.where(and(eq(walls.districtId, actor.districtId), eq(walls.roundtableId, roundtableId)))
		.orderBy(desc(walls.createdAt));
}

/** The facilitator's list of who is on the wall, with the dots and notes of each. */
export async function listParticipants(wall: Wall, viewer: WallViewer) {
	assertFacilitator(viewer);
	const [people, { rows: full }] = await Promise.all([
		db()
			.select({
				id: wallParticipants.id,
				name: wallParticipants.name,
				organisationName: wallParticipants.organisationName,
				guest: sql<boolean>`${wallParticipants.userId} is null`,
				createdAt: wallParticipants.createdAt,
				dots: sql<number>`(select count(*) from wall_vote v where v.participant_id = wall_participant.id)::int`,
				notes: sql<number>`(select count(*) from wall_note n where n.participant_id = wall_participant.id and n.status <> 'merged')::int`
			})
			.from(wallParticipants)
			.where(eq(wallParticipants.wallId, wall.id))
			.orderBy(asc(wallParticipants.createdAt), asc(wallParticipants.id)),
		db().execute<{ n: number }>(
			sql`select count(*)::int as n from rate_limit where key like ${`wall-guests:${wall.id}:%`} and count >= ${GUESTS_PER_ADDRESS.limit} and reset_at > now()`
		)
	]);
	return { people, perAddress: GUESTS_PER_ADDRESS.limit, fullAddresses: full[0]?.n ?? 0 };
}
