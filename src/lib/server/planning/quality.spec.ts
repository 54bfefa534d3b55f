import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { systemActor, type Actor } from '../kernel';
import {
	addPeriod,
	closePeriod,
	createIndicator,
	createObjective,
	createPlan,
	indicatorPeriods,
	planQuality,
	updatePlan,
	type QualityKind
} from '.';

useTestDatabase();

/** "Today" of these tests: 10 March 2025, in Rome. */
const NOW = new Date('2025-03-10T10:00:00Z');

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin: Actor = { ...systemActor(district.id), userId: 'u-admin', name: 'Anna Ufficio' };
	const plan = await createPlan(admin, {
		title: 'Piano 2022-2025',
		startYear: '2022',
		endYear: '2025',
		status: 'running'
	});
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'S1', title: 'Sistema' });
	let n = 0;
	const indicator = (measure: string, name = `Indicatore ${measure}`) =>
		createIndicator(admin, objective.id, {
			code: `S1.I${++n}`,
			name,
			kind: 'output',
			measure,
			direction: 'higher',
			aggregation: 'sum'
		});
	const period = (indicatorId: number, year: number, values: Record<string, string> = {}) =>
		addPeriod(admin, indicatorId, {
			label: String(year),
			startsOn: `${year}-01-01`,
			endsOn: `${year}-12-31`,
			target: '100',
			...values
		});
	const check = async () => planQuality(admin, plan.id, { district: slug, now: NOW });
	/** The cases of `kind` for the indicator `id`, as [period label, sentence]. */
	const cases = async (kind: QualityKind, id: number) =>
		(await check()).groups
			.find((g) => g.kind === kind)!
			.cases.filter((c) => c.indicator.id === id)
			.map((c) => [c.period.label, c.message]);
	return { district, admin, plan, indicator, period, check, cases };
}

