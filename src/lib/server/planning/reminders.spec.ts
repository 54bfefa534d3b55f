import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createAccount, createDistrict } from '../accounts';
import { auditLog, systemActor, type Actor } from '../kernel';
import { mails } from '../mail';
import { addDelegate, createOrganisation } from '../organisations';
import { createRoundtable } from '../roundtables';
import {
	addPeriod,
	closePeriod,
	createIndicator,
	createObjective,
	createPlan,
	indicatorPeriods,
	indicators,
	monitoringReminders,
	sendMonitoringReminders,
	setIndicatorOwner
} from '.';

useTestDatabase();

const ORIGIN = 'https://pdz.esempio.it';
/** Every period of these tests ends on 31 December 2024: the 30th day after is 30 January 2025. */
const END = '2024-12-31';

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin: Actor = { ...systemActor(district.id), userId: 'u-admin', name: 'Anna Ufficio' };
	const plan = await createPlan(admin, {
		title: 'Piano 2024-2026',
		startYear: '2024',
		endYear: '2026',
		status: 'running'
	});
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'S1', title: 'Sistema' });
	let n = 0;
	const account = (name: string, role = 'coordinator') =>
		createAccount(admin, {
			email: `${name.toLowerCase().replace(/\W+/g, '.')}@${slug}.it`,
			name,
			role,
			password: 'password-lunga-1'
		});
	/** An indicator owned by `owner` ("kind:id") with a period ending on END, its actual missing. */
	const owned = async (owner: string, values: Record<string, string> = {}) => {
		const indicator = await createIndicator(admin, objective.id, {
			code: `S1.I${++n}`,
			name: `Indicatore ${n}`,
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum'
		});
		const period = await addPeriod(admin, indicator.id, {
			label: '2024',
			startsOn: '2024-01-01',
			endsOn: END,
			target: '10',
			...values
		});
		await setIndicatorOwner(admin, indicator.id, { owner, version: String(indicator.version) });
		return { indicator, period };
	};
	const run = async (now: string) =>
		(await sendMonitoringReminders(new Date(now), { origin: ORIGIN })).find((d) => d.districtId === district.id)
			?.emails ?? [];
	const outbox = () => db().select().from(mails).where(eq(mails.districtId, district.id)).orderBy(mails.id);
	return { district, admin, plan, account, owned, run, outbox };
}

