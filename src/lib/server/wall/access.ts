// Who is looking at a wall, and what they may do there: a member of the wall's district (by
// their session) or a guest who joined with the room's code (by their cookie); who facilitates
// (the roundtable's coordinator or the Ufficio di Piano); whose notes one may change; who opens
// a wall; who carries a note into the plan. Every per-record rule of the wall is here.
import { and, eq, sql } from 'drizzle-orm';
import { createHash, timingSafeEqual } from 'node:crypto';
import { db, type Executor } from '../db';
import { ForbiddenError, ValidationError } from '../errors';
import { can, type Actor } from '../kernel';
import { memberships } from '../accounts';
import { plans, plansInPreparation } from '../planning';
import { canManageMeetingsOf, roundtables } from '../roundtables';
import { wallParticipants, type Note, type Participant, type Wall } from './schema';

/** Who is looking at a wall, and what they may do there. */
export interface WallViewer {
	actor: Actor | null;
	participant: Participant | null;
	facilitator: boolean;
	canRead: boolean;
	canPost: boolean;
}

/** The roundtable the wall belongs to (its coordinator facilitates), if any. */
export async function roundtableOf(tx: Executor, wall: Wall) {
	if (!wall.roundtableId) return null;
	const [r] = await tx
		.select({ coordinatorId: roundtables.coordinatorId, name: roundtables.name })
		.from(roundtables)
		.where(eq(roundtables.id, wall.roundtableId));
	return r ?? null;
}

/** Whether `actor` facilitates `wall`: the roundtable's coordinator, or the Ufficio di Piano. */
export async function facilitates(actor: Actor | null, wall: Wall): Promise<boolean> {
	return !!actor && actor.districtId === wall.districtId && canManageMeetingsOf(actor, await roundtableOf(db(), wall));
}

export function hashSecret(secret: string) {
	return createHash('sha256').update(secret).digest('hex');
}

/** The guest behind a cookie value "<participant id>.<secret>", if it is genuine and of this wall. */
async function guestOf(wall: Wall, cookie: string | undefined): Promise<Participant | null> {
	const m = /^(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(cookie ?? '');
	if (!m) return null;
	const [p] = await db()
		.select()
		.from(wallParticipants)
		.where(and(eq(wallParticipants.id, Number(m[1])), eq(wallParticipants.wallId, wall.id)));
	if (!p?.secretHash) return null;
	const a = Buffer.from(p.secretHash);
	const b = Buffer.from(hashSecret(m[2]));
	return a.length === b.length && timingSafeEqual(a, b) ? p : null;
}

/**
 * Resolves who is looking: a member of the wall's district (by their session), else a guest
 * (by their cookie), else nobody (who sees the join form).
 */
export async function viewerOf(
	wall: Wall,
	user: { id: string; name: string; email: string } | null,
	guestCookie: string | undefined
): Promise<WallViewer> {
	if (user) {
		const [m] = await db()
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.userId, user.id), eq(memberships.districtId, wall.districtId)));
		if (m) {
			const actor: Actor = {
				userId: user.id,
				name: user.name,
				email: user.email,
				districtId: wall.districtId,
				role: m.role
			};
			return {
				actor,
				participant: await participantOf(wall.id, user.id),
				facilitator: await facilitates(actor, wall),
				canRead: true,
				canPost: actor.role !== 'viewer'
			};
		}
	}
	const guest = await guestOf(wall, guestCookie);
	return { actor: null, participant: guest, facilitator: false, canRead: !!guest, canPost: !!guest };
}

/** A member's participation in a wall (made by their first post or vote), if any. */
export async function participantOf(wallId: number, userId: string): Promise<Participant | null> {
	const [p] = await db()
		.select()
		.from(wallParticipants)
		.where(and(eq(wallParticipants.wallId, wallId), eq(wallParticipants.userId, userId)));
	return p ?? null;
}

