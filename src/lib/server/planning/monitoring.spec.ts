import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { auditLog, command, systemActor, type Actor } from '../kernel';
import { advanceVersion, listVersions } from '../versions';
import { ConflictError, ValidationError } from '../errors';
import {
	actualHistory,
	addPeriod,
	closePeriod,
	createIndicator,
	createObjective,
	createPlan,
	indicatorPeriods,
	monitoringAsOf,
	monitoringOverview,
	recordActual,
	refreshComputed,
	registerSource,
	reopenPeriod,
	updatePeriod
} from '.';

useTestDatabase();

/** A computed source whose records the test moves by hand. */
let computedValue = 70;
registerSource({
	id: 'test.monitoring',
	configure: async () => ({}),
	compute: async () => ({ value: computedValue, note: `calcolato: ${computedValue}` }),
	link: () => ''
});

async function approvedPlan(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin: Actor = { ...systemActor(district.id), userId: 'u-admin', name: 'Anna Ufficio' };
	const plan = await createPlan(admin, { title: 'Piano', startYear: '2021', endYear: '2023', status: 'running' });
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'S1', title: 'Sistema' });
	const indicator = await createIndicator(admin, objective.id, {
		code: 'S1.OUT1',
		name: 'Operatori formati',
		kind: 'output',
		measure: 'count',
		direction: 'higher',
		aggregation: 'sum'
	});
	const period = await addPeriod(admin, indicator.id, {
		label: '2023',
		startsOn: '2023-01-01',
		endsOn: '2023-12-31',
		target: '120',
		actualNumber: '100'
	});
	for (const [to, extra] of [
		['review', {}],
		['submitted', {}],
		['approved', { deliberationOn: '2023-12-10', deliberationNumber: '12/2023' }]
	] as const) {
		const [latest] = await listVersions(admin, plan.id);
		await advanceVersion(admin, plan.id, to, { version: String(latest?.version ?? 1), ...extra });
	}
	return { district, admin, plan, objective, indicator, period };
}

const periodRow = async (id: number) =>
	(await db().select().from(indicatorPeriods).where(eq(indicatorPeriods.id, id)))[0];
const fields = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

