// Reads of a district's staff: the accounts (admins only) and the names of who may take a role.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { assertCan, type Actor } from '../kernel';
import { memberships, users, type Role } from './schema';

export async function listMembers(actor: Actor) {
	assertCan(actor, 'accounts.manage');
	return db()
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: memberships.role,
			version: memberships.version
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.districtId, actor.districtId))
		.orderBy(asc(users.name));
}

/** Names of the district's staff with one of `roles` (e.g. who may coordinate a roundtable); no emails. */
export async function listStaffByRole(actor: Pick<Actor, 'districtId'>, roles: Role[]) {
	return db()
		.select({ id: users.id, name: users.name, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.districtId, actor.districtId), inArray(memberships.role, roles)))
		.orderBy(asc(users.name));
}
