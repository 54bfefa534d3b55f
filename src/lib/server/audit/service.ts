// The audit log: who changed what, when, with the record before and after.
// Rows are only ever added (a database trigger refuses updates and deletes).
import { auditLog } from '../kernel/schema';
import type { Actor } from '../kernel/access';
import { assertCan } from '../kernel/access';
import { districts } from '../kernel/schema';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { db } from '../db';

export interface Change {
	action: 'create' | 'update' | 'delete' | string;
	entity: string;
	entityId: string | number;
	before?: unknown;
	after?: unknown;
}

/** Records a change and bumps the district's content version (public caches key on it). */
export async function recordChange(tx: Executor, actor: Actor | null, districtId: number | null, change: Change) {
	await tx.insert(auditLog).values({
		districtId,
		userId: actor?.userId || null,
		userName: actor?.name ?? 'sistema',
		action: change.action,
		entity: change.entity,
		entityId: String(change.entityId),
		before: change.before ?? null,
		after: change.after ?? null
	});
	if (districtId !== null) {
		await tx
			.update(districts)
			.set({ contentVersion: sql`${districts.contentVersion} + 1` })
			.where(eq(districts.id, districtId));
	}
}

/** When the district's data last changed (the public "last updated" date). */
export async function lastChange(districtId: number): Promise<Date | null> {
	const [row] = await db().select({ at: auditLog.at }).from(auditLog).where(eq(auditLog.districtId, districtId)).orderBy(desc(auditLog.at)).limit(1);
	return row?.at ?? null;
}

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
