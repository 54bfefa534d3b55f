import { describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

describe('planning journey', () => {
	it('creates an objective with an indicator, records an actual and shows progress on both dashboards', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, ADMIN);
		expect(new URL(page.url()).pathname).toBe('/gestione/lodi');
		await expectAccessible(page);

		await visit(page, '/gestione/lodi/piani/2025-2027');
		await page.getByRole('link', { name: 'Nuovo obiettivo' }).click();
		await expectAccessible(page);

		// An empty title is refused next to the field; what was typed stays.
		await page.getByLabel('Tipo', { exact: true }).selectOption('area');
		await page.getByLabel('Area', { exact: true }).selectOption({ label: 'G) Politiche giovanili e per i minori' });
		await page.getByLabel('Codice').fill('G9');
		await page.getByLabel('Su cosa si è lavorato / esiti').fill('Primo esito');
		await page.getByRole('button', { name: 'Crea obiettivo' }).click();
		await expect.poll(() => page.locator('#objective-title-error').textContent()).toContain('Il titolo è obbligatorio');
		expect(await page.getByLabel('Codice').inputValue()).toBe('G9');
		expect(await page.getByLabel('Su cosa si è lavorato / esiti').inputValue()).toBe('Primo esito');
		await expectAccessible(page);

		await page.getByLabel('Titolo').fill('Orientare le persone straniere ai servizi del territorio');
		await page.getByRole('button', { name: 'Crea obiettivo' }).click();
		await page.waitForURL(/\/gestione\/lodi\/obiettivi\/\d+$/);
		await expectAccessible(page);

		await page.getByText('Nuovo indicatore').click();
		const indicatorForm = page.locator('form[action="?/createIndicator"]');
		await indicatorForm.getByLabel('Codice').fill('G9.OUT1');
		await indicatorForm.getByLabel('Nome dell’indicatore').fill('Persone orientate dal nuovo sportello');
		await indicatorForm.getByLabel('Unità', { exact: true }).fill('persone');
		await indicatorForm.getByRole('button', { name: 'Crea indicatore' }).click();
		await page.waitForURL(/\/gestione\/lodi\/indicatori\/\d+$/);
		await expectAccessible(page);

		// A non-numeric target is refused; then a valid period is added.
		const periodForm = page.locator('form[action="?/addPeriod"]');
		await periodForm.getByLabel('Periodo').fill('2025');
		await periodForm.getByLabel(/^Dal\b/).fill('2025-01-01');
		await periodForm.getByLabel(/^Al\b/).fill('2025-12-31');
		await periodForm.getByLabel('Valore atteso', { exact: true }).fill('cento');
		await periodForm.getByRole('button', { name: 'Aggiungi periodo' }).click();
		await expect.poll(() => page.locator('#new-period-target-error').textContent()).toContain('deve essere un numero');
		expect(await page.locator('form[action="?/addPeriod"]').getByLabel('Periodo').inputValue()).toBe('2025');
		await page.locator('form[action="?/addPeriod"]').getByLabel('Valore atteso', { exact: true }).fill('100');
		await page.locator('form[action="?/addPeriod"]').getByRole('button', { name: 'Aggiungi periodo' }).click();
		await expect.poll(() => page.locator('h3', { hasText: '2025' }).count()).toBe(1);

		await page.getByText('Modifica il periodo').click();
		const edit = page.locator('form[action="?/updatePeriod"]');
		await edit.getByLabel('Valore raggiunto (numero)').fill('90');
		await edit.getByRole('button', { name: 'Salva' }).click();
		await expect
			.poll(() => page.locator('section[aria-labelledby="summary-title"]').textContent())
			.toContain('Quasi raggiunto');
		expect(await page.locator('section[aria-labelledby="summary-title"]').textContent()).toContain('90%');
		await expectAccessible(page);

		for (const path of ['/gestione/lodi/piani/2025-2027', '/ambiti/lodi/piani/2025-2027']) {
			await visit(page, path);
			const row = page.locator('tr', { hasText: 'Persone orientate dal nuovo sportello' });
			expect(await row.textContent()).toContain('Quasi raggiunto');
			expect(await row.textContent()).toContain('90%');
			expect(await row.locator('td').nth(1).textContent()).toContain('100');
		}
		await context.close();
	});

	it('shows the seed figures, filters the dashboard and marks a late phase on the timeline, the dashboard and the public pages', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/piani/2021-2023?area=G&tipo=outcome');
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).toContain('In definizione');
		expect(text).toContain('programmi di protezione');
		expect(text).not.toContain('Nuove progettazioni presentate'); // an output indicator, filtered out
		expect(text).not.toContain('Integrazione socio-sanitaria'); // a system objective, filtered out

		// Charts are server-rendered SVG images, with the figures in their text alternative.
		const chart = page.locator('figure.chart img');
		expect(await chart.getAttribute('alt')).toContain('G1.OUTC7 33%');
		const src = (await chart.getAttribute('src'))!;
		const svg = await page.request.get(src);
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toContain('image/svg+xml');
		expect(await svg.text()).toContain('G1.OUTC1');
		expect(await chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		expect((await page.request.get(src.replace('2021-2023', '2025-2027'))).status()).toBe(404);

		await visit(page, '/gestione/lodi/piani/2025-2027/fasi');
		expect(await page.locator('main').textContent()).toContain('Oggi');
		await page.locator('form[action="?/create"]').getByLabel('Nome').fill('Verifica intermedia');
		await page.locator('form[action="?/create"]').getByLabel('Inizio').fill('2025-01-01');
		await page.locator('form[action="?/create"]').getByLabel('Fine').fill('2025-03-31');
		await page.locator('form[action="?/create"]').getByRole('button', { name: 'Aggiungi' }).click();
		const late = page.locator('li', { hasText: 'Verifica intermedia' }).first();
		await expect.poll(() => late.textContent()).toContain('In ritardo');
		await expectAccessible(page);

		// Late everywhere, not only on the phases page: the staff dashboard, the district's
		// public home and the public plan page, in Italian and in Arabic.
		const lateOn = async (path: string, words: string) => {
			await visit(page, path);
			const item = page.locator('li', { hasText: 'Verifica intermedia' }).first();
			expect(await item.textContent(), path).toContain(words);
		};
		await lateOn('/gestione/lodi', 'In ritardo');
		await lateOn('/ambiti/lodi', 'In ritardo');
		await lateOn('/ambiti/lodi/piani/2025-2027', 'In ritardo');
		await lateOn('/ar/ambiti/lodi/piani/2025-2027', 'متأخرة');
		await context.close();
	});
});
