// Reads of the district's public site: the reports received (staff of the office only: they
// may carry an email) and the accessibility statement (public).
import { desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { assertCan, type Actor } from '../kernel';
import { accessibilityStatements, disserviceReports } from './schema';

/** The latest reports received, newest first. */
export async function listReports(actor: Actor, limit = 200) {
	assertCan(actor, 'site.manage');
	return db()
		.select()
		.from(disserviceReports)
		.where(eq(disserviceReports.districtId, actor.districtId))
		.orderBy(desc(disserviceReports.createdAt), desc(disserviceReports.id))
		.limit(limit);
}

/** The district's parts of its accessibility statement, or null before the office writes them. */
export async function getStatement(districtId: number) {
	const [row] = await db()
		.select()
		.from(accessibilityStatements)
		.where(eq(accessibilityStatements.districtId, districtId));
	return row ?? null;
}
