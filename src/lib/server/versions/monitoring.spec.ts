import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { systemActor, type Actor } from '../kernel';
import { NotFoundError, ValidationError } from '../errors';
import { planDocx, planPdf } from '../documents';
import {
	addPeriod,
	createIndicator,
	createObjective,
	createPlan,
	getIndicator,
	indicatorActuals,
	plans,
	recordActual,
	romeToday,
	updatePeriod
} from '../planning';
import { romeToInstant } from '$lib/time';
import {
	advanceVersion,
	asOfDateError,
	checkAsOfDate,
	compare,
	compareVersions,
	comparison,
	endOfRomeDay,
	listVersions,
	monitoringDocument,
	newDraft,
	planData,
	versionSnapshot,
	type PlanData
} from '.';

useTestDatabase();
const run = promisify(execFile);

/** The date `days` from today, in Rome (YYYY-MM-DD). */
const day = (days: number) => {
	const [y, m, d] = romeToday().split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const year = Number(day(-30).slice(0, 4));

/** A plan with one indicator over two periods, approved 30 days ago (deliberation 7/…). */
async function approvedPlan(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin: Actor = { ...systemActor(district.id), userId: 'u-admin', name: 'Anna Ufficio' };
	const plan = await createPlan(admin, {
		title: 'Piano di monitoraggio',
		startYear: String(year - 1),
		endYear: String(year + 1),
		status: 'drafting'
	});
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'S1', title: 'Sistema' });
	const indicator = await createIndicator(admin, objective.id, {
		code: 'S1.OUT1',
		name: 'Persone accolte',
		kind: 'output',
		measure: 'count',
		unit: 'persone',
		direction: 'higher',
		aggregation: 'sum'
	});
	const first = await addPeriod(admin, indicator.id, {
		label: String(year - 1),
		startsOn: `${year - 1}-01-01`,
		endsOn: `${year - 1}-12-31`,
		target: '300'
	});
	const second = await addPeriod(admin, indicator.id, {
		label: String(year),
		startsOn: `${year}-01-01`,
		endsOn: `${year}-12-31`,
		target: '400'
	});
	for (const [to, extra] of [
		['review', {}],
		['submitted', {}],
		['approved', { deliberationOn: day(-30), deliberationNumber: `7/${year}` }]
	] as const) {
		const [latest] = await listVersions(admin, plan.id);
		await advanceVersion(admin, plan.id, to, { version: String(latest?.version ?? 1), ...extra });
	}
	return { district, admin, plan, objective, indicator, first, second };
}

/** A monitoring record kept at `at`, as the platform keeps them (the test moves time by hand). */
async function recordAt(districtId: number, periodId: number, actualNumber: string, at: Date) {
	await db().insert(indicatorActuals).values({
		districtId,
		periodId,
		actualNumber,
		comment: '',
		origin: 'form',
		recordedBy: 'Anna Ufficio',
		recordedAt: at
	});
}

const fields = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;
const periodsOf = (model: Awaited<ReturnType<typeof monitoringDocument>>['model']) =>
	model.sections[0].objectives[0].indicators[0];

