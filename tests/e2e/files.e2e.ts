// Documents are made in the background: the person sees the progress, may leave, and finds
// the file waiting under "I tuoi file", with or without JavaScript.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { ADMIN, COORDINATOR, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

describe('files made in the background', () => {
	it('prepares the plan document with its progress, then offers it in the person’s files', async () => {
		const page = await (await newContext({ acceptDownloads: true } as never)).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/piani/2025-2027');
		await page.getByRole('button', { name: 'Documento del piano (PDF)' }).click();
		await page.waitForURL(/\/gestione\/lodi\/file\/\d+$/);
		await expect
			.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 })
			.toMatch(/Il file è pronto/);
		await expectAccessible(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /^Scarica piano-di-zona-lodi-2025-2027\.pdf/ }).click()
		]);
		expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

		await visit(page, '/gestione/lodi/file');
		const row = page.getByRole('row', { name: /Piano di Zona 2025-2027 \(PDF\)/ });
		await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('Pronto');
		// Another person does not see it, nor may open it.
		const other = await (await newContext()).newPage();
		await login(other, COORDINATOR);
		await visit(other, '/gestione/lodi/file');
		expect(await other.locator('main').textContent()).toContain('Nessun file');
		const href = (await row.getByRole('link').first().getAttribute('href'))!;
		await visit(other, href, 404);
		expect((await other.request.get(`${href}/scarica`)).status()).toBe(404);

		await row.getByRole('button', { name: /Elimina/ }).click();
		await page.waitForLoadState('load');
		expect(await page.getByRole('status').first().textContent()).toContain('File eliminato');
		expect(await page.locator('main').textContent()).not.toContain('Piano di Zona 2025-2027 (PDF)');
	});

	it('works without JavaScript: the report is asked for, and "Aggiorna" shows it ready', async () => {
		const page = await (await newContext({ javaScriptEnabled: false, acceptDownloads: true } as never)).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/piani/2021-2023/esiti');
		await page.getByRole('button', { name: 'Scarica le slide (PDF)' }).click();
		await page.waitForURL(/\/gestione\/lodi\/file\/\d+$/);
		for (let i = 0; i < 30 && !(await page.getByText('Il file è pronto').count()); i++) {
			await page.waitForTimeout(500);
			await page.goto(page.url());
		}
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /^Scarica esiti-lodi-2021-2023\.pdf/ }).click()
		]);
		expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
	});
});
