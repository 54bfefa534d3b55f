// Monitoring that lasts the three years, on an installation of its own (it approves the demo's
// 2021-2023 plan and changes its records): after approval the actuals are recorded by form
// and by import while the approved snapshot stays as it was; a closed period keeps the figure
// that was presented, and a later change of its records shows beside it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startApp } from '../setup/app';
import { ADMIN, COORDINATOR, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const PLAN = '/gestione/lodi/piani/2021-2023';
let app: Awaited<ReturnType<typeof startApp>>;
let db: pg.Client;
let admin: pg.Client;
const name = `pdz_monitoring_${process.pid}`;

beforeAll(async () => {
	admin = new pg.Client({ connectionString: inject('adminUrl') });
	await admin.connect();
	await admin.query(`drop database if exists ${name} with (force)`);
	await admin.query(`create database ${name}`);
	const url = new URL(inject('adminUrl'));
	url.pathname = `/${name}`;
	app = await startApp(url.toString(), { PDZ_DEMO: '1' });
	db = new pg.Client({ connectionString: url.toString() });
	await db.connect();
});

afterAll(async () => {
	await db?.end();
	await app?.stop();
	await admin?.query(`drop database if exists ${name} with (force)`);
	await admin?.end();
});

/** The approved snapshot as the database keeps it. */
const snapshot = async () =>
	(
		await db.query(
			`select md5(v.snapshot::text) as hash from plan_version v join plan p on p.id = v.plan_id where p.slug = '2021-2023' and v.number = 1`
		)
	).rows[0]?.hash as string | undefined;

/** The row of indicator `code` in the plan's staff dashboard. */
const row = (page: Page, code: string) =>
	page
		.locator('tr')
		.filter({ has: page.getByText(code, { exact: true }) })
		.first();

/** The achieved value of `code` on the plan's staff dashboard. */
async function dashboardActual(page: Page, code: string) {
	await visit(page, PLAN);
	return (await row(page, code).locator('td').nth(2).textContent())?.trim();
}

async function openIndicator(page: Page, code: string) {
	await visit(page, PLAN);
	await row(page, code).getByRole('link').first().click();
	await page.waitForURL(/\/indicatori\/\d+$/);
	await visit(page, new URL(page.url()).pathname);
}

async function approve(page: Page) {
	await visit(page, `${PLAN}/versioni`);
	await page.getByRole('button', { name: 'Metti in revisione' }).click();
	await page.waitForLoadState('load');
	await page.getByRole('button', { name: 'Presenta all’Assemblea dei Sindaci' }).click();
	await page.waitForLoadState('load');
	await page.getByLabel('Data della deliberazione').fill('2020-12-18');
	await page.getByLabel('Numero della deliberazione').fill('30/2020');
	await page.getByRole('button', { name: 'Registra l’approvazione' }).click();
	await page.waitForLoadState('load');
	await visit(page, `${PLAN}/versioni`);
	expect(await page.getByRole('heading', { name: 'Versione 1: approvata' }).count()).toBe(1);
}

describe('monitoring after approval', () => {
	it('records actuals by form and by import on an approved plan: the snapshot stays, the dashboard and the public page move', async () => {
		const page = await (await newContext({ baseURL: app.origin, acceptDownloads: true })).newPage();
		await login(page, ADMIN);
		await approve(page);
		const approved = await snapshot();
		expect(approved).toMatch(/^[0-9a-f]{32}$/);

		// By form: the programme is frozen, the achieved value is recorded.
		await openIndicator(page, 'G1.OUTC5');
		expect(await page.getByRole('note').textContent()).toMatch(/Il programma è approvato \(versione 1\)/);
		expect(await page.locator('form[action="?/updatePeriod"]').count()).toBe(0);
		const period = page.locator('.border.rounded', { hasText: '2021-2023' }).first();
		await period.getByText('Registra il valore raggiunto').click();
		await period.getByLabel('Valore raggiunto (numero)').fill('65');
		await period.getByLabel('Commento').fill('Rilevazione delle scuole al 31/12/2023');
		await period.getByRole('button', { name: 'Salva', exact: true }).click();
		await page.waitForLoadState('load');
		await visit(page, new URL(page.url()).pathname);
		expect(await page.locator('main').textContent()).toContain('Rilevazione delle scuole al 31/12/2023');
		await page.getByText(/^Rilevazioni \(2\)/).click();
		expect(await page.locator('table tbody tr').first().textContent()).toMatch(/65.*Ufficio di Piano.*Modulo/s);

		// By import: one actual of the plan changed in the spreadsheet.
		await visit(page, `${PLAN}/dati`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Scarica in Excel (.xlsx)' }).click()
		]);
		const rows = (await readSheet(await readFile((await download.path())!))) as (string | number | null)[][];
		const at = rows.findIndex((r) => r[1] === 'G1.OUTC6');
		expect(at).toBeGreaterThan(0);
		rows[at][11] = 66;
		await page.getByLabel('File da importare').setInputFiles({
			name: 'monitoraggio.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: await writeXlsxFile(rows.map((r) => r.map((value) => ({ value: value ?? null }))) as never).toBuffer()
		});
		await page.getByRole('button', { name: 'Carica e mostra l’anteprima' }).click();
		await page.waitForURL(/\/dati\/importazioni\/\d+$/);
		await expect
			.poll(() => page.getByRole('button', { name: 'Applica tutte le modifiche' }).count(), { timeout: 30_000 })
			.toBe(1);
		await page.getByRole('button', { name: 'Applica tutte le modifiche' }).click();
		await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toMatch(/applicat/i);

		// The approved snapshot did not move; the dashboard and the public page did.
		expect(await snapshot()).toBe(approved);
		expect(await dashboardActual(page, 'G1.OUTC5')).toBe('65%');
		expect(await dashboardActual(page, 'G1.OUTC6')).toBe('66%');
		const origins = await db.query(
			`select distinct a.origin from indicator_actual a join indicator_period p on p.id = a.period_id join indicator i on i.id = p.indicator_id where i.code in ('G1.OUTC5', 'G1.OUTC6') and a.recorded_by <> 'sistema'`
		);
		expect(origins.rows.map((r) => r.origin).sort()).toEqual(['form', 'import']);
		const visitor = await (await newContext({ baseURL: app.origin })).newPage();
		await visit(visitor, '/ambiti/lodi/piani/2021-2023');
		const text = await visitor.locator('main').textContent();
		expect(text).toContain('65%');
		expect(text).toContain('66%');
		await visitor.context().close();
		await page.context().close();
	});

	it('keeps the closed 70% of 2021-2023 when a 2023 attendance changes, and shows the recalculated figure beside it', async () => {
		const page = await (await newContext({ baseURL: app.origin })).newPage();
		await login(page, ADMIN);
		expect(await dashboardActual(page, 'G1.OUTC1')).toBe('70%');
		await visit(page, `${PLAN}/monitoraggio`);
		const period = page.getByRole('region', { name: /^2021-2023/ });
		await period.locator('summary', { hasText: 'Chiudi il periodo' }).click();
		await period.getByRole('button', { name: /Chiudi il periodo/ }).click();
		await page.waitForLoadState('load');
		await visit(page, `${PLAN}/monitoraggio`);
		expect(await page.getByRole('region', { name: /^2021-2023/ }).textContent()).toMatch(/Chiuso da Ufficio di Piano/);

		// A closed actual is locked: the form is gone and the page says who closed it and how to reopen.
		await openIndicator(page, 'G1.OUTC5');
		expect(await page.locator('form[action="?/recordActual"]').count()).toBe(0);
		expect(await page.locator('main').textContent()).toMatch(
			/Periodo chiuso da Ufficio di Piano \(demo\) il .*riapri il periodo/
		);

		// The coordinator adds a 2023 meeting with two organisations present.
		const coordinator = await (await newContext({ baseURL: app.origin })).newPage();
		await login(coordinator, COORDINATOR);
		await visit(coordinator, '/gestione/lodi/tavoli');
		await coordinator.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
		await coordinator.getByText('Nuovo incontro').click();
		const form = coordinator.locator('form[action="?/createMeeting"]');
		await form.getByLabel('Titolo dell’incontro').fill('Incontro recuperato del 2023');
		await form.getByLabel(/^Data/).fill('2023-11-15');
		await form.getByLabel('Ora di inizio').fill('10:00');
		await form.getByLabel('Ora di fine').fill('12:00');
		await form.getByLabel('Luogo').fill('Ufficio di Piano, Lodi');
		await form.getByLabel('Stato').selectOption('held');
		await form.getByRole('button', { name: 'Crea incontro' }).click();
		await coordinator.waitForURL(/\/gestione\/lodi\/incontri\/\d+$/);
		// Ticked once the new meeting's page has settled, so that nothing redraws the register after.
		await coordinator.waitForLoadState('networkidle');
		for (const org of ['ASST Lodi', 'Prefettura di Lodi']) {
			await coordinator.locator('label').getByText(org, { exact: true }).click();
			await expect.poll(() => coordinator.getByRole('checkbox', { name: org, exact: true }).isChecked()).toBe(true);
		}
		await coordinator.getByRole('button', { name: 'Salva le presenze' }).click();
		await expect.poll(() => coordinator.getByTestId('attendance-count').textContent()).toBe('2 enti presenti su 10');
		await coordinator.context().close();

		// The closed figure stays; the recalculation shows beside it.
		expect(await dashboardActual(page, 'G1.OUTC1')).toBe('70%');
		await openIndicator(page, 'G1.OUTC1');
		expect(await page.locator('main').textContent()).toContain('Ricalcolato oggi: 50%');
		await visit(page, `${PLAN}/monitoraggio`);
		const recalculated = page.locator('table', { hasText: 'Ricalcolato oggi' });
		expect(await recalculated.locator('tbody tr').first().textContent()).toMatch(/G1\.OUTC1.*70%.*50%/s);

		// Reopening needs a reason; with one, the recalculated figure is taken.
		const region = page.getByRole('region', { name: /^2021-2023/ });
		await region.locator('summary', { hasText: 'Riapri il periodo' }).click();
		await region.getByRole('button', { name: /Riapri il periodo/ }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('[id$="-reason-error"]').first().textContent()).toMatch(/obbligatorio/);
		const again = page.getByRole('region', { name: /^2021-2023/ });
		await again.getByLabel('Motivo della riapertura').fill('Recuperato il registro dell’incontro del 15 novembre 2023');
		await again.getByRole('button', { name: /Riapri il periodo/ }).click();
		await page.waitForLoadState('load');
		expect(await dashboardActual(page, 'G1.OUTC1')).toBe('50%');
		await page.context().close();
	});
});
