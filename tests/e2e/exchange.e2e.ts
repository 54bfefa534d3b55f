import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { readFile } from 'node:fs/promises';
import { ADMIN, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

describe('indicators in and out of spreadsheets', () => {
	it('exports XLSX, previews exactly the three changed actuals, applies them, and the dashboard shows them', async () => {
		const page = await (await newContext({ acceptDownloads: true } as never)).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/piani/2021-2023');
		await page.getByRole('link', { name: 'Esporta e importa' }).click();
		await page.waitForURL(/\/dati$/);
		await visit(page, '/gestione/lodi/piani/2021-2023/dati');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Scarica in Excel (.xlsx)' }).click()
		]);
		const rows = (await readSheet(await readFile((await download.path())!))) as (string | number | null)[][];
		expect(rows[0][1]).toBe('Codice indicatore');

		// Three percentages of the immigration objective typed in by hand (the counts are computed
		// from the records), typed as 41, 42, 43.
		const counts = rows
			.map((r, i) => [r, i] as const)
			.filter(([r]) => ['G1.OUTC5', 'G1.OUTC6', 'G1.OUTC7'].includes(String(r[1])) && typeof r[11] === 'number');
		expect(counts.length).toBe(3);
		const chosen = counts.map(([r, i], k) => ({
			i,
			code: String(r[1]),
			label: String(r[6]),
			from: r[11] as number,
			to: 41 + k
		}));
		for (const c of chosen) rows[c.i][11] = c.to;
		const changed = await writeXlsxFile(
			rows.map((r) => r.map((value) => ({ value: value ?? null }))) as never
		).toBuffer();

		await page.getByLabel('File da importare').setInputFiles({
			name: 'indicatori-modificati.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: changed
		});
		await page.getByRole('button', { name: 'Carica e mostra l’anteprima' }).click();
		await page.waitForURL(/\/dati\/importazioni\/\d+$/);
		// The file is checked in the background; the page follows and then shows the preview.
		await expect
			.poll(() => page.getByRole('button', { name: 'Applica tutte le modifiche' }).count(), { timeout: 30_000 })
			.toBe(1);
		await visit(page, new URL(page.url()).pathname);
		const shown = await page.locator('table tbody tr td:nth-child(2)').allTextContents();
		expect(shown).toEqual(
			chosen.map((c) => `${c.code} · ${c.label}: realizzato ${String(c.from).replace('.', ',')} → ${c.to}`)
		);
		await page.getByRole('button', { name: 'Applica tutte le modifiche' }).click();
		await expect
			.poll(() => page.locator('#esito').textContent(), { timeout: 30_000 })
			.toMatch(/Applicato il [^]*?:\s+3 valori realizzati/);

		await visit(page, '/gestione/lodi/piani/2021-2023');
		const body = await page.locator('main').textContent();
		for (const c of chosen) expect(body).toContain(String(c.to));

		// The same file again: nothing to change.
		await visit(page, '/gestione/lodi/piani/2021-2023/dati');
		await page.getByLabel('File da importare').setInputFiles({
			name: 'indicatori-modificati.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: changed
		});
		await page.getByRole('button', { name: 'Carica e mostra l’anteprima' }).click();
		await page.waitForURL(/\/dati\/importazioni\/\d+$/);
		await expect
			.poll(() => page.getByText('Nessuna modifica: i valori del file sono già quelli della piattaforma.').count(), {
				timeout: 30_000
			})
			.toBe(1);
		await expectAccessible(page);
		expect(await page.getByText(/Questo stesso file è già stato applicato/).count()).toBe(1);

		// A file that is not what it claims is refused next to the field.
		await visit(page, '/gestione/lodi/piani/2021-2023/dati');
		await page.getByLabel('File da importare').setInputFiles({
			name: 'finto.xlsx',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from('Obiettivo;Codice')
		});
		await page.getByRole('button', { name: 'Carica e mostra l’anteprima' }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('#import-file-error').textContent()).toMatch(/non lo è/);
	});
});
