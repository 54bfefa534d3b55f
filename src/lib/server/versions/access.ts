// Who may do what with a plan's versions, beyond the permissions: the review is the staff's.
import { can, type Actor } from '../kernel';
import { ForbiddenError } from '../errors';

/** The plan's review is the staff's: the office and coordinators (not delegates, not viewers). */
export function mayCommentOnVersions(actor: Actor): boolean {
	return can(actor, 'comments.write') && actor.role !== 'delegate';
}

export function assertMayCommentOnVersions(actor: Actor): void {
	if (!mayCommentOnVersions(actor)) throw new ForbiddenError();
}

/** Review comments are the staff's: delegates of member organisations do not see them. */
export function maySeeVersionComments(actor: Actor): boolean {
	return actor.role !== 'delegate';
}
