// Reading one row of a district (tenant isolation) outside a command: queries and pages.
// Writes, with their version checks, go through the kernel (kernel/command.ts).
import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '.';
import { NotFoundError } from '../errors';

type OwnedTable = PgTable & { id: PgColumn; districtId: PgColumn };

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
