// Reads of the audit log (written by the kernel's commands alone): the district's history for
// those who may read it, and when its data last changed (the public "last updated" date).
// Rows are only ever added (a database trigger refuses updates and deletes).
import { and, desc, eq, lt } from 'drizzle-orm';
import { db } from '../db';
import { assertCan, auditLog, type Actor } from '../kernel';

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(actor: Actor, options: { before?: number } = {}) {
	assertCan(actor, 'audit.read');
	const conditions = [eq(auditLog.districtId, actor.districtId)];
	if (options.before) conditions.push(lt(auditLog.id, options.before));
	return db()
		.select()
		.from(auditLog)
		.where(and(...conditions))
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE);
}
