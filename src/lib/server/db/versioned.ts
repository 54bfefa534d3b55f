// Optimistic concurrency: every editable record carries a version; an update names the
// version it was based on and is refused (ConflictError with the current record) otherwise.
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '.';
import { ConflictError, NotFoundError } from '../errors';

type OwnedTable = PgTable & { id: PgColumn; districtId: PgColumn };
type VersionedTable = OwnedTable & { version: PgColumn; updatedAt: PgColumn };

/** Reads one row of the district or throws NotFoundError (also for another district's row). */
export async function findOwned<T extends OwnedTable>(
	tx: Executor,
	table: T,
	districtId: number,
	id: number,
	what: string
): Promise<T['$inferSelect']> {
	const rows = await tx
		.select()
		.from(table as PgTable)
		.where(and(eq(table.id, id), eq(table.districtId, districtId)));
	if (!rows[0]) throw new NotFoundError(what);
	return rows[0] as T['$inferSelect'];
}

export async function updateVersioned<T extends VersionedTable>(
	tx: Executor,
	table: T,
	districtId: number,
	id: number,
	expectedVersion: number,
	values: Partial<T['$inferInsert']>,
	what: string
): Promise<{ before: T['$inferSelect']; after: T['$inferSelect'] }> {
	const before = await findOwned(tx, table, districtId, id, what);
	if ((before as { version: number }).version !== expectedVersion) throw new ConflictError(before);
	const rows = await tx
		.update(table as PgTable)
		.set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
		.where(and(eq(table.id, id), eq(table.districtId, districtId), eq(table.version, expectedVersion)))
		.returning();
	if (!rows[0]) throw new ConflictError(await findOwned(tx, table, districtId, id, what));
	return { before, after: rows[0] as T['$inferSelect'] };
}
