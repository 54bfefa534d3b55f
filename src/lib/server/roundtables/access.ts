// Who may do what with a roundtable's records: its meetings (the office, or the roundtable's
// coordinator) and the comments on their minutes (the members' delegates).
import { and, eq, isNull } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { ForbiddenError } from '../errors';
import { can, type Actor } from '../kernel';
import { delegates } from '../organisations';
import { roundtableMembers, roundtables } from './schema';

/** Admins manage every meeting; a coordinator those of the roundtables they coordinate. */
export function canManageMeetingsOf(actor: Actor, roundtable: { coordinatorId: string | null } | null): boolean {
	if (can(actor, 'roundtables.manage')) return true;
	return !!roundtable && can(actor, 'meetings.manage') && roundtable.coordinatorId === actor.userId;
}

export async function assertCanManageMeetingsOf(tx: Executor, actor: Actor, owner: { roundtableId: number | null }) {
	const roundtable = owner.roundtableId
		? await findOwned(tx, roundtables, actor.districtId, owner.roundtableId, 'Tavolo')
		: null;
	if (!canManageMeetingsOf(actor, roundtable))
		throw new ForbiddenError('Solo il referente del tavolo o l’Ufficio di Piano gestiscono i suoi incontri.');
}

/**
 * Who may comment on a meeting's minutes: the office and coordinators, and delegates of an
 * organisation that belongs to the meeting's roundtable. Viewers only read.
 */
export async function mayCommentMinutes(
	actor: Actor,
	meeting: { roundtableId: number | null },
	tx: Executor = db()
): Promise<boolean> {
	if (!can(actor, 'comments.write')) return false;
	if (actor.role !== 'delegate') return true;
	if (!meeting.roundtableId) return false;
	const [mine] = await tx
		.select({ id: roundtableMembers.organisationId })
		.from(roundtableMembers)
		.innerJoin(delegates, eq(delegates.organisationId, roundtableMembers.organisationId))
		.where(
			and(
				eq(roundtableMembers.roundtableId, meeting.roundtableId),
				isNull(roundtableMembers.leftOn),
				eq(delegates.userId, actor.userId),
				eq(delegates.districtId, actor.districtId)
			)
		)
		.limit(1);
	return !!mine;
}
