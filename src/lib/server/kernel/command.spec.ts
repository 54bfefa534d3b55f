import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { organisations } from '../organisations';
import { createArea, createIndicator, createObjective, createPlan, indicators, refreshComputed } from '../planning';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { auditLog, command, describe as describeEntity, districts, systemActor, type Actor } from '.';
import { z } from 'zod';

useTestDatabase();

const input = z.object({ name: z.string().min(1, { error: 'Il nome è obbligatorio.' }) });
const rename = (actor: Actor, id: number, raw: unknown) =>
	command(actor, { can: 'organisations.manage', input, raw, versioned: true }, (c, data) =>
		c.update(organisations, id, { name: data.name })
	);

describe('the command kernel', () => {
	it('creates, logs in the same transaction, refuses a stale version and another district’s id', async () => {
		const a = await createDistrict({ slug: 'kernel-a', name: 'Ambito A' });
		const b = await createDistrict({ slug: 'kernel-b', name: 'Ambito B' });
		const admin = systemActor(a.id);
		const [before] = await db().select().from(districts).where(eq(districts.id, a.id));

		const org = await command(admin, { can: 'organisations.manage' }, (c) =>
			c.create(organisations, { name: 'Caritas', type: 'third_sector' })
		);
		expect(org.districtId).toBe(a.id);
		const logged = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'organisation'), eq(auditLog.entityId, String(org.id))));
		expect(logged.map((l) => l.action)).toEqual(['create']);
		expect(describeEntity(logged[0].entity, logged[0].entityId, logged[0].after)).toBe('Ente Caritas');
		const [after] = await db().select().from(districts).where(eq(districts.id, a.id));
		expect(after.contentVersion).toBe(before.contentVersion + 1);

		// A failure inside the body leaves neither the row nor its audit row.
		const failed = await errorOf(
			command(admin, {}, async (c) => {
				await c.create(organisations, { name: 'Mai salvato', type: 'other' });
				throw new Error('interrotto');
			})
		);
		expect((failed as Error).message).toBe('interrotto');
		expect(await db().select().from(organisations).where(eq(organisations.name, 'Mai salvato'))).toEqual([]);
		expect(await db().select().from(auditLog).where(eq(auditLog.entity, 'organisation'))).toHaveLength(1);

		// Stale version: refused with the stored record; the current one saves and bumps.
		const renamed = await rename(admin, org.id, { name: 'Caritas Lodigiana', version: '1' });
		expect(renamed.version).toBe(2);
		const stale = await errorOf(rename(admin, org.id, { name: 'Altro nome', version: '1' }));
		expect(stale).toBeInstanceOf(ConflictError);
		expect((stale as ConflictError).current.name).toBe('Caritas Lodigiana');

		// Another district's id is "not found", for reading and for writing.
		const other = systemActor(b.id);
		expect(await errorOf(rename(other, org.id, { name: 'Presa', version: '2' }))).toBeInstanceOf(NotFoundError);
		expect(await errorOf(command(other, {}, (c) => c.owned(organisations, [org.id])))).toBeInstanceOf(NotFoundError);
		expect(await errorOf(command(other, {}, (c) => c.remove(organisations, org.id)))).toBeInstanceOf(NotFoundError);
	});

	it('checks the permission first and reports every bad field at once', async () => {
		const d = await createDistrict({ slug: 'kernel-c', name: 'Ambito C' });
		const viewer = { ...systemActor(d.id), role: 'viewer' as const };
		expect(await errorOf(rename(viewer, 1, {}))).toBeInstanceOf(ForbiddenError);
		const bad = await errorOf(rename(systemActor(d.id), 1, { name: '' }));
		expect(bad).toBeInstanceOf(ValidationError);
		expect(Object.keys((bad as ValidationError).fields).sort()).toEqual(['name', 'version']);
	});

	it('refuses to write a table nobody registered, and an indicator whose source nobody registered', async () => {
		const d = await createDistrict({ slug: 'kernel-d', name: 'Ambito D' });
		const admin = systemActor(d.id);
		const unregistered = await errorOf(
			command(admin, {}, (c) => c.audit('tabella_ignota', { action: 'create', id: 1 }))
		);
		expect((unregistered as Error).message).toMatch(/non registrata/);
		// An indicator whose source no module registered (a module left out of modules.ts): recomputing it fails loudly.
		const plan = await createPlan(admin, {
			title: 'Piano 2025-2027',
			startYear: '2025',
			endYear: '2027',
			status: 'running'
		});
		const area = await createArea(admin, plan.id, { code: 'G', name: 'Politiche giovanili', active: 'on' });
		const objective = await createObjective(admin, plan.id, {
			kind: 'area',
			areaId: String(area.id),
			code: 'G1',
			title: 'Obiettivo'
		});
		const indicator = await createIndicator(admin, objective.id, {
			code: 'G1.OUT1',
			name: 'Partecipanti',
			kind: 'process',
			measure: 'hours',
			unit: 'ore',
			direction: 'higher',
			aggregation: 'sum'
		});
		await db().update(indicators).set({ source: 'fonte_ignota' }).where(eq(indicators.id, indicator.id));
		const loud = await errorOf(command(admin, {}, (c) => refreshComputed(c, () => true)));
		expect((loud as Error).message).toMatch(/Fonte di calcolo non registrata: fonte_ignota \(indicatore G1.OUT1\)/);
	});
});
