// Roundtables as owners of indicators (registered with the planning module, which cannot
// import this one): the district's roundtables, and their coordinators for the reminders.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { memberships, users } from '../accounts';
import { registerOwners } from '../planning';
import { roundtables } from './schema';

registerOwners('roundtable', {
	list: async (tx, districtId) =>
		(
			await tx
				.select({ id: roundtables.id, name: roundtables.name })
				.from(roundtables)
				.where(eq(roundtables.districtId, districtId))
				.orderBy(asc(roundtables.name))
		).map((r) => ({ id: String(r.id), name: r.name })),
	/** A roundtable's coordinator, while they have an account in the district. */
	recipients: async (tx, districtId, ids) => {
		const numeric = ids.map(Number).filter(Number.isInteger);
		if (!numeric.length) return [];
		const rows = await tx
			.select({ roundtableId: roundtables.id, name: users.name, email: users.email })
			.from(roundtables)
			.innerJoin(users, eq(users.id, roundtables.coordinatorId))
			.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.districtId, districtId)))
			.where(
				and(
					eq(roundtables.districtId, districtId),
					inArray(roundtables.id, numeric),
					isNotNull(roundtables.coordinatorId)
				)
			);
		return rows.filter((r) => r.email).map((r) => ({ ownerId: String(r.roundtableId), name: r.name, email: r.email }));
	}
});
