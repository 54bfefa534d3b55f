// Who may do what to whose account, beyond the permission (`accounts.manage`): an admin keeps
// their own admin role and account, and sets passwords only of people they fully administer.
import { and, eq } from 'drizzle-orm';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor, Context } from '../kernel';
import { memberships } from './schema';

/** Nobody takes the admin role away from themselves (the district would be left without one). */
export function assertKeepsOwnAdmin(actor: Actor, userId: string, role: string) {
	if (userId === actor.userId && role !== 'admin')
		throw new ValidationError({ role: 'Non puoi togliere a te stesso il ruolo di amministratore.' });
}

/** Nobody removes their own account from the district. */
export function assertNotSelf(actor: Actor, userId: string) {
	if (userId === actor.userId) throw new ValidationError({ _form: 'Non puoi rimuovere il tuo stesso account.' });
}

/**
 * A member's password is set only by someone who administers every district the member works
 * in: otherwise an admin of one district could take over accounts of another. (The platform
 * itself, with no user id, may.) "Not found" for people outside the actor's district.
 */
export async function assertMaySetPassword(c: Context, userId: string) {
	const actor = c.actor!;
	const their = await c.tx.select().from(memberships).where(eq(memberships.userId, userId));
	if (!their.some((m) => m.districtId === c.districtId)) throw new NotFoundError('Account');
	const mine = await c.tx
		.select()
		.from(memberships)
		.where(and(eq(memberships.userId, actor.userId), eq(memberships.role, 'admin')));
	if (actor.userId && their.some((m) => !mine.some((a) => a.districtId === m.districtId))) {
		throw new ValidationError({
			password:
				'Questa persona lavora anche in altri ambiti: la sua password può cambiarla solo lei, o chi amministra tutti i suoi ambiti.'
		});
	}
}
