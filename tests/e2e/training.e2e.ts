// The training plan, on an installation of its own (it changes the demo's 2021-2023 figures):
// a session with two participants moves "operators trained" on the plan's staff dashboard and
// on its public page; a wrong session is refused next to the field, keeping what was typed;
// the certificate of a participant who completed the course is a PDF.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { startApp } from '../setup/app';
import { ADMIN, login, newContext, useBrowser, visit } from './browser';

useBrowser();

let app: Awaited<ReturnType<typeof startApp>>;
let admin: pg.Client;
const name = `pdz_training_${process.pid}`;

beforeAll(async () => {
	admin = new pg.Client({ connectionString: inject('adminUrl') });
	await admin.connect();
	await admin.query(`drop database if exists ${name} with (force)`);
	await admin.query(`create database ${name}`);
	const url = new URL(inject('adminUrl'));
	url.pathname = `/${name}`;
	app = await startApp(url.toString(), { PDZ_DEMO: '1' });
});

afterAll(async () => {
	await app?.stop();
	await admin?.query(`drop database if exists ${name} with (force)`);
	await admin?.end();
});

/** The achieved value of `code` on a plan page (staff dashboard or public page). */
async function actual(page: Page, path: string, code: string) {
	await visit(page, path);
	const row = page
		.locator('tr')
		.filter({ has: page.getByText(code, { exact: true }) })
		.first();
	return (await row.textContent())?.replace(/\s+/g, ' ');
}

describe('training', () => {
	it('moves operators trained on the dashboard and the public page when a session gets two participants', async () => {
		const page = await (await newContext({ baseURL: app.origin, acceptDownloads: true })).newPage();
		await login(page, ADMIN);
		const dashboard = '/gestione/lodi/piani/2021-2023';
		const publicPage = '/ambiti/lodi/piani/2021-2023';
		expect(await actual(page, dashboard, 'G1.PRO1')).toContain('145 operatori');
		const visitor = await (await newContext({ baseURL: app.origin })).newPage();
		expect(await actual(visitor, publicPage, 'G1.PRO1')).toContain('145');

		await visit(page, '/gestione/lodi/formazione');
		expect(await page.getByTestId('training-year-figures').textContent()).toMatch(/operatori formati/);
		await page.getByRole('link', { name: 'Ciclo formativo aperto al territorio: il Piano di Zona' }).click();
		await page.waitForURL(/\/formazione\/\d+$/);
		await visit(page, new URL(page.url()).pathname);

		// A session that ends before it starts: the message sits by the field, the date stays.
		await page.getByText('Aggiungi una sessione', { exact: true }).first().click();
		const form = page.locator('form[action="?/addSession"]');
		await form.getByLabel('Data').fill('2023-11-20');
		await form.getByLabel('Ora di inizio').fill('14:00');
		await form.getByLabel('Ora di fine').fill('10:00');
		await form.getByRole('button', { name: 'Aggiungi una sessione' }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('#session-end-error').textContent()).toContain('La sessione deve finire dopo l’inizio.');
		expect(await page.locator('form[action="?/addSession"]').getByLabel('Data').inputValue()).toBe('2023-11-20');
		await page.locator('form[action="?/addSession"]').getByLabel('Ora di fine').fill('18:00');
		await page.locator('form[action="?/addSession"]').getByRole('button', { name: 'Aggiungi una sessione' }).click();
		await page.waitForURL(/\/formazione\/sessioni\/\d+$/);
		await visit(page, new URL(page.url()).pathname);

		for (const [person, role] of [
			['Tiziana Esempio', 'Educatrice'],
			['Omar Esempio', 'Mediatore linguistico culturale']
		]) {
			const add = page.locator('form[action="?/addParticipant"]');
			await add.getByLabel('Nome e cognome').fill(person);
			await add.getByLabel('Ente').selectOption({ label: 'ASST Lodi' });
			await add.getByLabel('Ruolo').fill(role);
			await add.getByRole('button', { name: 'Aggiungi un presente' }).click();
			await page.waitForLoadState('load');
		}
		await visit(page, new URL(page.url()).pathname);
		expect(await page.getByTestId('training-present-count').textContent()).toContain('2');

		expect(await actual(page, dashboard, 'G1.PRO1')).toContain('147 operatori');
		expect(await actual(visitor, publicPage, 'G1.PRO1')).toContain('147');
		// How it was computed, on the indicator's page.
		await page
			.locator('tr')
			.filter({ has: page.getByText('G1.PRO1', { exact: true }) })
			.first()
			.getByRole('link')
			.first()
			.click();
		await page.waitForURL(/\/indicatori\/\d+$/);
		expect(await page.locator('main').textContent()).toContain(
			'147 operatori distinti hanno completato almeno un corso nel periodo'
		);

		// The certificate of one of them.
		await visit(page, '/gestione/lodi/formazione');
		await page.getByRole('link', { name: 'Ciclo formativo aperto al territorio: il Piano di Zona' }).click();
		await page.waitForURL(/\/formazione\/\d+$/);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /^Attestato \(PDF\)\s*: Omar Esempio$/ }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^attestato-omar-esempio-\d+\.pdf$/);
		await visitor.context().close();
		await page.context().close();
	});
});