describe('monitoring reminders', () => {
	it('reminds 30 days after the period ended (a day of Rome), not before', async () => {
		const { account, owned, run, outbox } = await setup('rem-day');
		const maria = await account('Maria Rossi');
		await owned(`account:${maria.id}`);
		expect(await run('2025-01-29T12:00:00Z')).toEqual([]);
		// 23:30 in UTC is already 30 January in Rome.
		expect(await run('2025-01-29T23:30:00Z')).toEqual([maria.email]);
		expect((await outbox()).map((m) => [m.to, m.status])).toEqual([[maria.email, 'outbox']]);
	});

	it('writes to the same person at most once a week, and again while values are missing', async () => {
		const { district, account, owned, run, outbox } = await setup('rem-week');
		const maria = await account('Maria Rossi');
		await owned(`account:${maria.id}`);
		expect(await run('2025-02-01T08:00:00Z')).toEqual([maria.email]);
		expect(await run('2025-02-01T09:00:00Z')).toEqual([]);
		expect(await run('2025-02-08T07:59:00Z')).toEqual([]);
		expect(await run('2025-02-08T08:00:00Z')).toEqual([maria.email]);
		expect(await outbox()).toHaveLength(2);
		const [kept] = await db().select().from(monitoringReminders).where(eq(monitoringReminders.districtId, district.id));
		expect(kept).toMatchObject({ email: maria.email, sentAt: new Date('2025-02-08T08:00:00Z') });
		// Written through the kernel: the log says the system reminded her.
		const logged = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.districtId, district.id), eq(auditLog.entity, 'monitoring_reminder')));
		expect(logged.map((l) => [l.action, l.origin, l.userName, l.entityId])).toEqual([
			['create', 'system', 'sistema', maria.email],
			['update', 'system', 'sistema', maria.email]
		]);
	});

	it('sends once when two app instances run at the same moment', async () => {
		const { account, owned, run, outbox } = await setup('rem-twice');
		const maria = await account('Maria Rossi');
		await owned(`account:${maria.id}`);
		const both = await Promise.all([run('2025-02-01T08:00:00Z'), run('2025-02-01T08:00:00Z')]);
		expect(both.flat()).toEqual([maria.email]);
		expect(await outbox()).toHaveLength(1);
	});

	it('writes to an account owner, a roundtable’s coordinator and an organisation’s delegates with an account', async () => {
		const { admin, account, owned, run, outbox } = await setup('rem-who');
		const maria = await account('Maria Rossi');
		const luca = await account('Luca Bianchi');
		const sara = await account('Sara Verdi', 'delegate');
		const roundtable = await createRoundtable(admin, { name: 'Tavolo anziani', coordinatorId: luca.id });
		const alone = await createRoundtable(admin, { name: 'Tavolo senza referente' });
		const caritas = await createOrganisation(admin, { name: 'Caritas', type: 'third_sector' });
		await addDelegate(admin, caritas.id, { name: 'Sara Verdi', email: sara.email });
		// A delegate without an account gets nothing: there is nowhere for them to record the value.
		await addDelegate(admin, caritas.id, { name: 'Piero Senza', email: 'piero@esempio.it' });
		await owned(`account:${maria.id}`);
		await owned(`roundtable:${roundtable.id}`);
		await owned(`roundtable:${alone.id}`);
		await owned(`organisation:${caritas.id}`);
		expect((await run('2025-02-03T08:00:00Z')).sort()).toEqual([luca.email, maria.email, sara.email].sort());
		const byTo = Object.fromEntries((await outbox()).map((m) => [m.to, m]));
		expect(byTo[luca.email].body).toContain('(come referente del tavolo «Tavolo anziani»)');
		expect(byTo[sara.email].body).toContain('(come referente dell’ente «Caritas»)');
		expect(byTo[maria.email].body).not.toContain('come referente');
	});

	it('sends one mail per person listing every missing value, with absolute links to record them', async () => {
		const { admin, district, plan, account, owned, run, outbox } = await setup('rem-mail');
		const luca = await account('Luca Bianchi');
		const roundtable = await createRoundtable(admin, { name: 'Tavolo anziani', coordinatorId: luca.id });
		const a = await owned(`account:${luca.id}`);
		const b = await owned(`roundtable:${roundtable.id}`);
		// Not reminded: a recorded value, a computed indicator, a closed period, no owner.
		await owned(`account:${luca.id}`, { actualNumber: '4' });
		const computed = await owned(`account:${luca.id}`);
		await db().update(indicators).set({ source: 'attendance_share' }).where(eq(indicators.id, computed.indicator.id));
		const other = await createPlan(admin, {
			title: 'Piano chiuso',
			startYear: '2021',
			endYear: '2023',
			status: 'closed'
		});
		const o = await createObjective(admin, other.id, { kind: 'system', code: 'S9', title: 'Vecchio' });
		const old = await createIndicator(admin, o.id, {
			code: 'S9.I1',
			name: 'Vecchio',
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum'
		});
		await addPeriod(admin, old.id, { label: '2023', startsOn: '2023-01-01', endsOn: '2023-12-31', target: '1' });
		await setIndicatorOwner(admin, old.id, { owner: `account:${luca.id}`, version: String(old.version) });
		await closePeriod(admin, other.id, { label: '2023' });
		expect(await run('2025-02-03T08:00:00Z')).toEqual([luca.email]);
		const [mail] = await outbox();
		expect(mail.subject).toBe(`Promemoria: 2 valori di monitoraggio da inserire (Ambito rem-mail)`);
		const link = (x: { indicator: { id: number }; period: { id: number } }) =>
			`${ORIGIN}/gestione/${district.slug}/indicatori/${x.indicator.id}#periodo-${x.period.id}`;
		expect(mail.body).toBe(
			[
				'Gentile Luca Bianchi,',
				'',
				'mancano ancora i valori raggiunti di 2 periodi di indicatori di cui è responsabile, a più di 30 giorni dalla fine del periodo:',
				'',
				plan.title,
				`- ${a.indicator.code} ${a.indicator.name} · periodo 2024, terminato il 31 dicembre 2024`,
				`  Inserire il valore: ${link(a)}`,
				`- ${b.indicator.code} ${b.indicator.name} · periodo 2024, terminato il 31 dicembre 2024 (come referente del tavolo «Tavolo anziani»)`,
				`  Inserire il valore: ${link(b)}`,
				'',
				'Il valore si registra dalla pagina dell’indicatore, nel riquadro del periodo. Se non spetta a lei inserirlo, lo segnali all’Ufficio di Piano.',
				'Questo promemoria arriva al più una volta a settimana, finché mancano valori.',
				'',
				'Ambito rem-mail · pdz'
			].join('\n')
		);
		// Once recorded, nothing is left to remind.
		await db().update(indicatorPeriods).set({ actualNumber: '3' }).where(eq(indicatorPeriods.id, a.period.id));
		await db().update(indicatorPeriods).set({ actualText: 'n.d.' }).where(eq(indicatorPeriods.id, b.period.id));
		expect(await run('2025-03-03T08:00:00Z')).toEqual([]);
	});
});
