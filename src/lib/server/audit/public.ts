// The audit log as the public pages see it: only when the district's data last changed.
import { desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { auditLog } from '../kernel';

/** When the district's data last changed (the public "last updated" date). */
export async function lastChange(districtId: number): Promise<Date | null> {
	const [row] = await db()
		.select({ at: auditLog.at })
		.from(auditLog)
		.where(eq(auditLog.districtId, districtId))
		.orderBy(desc(auditLog.at))
		.limit(1);
	return row?.at ?? null;
}