/** A member of the district on a staff page of the wall. */
export async function staffViewer(actor: Actor, wall: Wall): Promise<WallViewer> {
	return {
		actor,
		participant: null,
		facilitator: await facilitates(actor, wall),
		canRead: true,
		canPost: actor.role !== 'viewer'
	};
}

/** The facilitator acting, or "forbidden". */
export function assertFacilitator(viewer: WallViewer): Actor {
	if (!viewer.facilitator || !viewer.actor) throw new ForbiddenError('Solo chi facilita la parete può farlo.');
	return viewer.actor;
}

/** Writing and voting need a member's account (not a viewer's) or the room's code. */
export function assertMayPost(viewer: WallViewer): void {
	if (!viewer.canPost) throw new ForbiddenError('Per scrivere sulla parete bisogna entrare con il codice della sala.');
}

/** A wall is opened by whoever manages the meetings of its roundtable. */
export function assertMayOpen(actor: Actor, roundtable: { coordinatorId: string | null } | null): void {
	if (!canManageMeetingsOf(actor, roundtable))
		throw new ForbiddenError('Solo il referente del tavolo o l’Ufficio di Piano aprono una parete.');
}

/** Guests change only their own visible notes, while posting is open (`wall` as it is now); the facilitator any note. */
export function assertMayEdit(viewer: WallViewer, wall: Wall, note: Note): void {
	if (viewer.facilitator) return;
	if (!viewer.participant || note.participantId !== viewer.participant.id)
		throw new ForbiddenError('Puoi modificare solo le tue note.');
	if (!wall.postingOpen)
		throw new ValidationError({ body: 'La parete è chiusa: le note non si possono più modificare.' });
	if (note.status !== 'visible')
		throw new ValidationError({ body: 'Il facilitatore ha già spostato o unito questa nota.' });
}

/** Authors delete their own notes; the facilitator hides other people's. */
export function assertMayDelete(viewer: WallViewer, note: Note): void {
	if (viewer.facilitator && note.participantId !== viewer.participant?.id)
		throw new ForbiddenError('Il facilitatore nasconde le note degli altri, non le elimina.');
}

/**
 * Who carries a note into a plan: the planning office into any plan; the coordinator of the
 * wall's roundtable (who facilitates it) into a plan in preparation, in one of the roundtable's
 * areas. Each refusal says what is missing: the right, the plan, or the area.
 */
export async function assertMayPromote(actor: Actor, wall: Wall, planId: number, areaId: number | null = null) {
	const [plan] = await db()
		.select()
		.from(plans)
		.where(and(eq(plans.id, planId), eq(plans.districtId, actor.districtId)));
	if (!plan) throw new ValidationError({ planId: 'Piano non trovato in questo ambito.' });
	if (can(actor, 'planning.manage')) return plan;
	if (!(await facilitates(actor, wall)))
		throw new ForbiddenError(
			'Portano le note nel piano l’Ufficio di Piano e il referente del tavolo di questa parete: chiedi a loro.'
		);
	if (!(await plansInPreparation(actor)).includes(plan.id))
		throw new ValidationError({
			planId: `${plan.title} non è in preparazione (la sua versione è già all’Assemblea o approvata): scegli il piano in preparazione, o chiedi all’Ufficio di Piano.`
		});
	if (areaId !== null && !(await roundtableAreaIds(wall, plan.id)).includes(areaId))
		throw new ValidationError({
			areaId: 'Il referente porta le proposte nelle aree del proprio tavolo: scegli una di quelle.'
		});
	return plan;
}

/** The areas of `planId` the wall's roundtable works on: linked to it, or of the same code as one linked. */
export async function roundtableAreaIds(wall: Wall, planId: number): Promise<number[]> {
	if (!wall.roundtableId) return [];
	const { rows } = await db().execute<{ id: number }>(sql`
		select a.id from area a
		where a.plan_id = ${planId}
		  and exists (select 1 from roundtable_area ra join area l on l.id = ra.area_id
		              where ra.roundtable_id = ${wall.roundtableId} and (l.id = a.id or l.code = a.code))`);
	return rows.map((r) => Number(r.id));
}
