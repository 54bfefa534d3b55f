import { auditLog } from '../kernel';
import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createAccount, createDistrict, actorIn } from '../accounts';
import {
	addPeriod,
	createArea,
	createIndicator,
	createObjective,
	createPlan,
	getIndicator,
	planOverview,
	recordActual,
	updateObjective,
	updatePeriod,
	updateIndicator,
	deleteObjective
} from '.';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';

useTestDatabase();

async function fixture(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
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
	return { district, admin, area, plan, objective };
}

describe('planning service', () => {
	it('creates an indicator with a period and computes its progress', async () => {
		const { admin, plan, objective } = await fixture('alfa');
		const ind = await createIndicator(admin, objective.id, {
			code: 'G1.P1',
			name: 'Ore di apertura',
			kind: 'process',
			measure: 'hours',
			unit: 'ore',
			direction: 'higher',
			aggregation: 'sum'
		});
		await addPeriod(admin, ind.id, {
			label: '2025',
			startsOn: '2025-01-01',
			endsOn: '2025-12-31',
			target: '900',
			actualNumber: '2.000'
		});
		const overview = await planOverview(admin, plan.id);
		const row = overview.objectives[0].indicators[0];
		expect(row.summary.target).toBe(900);
		expect(row.summary.actual).toBe(2000);
		expect(row.summary.progress.status).toBe('over');
	});

	it('refuses bad input with Italian messages per field', async () => {
		const { admin, objective } = await fixture('beta');
		const e1 = (await errorOf(
			createObjective(admin, objective.planId, { kind: 'system', code: 'X', title: '   ' })
		)) as ValidationError;
		expect(e1).toBeInstanceOf(ValidationError);
		expect(e1.fields.title).toMatch(/obbligatorio/);
		const ind = await createIndicator(admin, objective.id, {
			code: 'P1',
			name: 'Quota',
			kind: 'outcome',
			measure: 'percentage',
			direction: 'higher',
			aggregation: 'latest'
		});
		const e2 = (await errorOf(
			addPeriod(admin, ind.id, { label: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', target: 'settanta' })
		)) as ValidationError;
		expect(e2.fields.target).toMatch(/numero/);
		const e3 = (await errorOf(
			addPeriod(admin, ind.id, { label: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', target: '120' })
		)) as ValidationError;
		expect(e3.fields.target).toMatch(/tra 0 e 100/);
		const e4 = (await errorOf(
			addPeriod(admin, ind.id, { label: '2025', startsOn: '2025-06-01', endsOn: '2025-01-31', target: '50' })
		)) as ValidationError;
		expect(e4.fields.endsOn).toMatch(/fine/);
		const e5 = (await errorOf(
			createIndicator(admin, objective.id, {
				code: 'P1',
				name: 'Doppione',
				kind: 'output',
				measure: 'count',
				direction: 'higher',
				aggregation: 'sum'
			})
		)) as ValidationError;
		expect(e5.fields.code).toMatch(/già usato/);
		const e6 = (await errorOf(
			updateObjective(admin, objective.id, { kind: 'system', code: 'G1', title: 'x'.repeat(501), version: '1' })
		)) as ValidationError;
		expect(e6.fields.title).toMatch(/troppo lungo/);
	});

	it('refuses the second of two saves based on the same version, keeping the first', async () => {
		const { admin, objective } = await fixture('gamma');
		await updateObjective(admin, objective.id, { kind: 'system', code: 'G1', title: 'Prima modifica', version: '1' });
		const e = await errorOf(
			updateObjective(admin, objective.id, { kind: 'system', code: 'G1', title: 'Seconda modifica', version: '1' })
		);
		expect(e).toBeInstanceOf(ConflictError);
		expect((e as ConflictError).current.title).toBe('Prima modifica');
	});

	it('lets a coordinator record an actual but not a viewer; text actuals have no score', async () => {
		const { admin, objective } = await fixture('delta');
		const ind = await createIndicator(admin, objective.id, {
			code: 'E2',
			name: 'Protocolli stipulati',
			kind: 'outcome',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum'
		});
		const period = await addPeriod(admin, ind.id, {
			label: '2025-2027',
			startsOn: '2025-01-01',
			endsOn: '2027-12-31',
			target: '1'
		});
		const coordinator = { ...admin, role: 'coordinator' as const };
		const viewer = { ...admin, role: 'viewer' as const };
		expect(
			await errorOf(recordActual(viewer, period.id, { actualText: 'in definizione', version: '1' }))
		).toBeInstanceOf(ForbiddenError);
		await recordActual(coordinator, period.id, { actualText: 'In definizione', version: '1' });
		const { summary } = await getIndicator(admin, ind.id);
		expect(summary.progress.status).toBe('no_score');
		expect(summary.actualText).toBe('In definizione');
		expect(
			await errorOf(
				updatePeriod(coordinator, period.id, { label: 'x', startsOn: '2025-01-01', endsOn: '2025-01-02', version: '2' })
			)
		).toBeInstanceOf(ForbiddenError);
	});

	it('keeps districts apart: ids of another district are not found', async () => {
		const a = await fixture('epsilon');
		const b = await fixture('zeta');
		const e = await errorOf(
			updateObjective(b.admin, a.objective.id, { kind: 'system', code: 'G1', title: 'Intrusione', version: '1' })
		);
		expect(e).toBeInstanceOf(NotFoundError);
		const e2 = await errorOf(
			createObjective(b.admin, b.plan.id, { kind: 'area', areaId: String(a.area.id), code: 'X', title: 'Area altrui' })
		);
		expect((e2 as ValidationError).fields.areaId).toMatch(/Area non trovata/);
	});

	it('writes every change to an audit log that nobody can edit', async () => {
		const { district } = await fixture('eta');
		const rows = await db()
			.select()
			.from(auditLog)
			.where(sql`${auditLog.districtId} = ${district.id}`)
			.orderBy(auditLog.id);
		expect(rows.map((r) => r.entity)).toEqual(['district', 'plan', 'area', 'objective']);
		const refused = async (statement: ReturnType<typeof sql>) =>
			String(((await errorOf(db().execute(statement))) as Error & { cause?: Error }).cause?.message);
		expect(await refused(sql`update audit_log set action = 'x' where district_id = ${district.id}`)).toMatch(
			/append-only/
		);
		expect(await refused(sql`delete from audit_log where district_id = ${district.id}`)).toMatch(/append-only/);
		expect(await refused(sql`truncate audit_log`)).toMatch(/append-only/);
	});

	it('gives a user an actor only in the districts they belong to', async () => {
		const a = await fixture('theta');
		await fixture('iota');
		const account = await createAccount(a.admin, {
			email: 'Persona@Esempio.it',
			name: 'Persona',
			role: 'viewer',
			password: 'una-password-lunga'
		});
		expect(account.email).toBe('persona@esempio.it');
		expect((await actorIn(account, 'theta'))?.role).toBe('viewer');
		expect(await actorIn(account, 'iota')).toBeNull();
	});

	it('refuses a measure that does not suit the values already recorded', async () => {
		const { admin, objective } = await fixture('kappa');
		const ind = await createIndicator(admin, objective.id, {
			code: 'K1',
			name: 'Ore',
			kind: 'process',
			measure: 'hours',
			direction: 'higher',
			aggregation: 'sum'
		});
		await addPeriod(admin, ind.id, {
			label: '2025',
			startsOn: '2025-01-01',
			endsOn: '2025-12-31',
			target: '900',
			actualNumber: '2000'
		});
		const base = { code: 'K1', name: 'Ore', kind: 'process', direction: 'higher', aggregation: 'sum', version: '1' };
		const toPercent = (await errorOf(
			updateIndicator(admin, ind.id, { ...base, measure: 'percentage' })
		)) as ValidationError;
		expect(toPercent.fields.measure).toMatch(/percentuali oltre 100/);
		const toText = (await errorOf(updateIndicator(admin, ind.id, { ...base, measure: 'text' }))) as ValidationError;
		expect(toText.fields.measure).toMatch(/modifica prima i periodi/);
	});

	it('refuses control characters, dates out of range and huge numbers instead of failing', async () => {
		const { admin, objective } = await fixture('lambda');
		const e1 = (await errorOf(
			createObjective(admin, objective.planId, { kind: 'system', code: 'X', title: 'a\u0000b' })
		)) as ValidationError;
		expect(e1.fields.title).toMatch(/caratteri non ammessi/);
		const ind = await createIndicator(admin, objective.id, {
			code: 'L1',
			name: 'Conteggio',
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum'
		});
		const e2 = (await errorOf(
			addPeriod(admin, ind.id, { label: 'x', startsOn: '0000-01-01', endsOn: '2025-12-31', target: '1' })
		)) as ValidationError;
		expect(e2.fields.startsOn).toBeDefined();
		const e3 = (await errorOf(
			addPeriod(admin, ind.id, { label: 'x', startsOn: '2025-01-01', endsOn: '2025-12-31', target: '9'.repeat(400) })
		)) as ValidationError;
		expect(e3.fields.target).toBeDefined();
		const e4 = (await errorOf(
			createObjective(admin, objective.planId, { kind: 'area', areaId: '99999999999', code: 'X', title: 'Area enorme' })
		)) as ValidationError;
		expect(e4.fields.areaId).toBeDefined();
	});

	it('keeps in the audit log what a delete takes with it', async () => {
		const { admin, objective, district } = await fixture('mu');
		const ind = await createIndicator(admin, objective.id, {
			code: 'M1',
			name: 'Conteggio',
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum'
		});
		await addPeriod(admin, ind.id, {
			label: '2025',
			startsOn: '2025-01-01',
			endsOn: '2025-12-31',
			target: '10',
			actualNumber: '7'
		});
		await deleteObjective(admin, objective.id);
		const [entry] = await db()
			.select()
			.from(auditLog)
			.where(sql`${auditLog.districtId} = ${district.id} and ${auditLog.action} = 'delete'`);
		const before = entry.before as { indicators: { code: string }[]; periods: { actualNumber: string }[] };
		expect(before.indicators.map((i) => i.code)).toEqual(['M1']);
		expect(before.periods.map((p) => p.actualNumber)).toEqual(['7']);
	});
});