describe('monitoring after approval', () => {
	it('records actuals on an approved plan by the period form, keeping every record, and keeps the targets frozen', async () => {
		const { admin, period } = await approvedPlan('mon-a');
		const form = { label: '2023', startsOn: '2023-01-01', endsOn: '2023-12-31', target: '120' };
		const saved = await updatePeriod(admin, period.id, {
			...form,
			actualNumber: '145',
			actualComment: 'registro dei corsi',
			version: String(period.version)
		});
		expect(saved).toMatchObject({ actualNumber: '145', actualComment: 'registro dei corsi', actualOrigin: 'form' });
		// A coordinator records too; the target cannot move.
		const coordinator: Actor = { ...admin, role: 'coordinator', name: 'Carla Tavolo', userId: 'u-coord' };
		await recordActual(coordinator, period.id, { actualNumber: '150', version: String(saved.version) });
		const target = await fields(
			updatePeriod(admin, period.id, {
				...form,
				target: '130',
				actualNumber: '150',
				version: String(saved.version + 1)
			})
		);
		expect(target.target).toMatch(/programma approvato.*crea la bozza della versione 2/);
		expect(target.label).toBeUndefined();
		const history = await actualHistory(admin, [period.id]);
		expect(history.map((h) => [h.actualNumber, h.recordedBy, h.origin])).toEqual([
			['150', 'Carla Tavolo', 'form'],
			['145', 'Anna Ufficio', 'form'],
			['100', 'Anna Ufficio', 'form']
		]);
		const [log] = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'indicator_period'), eq(auditLog.entityId, String(period.id))))
			.orderBy(asc(auditLog.id))
			.offset(2);
		expect(log).toMatchObject({ userName: 'Carla Tavolo', origin: 'form' });
	});

	it('tells the second of two people recording the same period, instead of overwriting', async () => {
		const { admin, period } = await approvedPlan('mon-b');
		await recordActual(admin, period.id, { actualNumber: '110', version: String(period.version) });
		expect(
			await errorOf(recordActual(admin, period.id, { actualNumber: '111', version: String(period.version) }))
		).toBeInstanceOf(ConflictError);
		expect((await periodRow(period.id)).actualNumber).toBe('110');
	});

	it('locks a closed period, says who closed it and how to reopen, and reopens only with a reason', async () => {
		const { admin, plan, period } = await approvedPlan('mon-c');
		expect((await fields(closePeriod(admin, plan.id, { label: '2031' }))).label).toMatch(/non ha indicatori/);
		await closePeriod(admin, plan.id, { label: '2023' });
		expect((await fields(closePeriod(admin, plan.id, { label: '2023' }))).label).toMatch(/è chiuso/);
		const refused = await fields(
			recordActual(admin, period.id, { actualNumber: '99', version: String(period.version) })
		);
		expect(refused.actualNumber).toMatch(/chiuso: lo ha chiuso Anna Ufficio il .*riaprilo dalla pagina «Monitoraggio»/);
		expect((await periodRow(period.id)).actualNumber).toBe('100');

		expect((await fields(reopenPeriod(admin, plan.id, { label: '2023', reason: '' }))).reason).toMatch(/obbligatorio/);
		expect((await fields(reopenPeriod(admin, plan.id, { label: '2023', reason: 'errore' }))).reason).toMatch(
			/almeno 10/
		);
		await reopenPeriod(admin, plan.id, { label: '2023', reason: 'Corretto il numero dei corsi del 2023' });
		const [reopened] = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'period_closure'), eq(auditLog.action, 'reopen')));
		expect(reopened).toMatchObject({ note: 'Corretto il numero dei corsi del 2023', userName: 'Anna Ufficio' });
		await recordActual(admin, period.id, { actualNumber: '99', version: String(period.version) });
		expect((await periodRow(period.id)).actualNumber).toBe('99');
	});

	it('keeps a closed computed figure as closed and shows the recalculated one beside it until the period is reopened', async () => {
		const { admin, plan, objective } = await approvedPlan('mon-d');
		computedValue = 70;
		// A computed indicator of the approved plan (added before approval in real life: here directly).
		const [indicator] = await command(admin, {}, async (c) => [
			await c.create((await import('./schema')).indicators, {
				planId: plan.id,
				objectiveId: objective.id,
				code: 'S1.PROC1',
				name: 'Enti presenti ad almeno il 70% degli incontri',
				kind: 'process',
				measure: 'percentage',
				source: 'test.monitoring'
			})
		]);
		const [period] = await command(admin, {}, async (c) => [
			await c.create(indicatorPeriods, {
				indicatorId: indicator.id,
				label: '2023',
				startsOn: '2023-01-01',
				endsOn: '2023-12-31',
				target: '70'
			})
		]);
		const refresh = () => command(admin, {}, (c) => refreshComputed(c, (i) => i.id === indicator.id));
		await refresh();
		expect(await periodRow(period.id)).toMatchObject({ actualNumber: '70', actualOrigin: 'computed' });
		await closePeriod(admin, plan.id, { label: '2023' });

		computedValue = 60; // an attendance of 2023 edited after the May 2024 presentation
		await refresh();
		expect(await periodRow(period.id)).toMatchObject({
			actualNumber: '70',
			recomputedNumber: '60',
			recomputedNote: 'calcolato: 60'
		});
		const [y2023] = (await monitoringOverview(admin, plan.id)).filter((p) => p.label === '2023');
		expect(y2023.closure?.closedBy).toBe('Anna Ufficio');
		expect(y2023.recalculated).toEqual([
			expect.objectContaining({ code: 'S1.PROC1', closed: '70', recalculated: '60' })
		]);

		computedValue = 70; // the records agree with the closed figure again
		await refresh();
		expect((await periodRow(period.id)).recomputedNumber).toBeNull();

		computedValue = 60;
		await refresh();
		await reopenPeriod(admin, plan.id, { label: '2023', reason: 'Presenze di novembre 2023 corrette' });
		expect(await periodRow(period.id)).toMatchObject({ actualNumber: '60', recomputedNumber: null });
		const computedLog = await db()
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.entity, 'indicator_period'),
					eq(auditLog.entityId, String(period.id)),
					eq(auditLog.origin, 'computed')
				)
			);
		expect(computedLog.length).toBeGreaterThanOrEqual(3);
	});

	it('gives the monitoring as it stood at a date', async () => {
		const { admin, plan, period } = await approvedPlan('mon-e');
		await db()
			.update((await import('./schema')).indicatorActuals)
			.set({ recordedAt: new Date('2024-03-01T10:00:00Z') })
			.where(eq((await import('./schema')).indicatorActuals.periodId, period.id));
		await recordActual(admin, period.id, { actualNumber: '145', version: String(period.version) });
		const may2024 = await monitoringAsOf(admin, plan.id, new Date('2024-05-16T12:00:00Z'));
		expect(may2024.map((r) => [r.indicatorCode, r.label, r.actualNumber])).toEqual([['S1.OUT1', '2023', '100']]);
		const now = await monitoringAsOf(admin, plan.id, new Date(Date.now() + 1000));
		expect(now.map((r) => r.actualNumber)).toEqual(['145']);
		expect(await monitoringAsOf(admin, plan.id, new Date('2020-01-01'))).toEqual([]);
	});
});
