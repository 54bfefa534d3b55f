import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

/** ISO day `months` months from today, on day `day` of that month (0 = the month's last day). */
function monthFromNow(months: number, day: number) {
	const now = new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months + (day === 0 ? 1 : 0), day))
		.toISOString()
		.slice(0, 10);
}
const italian = (iso: string) =>
	new Date(`${iso}T12:00:00Z`).toLocaleDateString('it-IT', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Rome'
	});

async function addGrant(page: Page, source: string, amount: string, startsOn: string, endsOn: string) {
	const form = page.locator('form[action="?/grant"]');
	// The form stays open after a save; opened by its summary otherwise.
	if (!(await form.isVisible())) await page.locator('summary', { hasText: 'Aggiungi il finanziamento' }).click();
	await form.getByLabel('Fonte').selectOption({ label: source });
	await form.getByLabel('Importo').fill(amount);
	await form.getByLabel('Inizio').fill(startsOn);
	await form.getByLabel('Fine').fill(endsOn);
	await form.getByRole('button', { name: 'Aggiungi il finanziamento' }).click();
	await page.waitForLoadState('load');
	await expectAccessible(page);
}

describe('projects and the continuity of funding', () => {
	it('shows the gap between two grants on the timeline and the dashboard until a third grant closes it', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/progetti');
		expect(await page.locator('tfoot').textContent()).toMatch(/€ [\d.]+,\d{2}/);

		await page.getByText('Nuovo progetto').click();
		await page.getByRole('textbox', { name: 'Titolo', exact: true }).fill('Mediazione linguistica nei servizi');
		await page.getByLabel('Ente capofila').selectOption({ label: 'ACSI - progetto SAI' });
		await page.getByLabel('Gruppi di destinatari').fill('Famiglie straniere');
		await page.locator('#project-status').selectOption({ label: 'Finanziato' });
		await page.getByRole('button', { name: 'Crea il progetto' }).click();
		await page.waitForURL(/\/progetti\/\d+$/);
		await expectAccessible(page);
		const projectUrl = new URL(page.url()).pathname;

		// Bad input: a negative amount is refused next to the field, with what was typed kept.
		await addGrant(page, 'FAMI', '-500', monthFromNow(-10, 1), monthFromNow(1, 0));
		const amount = page.locator('form[action="?/grant"]').getByLabel('Importo');
		expect(await amount.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#f-amount-error, #grant-amount-error').textContent()).toMatch(/non può essere negativo/);
		expect(await amount.inputValue()).toBe('-500');

		const firstEnd = monthFromNow(1, 0);
		const secondStart = monthFromNow(4, 1);
		await addGrant(page, 'FAMI', '40.000,00', monthFromNow(-10, 1), firstEnd);
		await addGrant(page, 'Fondo Povertà', '25.500,50', secondStart, monthFromNow(16, 0));
		expect(
			await page.locator('table', { hasText: 'Finanziamenti del progetto' }).locator('tfoot').textContent()
		).toContain('€ 65.500,50');

		// Spent above committed is refused with the figures.
		await page.getByText(/^Impegnato e speso per anno: FAMI/).click();
		const year = page.locator('form[action="?/grantYear"]').first();
		await year.getByLabel('Impegnato').fill('20.000,00');
		await year.getByLabel('Speso').fill('20.000,01');
		await year.getByRole('button', { name: 'Salva l’anno' }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('.field-error', { hasText: 'supera' }).first().textContent()).toMatch(
			/Lo speso \(€ 20\.000,01\) supera l’impegnato \(€ 20\.000,00\)/
		);

		// The intervention it funds: the gap is on the timeline and on the dashboard.
		await visit(page, '/gestione/lodi/interventi');
		await page.getByText('Aggiungi l’intervento').first().click();
		await page.getByRole('textbox', { name: 'Nome', exact: true }).fill('Mediazione linguistica');
		await page.locator('label').getByText('Mediazione linguistica nei servizi', { exact: true }).click();
		await page.getByRole('button', { name: 'Aggiungi l’intervento' }).click();
		await page.waitForURL(/\/interventi\/\d+$/);
		await expectAccessible(page);
		const gapText = `Scoperto dal ${italian(monthFromNow(2, 1))} al ${italian(monthFromNow(3, 0))}`;
		expect(await page.locator('.coverage-gaps').textContent()).toContain(gapText);
		const chart = await page.request.get(new URL(page.url()).pathname + '/copertura.svg');
		expect(chart.headers()['content-type']).toBe('image/svg+xml');
		expect(await chart.text()).toContain('<svg');

		await visit(page, '/gestione/lodi');
		const warning = page.locator('section[aria-labelledby="warnings-title"] li', { hasText: 'Mediazione linguistica' });
		expect(await warning.allTextContents()).toContainEqual(
			expect.stringContaining(`Mediazione linguistica: scoperto dal ${italian(monthFromNow(2, 1))}`)
		);

		// A bridging grant closes the gap: the warning goes away.
		await visit(page, projectUrl);
		await addGrant(page, 'FNPS', '9.000', monthFromNow(2, 1), monthFromNow(3, 0));
		await visit(page, '/gestione/lodi');
		expect(await warning.count()).toBe(0);
		await page.getByRole('link', { name: 'Interventi', exact: true }).click();
		await page.getByRole('link', { name: 'Mediazione linguistica', exact: true }).click();
		await expectAccessible(page);
		expect(await page.getByText(/Nessun periodo scoperto/).count()).toBe(1);
	});
});