describe('data-quality checks', () => {
	it('flags a percentage above 100, not one of 100', async () => {
		const { indicator, period, cases, check } = await setup('dq-pct');
		const pct = await indicator('percentage', 'Copertura');
		const high = await period(pct.id, 2022, { actualNumber: '90' });
		await period(pct.id, 2023, { actualNumber: '100' });
		// The form refuses it; an old figure or a source outside the forms may still hold one.
		await db().update(indicatorPeriods).set({ actualNumber: '120' }).where(eq(indicatorPeriods.id, high.id));
		expect(await cases('over_100', pct.id)).toEqual([
			[
				'2022',
				'Il valore raggiunto nel periodo 2022 è 120%: una percentuale non supera il 100%. Controllare che non sia stato inserito un numero assoluto.'
			]
		]);
		const result = await check();
		const c = result.groups.find((g) => g.kind === 'over_100')!.cases[0];
		expect(c).toMatchObject({
			indicator: { id: pct.id, code: pct.code, name: 'Copertura' },
			period: { id: high.id, label: '2022' },
			href: `/gestione/dq-pct/indicatori/${pct.id}#periodo-${high.id}`,
			closed: false,
			owner: null
		});
		// A count of 120 is no percentage.
		const count = await indicator('count');
		await period(count.id, 2022, { actualNumber: '120' });
		expect(await cases('over_100', count.id)).toEqual([]);
	});

	it('flags an actual more than three times, or under a third of, the mean of at least two earlier periods', async () => {
		const { indicator, period, cases } = await setup('dq-out');
		const jump = await indicator('count');
		await period(jump.id, 2022, { actualNumber: '200' });
		await period(jump.id, 2023, { actualNumber: '400' });
		await period(jump.id, 2024, { actualNumber: '4000' });
		expect(await cases('outlier', jump.id)).toEqual([
			[
				'2024',
				'Nel periodo 2024: 4000 contro una media di 300 nei periodi precedenti (2022, 2023), più del triplo. Controllare che non sia un errore di battitura o di unità di misura.'
			]
		]);
		const drop = await indicator('hours');
		await period(drop.id, 2022, { actualNumber: '300' });
		await period(drop.id, 2023, { actualNumber: '300' });
		await period(drop.id, 2024, { actualNumber: '99' });
		expect((await cases('outlier', drop.id)).map(([, m]) => m)).toEqual([
			expect.stringContaining('99 contro una media di 300 nei periodi precedenti (2022, 2023), meno di un terzo')
		]);
		// Within the bounds (exactly three times, exactly a third), or with one earlier period only: nothing.
		const steady = await indicator('count');
		await period(steady.id, 2022, { actualNumber: '300' });
		await period(steady.id, 2023, { actualNumber: '300' });
		await period(steady.id, 2024, { actualNumber: '900' });
		await period(steady.id, 2025, { actualNumber: '500' });
		expect(await cases('outlier', steady.id)).toEqual([]);
		const young = await indicator('count');
		await period(young.id, 2022, { actualNumber: '10' });
		await period(young.id, 2023, { actualNumber: '1000' });
		expect(await cases('outlier', young.id)).toEqual([]);
	});

	it('flags an ended period without an actual, not one still running or recorded', async () => {
		const { indicator, period, cases } = await setup('dq-miss');
		const i = await indicator('count');
		await period(i.id, 2023, { actualNumber: '5' });
		await period(i.id, 2024);
		await period(i.id, 2025);
		expect(await cases('missing_actual', i.id)).toEqual([
			['2024', 'Il periodo 2024 è terminato il 31 dicembre 2024 e il valore raggiunto non è stato inserito.']
		]);
		// A text actual is an actual too (it is checked by its own rule).
		const t = await indicator('text');
		await period(t.id, 2024, { target: '', targetText: 'avviato', actualText: 'in corso' });
		expect(await cases('missing_actual', t.id)).toEqual([]);
	});

	it('flags a period without a target, for numeric and text indicators alike', async () => {
		const { indicator, period, cases } = await setup('dq-target');
		const n = await indicator('count');
		await period(n.id, 2023, { target: '' });
		await period(n.id, 2024, { target: '12' });
		expect(await cases('missing_target', n.id)).toEqual([['2023', 'Il periodo 2023 non ha un valore atteso.']]);
		const t = await indicator('text');
		await period(t.id, 2023, { target: '' });
		await period(t.id, 2024, { target: '', targetText: 'protocollo firmato' });
		expect((await cases('missing_target', t.id)).map(([label]) => label)).toEqual(['2023']);
	});

	it('flags a text actual of a numeric indicator once its period has ended, not while it runs nor in a text indicator', async () => {
		const { indicator, period, cases } = await setup('dq-text');
		const n = await indicator('count');
		await period(n.id, 2024, { actualText: 'in definizione' });
		await period(n.id, 2025, { actualText: 'in definizione' });
		expect(await cases('text_actual', n.id)).toEqual([
			[
				'2024',
				'Il periodo 2024 è terminato il 31 dicembre 2024 e il valore raggiunto è un testo («in definizione»): l’indicatore si misura con un numero.'
			]
		]);
		const t = await indicator('text');
		await period(t.id, 2024, { target: '', targetText: 'avviato', actualText: 'avviato' });
		expect(await cases('text_actual', t.id)).toEqual([]);
	});

	it('still checks the periods of a closed plan and closed periods, and counts every kind', async () => {
		const { admin, plan, indicator, period, check } = await setup('dq-closed');
		const i = await indicator('count');
		await period(i.id, 2023);
		await closePeriod(admin, plan.id, { label: '2023' });
		await updatePlan(admin, plan.id, {
			title: plan.title,
			startYear: '2022',
			endYear: '2025',
			status: 'closed',
			version: String(plan.version)
		});
		const result = await check();
		expect(result.total).toBe(1);
		expect(result.groups.map((g) => [g.kind, g.count])).toEqual([
			['over_100', 0],
			['outlier', 0],
			['missing_actual', 1],
			['missing_target', 0],
			['text_actual', 0]
		]);
		expect(result.groups[2].cases[0]).toMatchObject({ closed: true, period: { label: '2023' } });
	});

	it('reads only plans of the reader’s district', async () => {
		const { plan } = await setup('dq-own');
		const other = await createDistrict({ slug: 'dq-other', name: 'Altro' });
		await expect(planQuality(systemActor(other.id), plan.id, { district: 'dq-other', now: NOW })).rejects.toThrow();
	});
});