describe('versions after approval', () => {
	it('opens a new draft right after approval, and the sending of the approved version is still recorded', async () => {
		const { admin, plan } = await approvedPlan('ver-mon-a');
		expect((await db().select().from(plans).where(eq(plans.id, plan.id)))[0].status).toBe('approved');
		const draft = await newDraft(admin, plan.id);
		expect(draft.number).toBe(2);
		// A second new draft is refused: version 2 is the one in the works.
		expect((await fields(newDraft(admin, plan.id)))._form).toBe(
			'La versione 2 è ancora in lavorazione («bozza»): le modifiche vanno lì.'
		);
		const [v2, v1] = await listVersions(admin, plan.id);
		expect([v2.status, v1.status]).toEqual(['draft', 'approved']);
		await advanceVersion(admin, plan.id, 'sent', {
			version: String(v1.version),
			sentOn: day(-1),
			protocolNumber: 'R1.0042'
		});
		const after = await listVersions(admin, plan.id);
		expect(after.map((v) => [v.number, v.status, v.protocolNumber])).toEqual([
			[2, 'draft', null],
			[1, 'sent', 'R1.0042']
		]);
		// Version 2 cannot be "sent": it is a draft.
		expect(
			(await fields(advanceVersion(admin, plan.id, 'sent', { version: '1', sentOn: day(0), protocolNumber: 'X' })))
				._form
		).toBe('La versione 2 è «bozza»: non può passare a «inviata alla Regione».');
	});

	it('compares the programme only: an actual recorded after approval is no difference; the live side is named', async () => {
		const { admin, plan, first } = await approvedPlan('ver-mon-b');
		await recordActual(admin, first.id, { actualNumber: '120', version: String(first.version) });
		expect(await compareVersions(admin, plan.id, 1, 'bozza')).toEqual([]);
		expect(await comparison(admin, plan.id, 1, 'bozza')).toEqual({
			from: { side: 1, label: 'Versione 1' },
			to: { side: 'bozza', label: 'Piano attuale' },
			differences: []
		});
		await newDraft(admin, plan.id);
		const named = await comparison(admin, plan.id, 'bozza', 1);
		expect([named.from.label, named.to.label, named.differences]).toEqual(['Bozza della versione 2', 'Versione 1', []]);
		// A target changed in the draft is a difference; the actual it carries is not.
		const period = (await getIndicator(admin, first.indicatorId)).periods[0];
		await updatePeriod(admin, period.id, {
			label: period.label,
			startsOn: period.startsOn,
			endsOn: period.endsOn,
			target: '320',
			actualNumber: '135',
			version: String(period.version)
		});
		expect(await compareVersions(admin, plan.id, 1, 'bozza')).toEqual([
			{ where: 'Indicatore S1.OUT1', change: 'changed', what: `Atteso ${year - 1}`, before: '300', after: '320' }
		]);
		// The snapshot keeps the programme, with the definition of each indicator, and no actuals.
		const data = (await versionSnapshot(admin, plan.id, 1))!.data;
		expect(data.objectives[0].indicators[0]).toEqual({
			code: 'S1.OUT1',
			name: 'Persone accolte',
			kind: 'output',
			unit: 'persone',
			description: '',
			measure: 'count',
			direction: 'higher',
			baseline: '',
			aggregation: 'sum',
			periods: [
				{ label: String(year - 1), target: '300' },
				{ label: String(year), target: '400' }
			]
		});
	});

	it('ignores the actuals of snapshots taken before the rule, and the definitions they did not keep', async () => {
		const { admin, plan } = await approvedPlan('ver-mon-c');
		const now = await planData(admin, plan.id);
		// An old snapshot: actuals per period, no measure, direction, baseline or aggregation.
		const old: PlanData = {
			...now,
			objectives: now.objectives.map((o) => ({
				...o,
				indicators: o.indicators.map((i) => ({
					code: i.code,
					name: i.name,
					kind: i.kind,
					unit: i.unit,
					periods: i.periods.map((p) => ({ ...p, actual: '77' }))
				}))
			}))
		};
		expect(compare(old, now)).toEqual([]);
		expect(compare(now, old)).toEqual([]);
		const changed = structuredClone(now);
		changed.objectives[0].indicators[0].direction = 'lower';
		changed.objectives[0].indicators[0].unit = 'nuclei';
		expect(compare(now, changed)).toEqual([
			{ where: 'Indicatore S1.OUT1', change: 'changed', what: 'Unità', before: 'persone', after: 'nuclei' },
			{
				where: 'Indicatore S1.OUT1',
				change: 'changed',
				what: 'Direzione',
				before: 'Più alto è meglio',
				after: 'Più basso è meglio'
			}
		]);
	});

	it('makes the document of an approved version with the monitoring as of a date, leaving the snapshot as it was', async () => {
		const { district, admin, plan, first, second } = await approvedPlan('ver-mon-d');
		const frozen = JSON.stringify(await versionSnapshot(admin, plan.id, 1));
		await recordAt(district.id, first.id, '90', romeToInstant(day(-20), '10:00')!);
		// Late in the evening of day -10 counts for day -10; just after midnight it is the next day's.
		await recordAt(district.id, first.id, '130', romeToInstant(day(-10), '23:30')!);
		await recordAt(district.id, first.id, '170', romeToInstant(day(-9), '00:10')!);
		// Today, through the form: the period's own actual is now 999.
		await recordActual(admin, second.id, { actualNumber: '999', version: String(second.version) });
		expect((await getIndicator(admin, second.indicatorId)).periods[1].actualNumber).toBe('999');

		const at = async (date: string) => periodsOf((await monitoringDocument(admin, plan.id, 1, date)).model);
		expect((await at(day(-30))).periods.map((p) => p.actual)).toEqual(['—', '—']);
		expect((await at(day(-20))).periods.map((p) => p.actual)).toEqual(['90 persone', '—']);
		const tenDaysAgo = await at(day(-10));
		expect(tenDaysAgo.periods).toEqual([
			{ label: String(year - 1), target: '300 persone', actual: '130 persone' },
			{ label: String(year), target: '400 persone', actual: '—' }
		]);
		// Progress to date counts the targets of the periods with an actual: 130 of 300.
		expect(tenDaysAgo.progress).toBeCloseTo(130 / 300);
		expect((await at(day(-9))).periods.map((p) => p.actual)).toEqual(['170 persone', '—']);
		const today = await monitoringDocument(admin, plan.id, 1, day(0));
		expect(periodsOf(today.model).periods.map((p) => p.actual)).toEqual(['170 persone', '999 persone']);
		expect(periodsOf(today.model).progress).toBeCloseTo((170 + 999) / 700);

		const { model } = await monitoringDocument(admin, plan.id, 1, day(-10));
		const date = (iso: string) =>
			new Intl.DateTimeFormat('it-IT', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'Europe/Rome'
			}).format(new Date(`${iso}T12:00:00Z`));
		expect(model.status).toBe(
			`Versione 1 · Programma approvato il ${date(day(-30))} (deliberazione n. 7/${year}); monitoraggio al ${date(day(-10))}`
		);
		expect(model.title).toBe('Piano di monitoraggio');
		// The approved snapshot is untouched by any of this.
		expect(JSON.stringify(await versionSnapshot(admin, plan.id, 1))).toBe(frozen);

		// Both formats carry the date and the value recorded by then, not the later ones.
		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-mon-'));
		const pdfFile = path.join(dir, 'monitoraggio.pdf');
		const docxFile = path.join(dir, 'monitoraggio.docx');
		await writeFile(pdfFile, await planPdf(model));
		await writeFile(docxFile, await planDocx(model));
		const { stdout: pdf } = await run('pdftotext', [pdfFile, '-']);
		await run(
			'soffice',
			[
				`-env:UserInstallation=file://${dir}/profile`,
				'--headless',
				'--convert-to',
				'txt:Text (encoded):UTF8',
				'--outdir',
				dir,
				docxFile
			],
			{ timeout: 120_000 }
		);
		const docx = await readFile(path.join(dir, 'monitoraggio.txt'), 'utf8');
		for (const text of [pdf.replace(/\s+/g, ' '), docx.replace(/\s+/g, ' ')]) {
			expect(text).toContain(`monitoraggio al ${date(day(-10))}`);
			expect(text).toContain(`(deliberazione n. 7/${year})`);
			expect(text).not.toContain('170');
			expect(text).not.toContain('999');
		}
		// The PDF's narrow cell wraps "300 persone / 130 persone" after the 130.
		expect(pdf.replace(/\s+/g, ' ')).toMatch(/300 persone \/ 130\b/);
		// The DOCX lists each period's figure in the cell, with its label.
		expect(docx.replace(/\s+/g, ' ')).toContain(
			`${year - 1}: 300 persone ${year}: 400 persone ${year - 1}: 130 persone ${year}: —`
		);
	}, 180_000);

	it('refuses a date before the approval, in the future or not a date, next to the field', async () => {
		const { admin, plan } = await approvedPlan('ver-mon-e');
		const refusal = async (raw: unknown) => (await fields(monitoringDocument(admin, plan.id, 1, raw))).al;
		expect(await refusal('')).toBe('La data del monitoraggio è obbligatoria.');
		expect(await refusal(undefined)).toBe('La data del monitoraggio è obbligatoria.');
		expect(await refusal('31/12/2025')).toMatch(/formato AAAA-MM-GG/);
		expect(await refusal(`${year}-02-30`)).toBe('La data del monitoraggio non è una data valida.');
		expect(await refusal(day(-31))).toMatch(
			/^La versione 1 è stata approvata il .+: scegli una data da quel giorno in poi\.$/
		);
		expect(await refusal(day(1))).toMatch(/^La data del monitoraggio non può essere futura: al più tardi oggi, /);
		expect(await asOfDateError(admin, plan.id, 1, day(1))).toMatch(/non può essere futura/);
		expect(await asOfDateError(admin, plan.id, 1, day(-30))).toBeNull();
		// A version that is not approved has no such document.
		await newDraft(admin, plan.id);
		expect(await errorOf(monitoringDocument(admin, plan.id, 2, day(0)))).toBeInstanceOf(NotFoundError);
		// The check itself, on a fixed day.
		const v = { number: 3, deliberationOn: '2026-03-01', snapshot: { takenAt: '2026-03-02T10:00:00Z' } };
		expect(checkAsOfDate(v, '2026-03-01', '2026-03-10')).toBe('2026-03-01');
		expect(checkAsOfDate(v, '2026-03-10', '2026-03-10')).toBe('2026-03-10');
		expect(() => checkAsOfDate(v, '2026-03-11', '2026-03-10')).toThrow(ValidationError);
	});

	it('reads a day to its last instant in Rome, in summer and in winter time', () => {
		expect(endOfRomeDay('2026-07-15').toISOString()).toBe('2026-07-15T21:59:59.999Z');
		expect(endOfRomeDay('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.999Z');
		// The night clocks go forward: the day ends at 22:00 UTC.
		expect(endOfRomeDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
	});
});
