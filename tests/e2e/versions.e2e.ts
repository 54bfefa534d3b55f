import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const PLAN = '/gestione/lodi/piani/2025-2027';

async function editObjectiveTitle(page: Page, title: string) {
	await visit(page, PLAN);
	await page.locator('main a[href^="/gestione/lodi/obiettivi/"]').first().click();
	await page.waitForURL(/\/obiettivi\/\d+$/);
	const edit = page.getByRole('region', { name: 'Modifica l’obiettivo' });
	await edit.getByLabel('Titolo').fill(title);
	await edit.getByRole('button', { name: 'Salva le modifiche' }).click();
	await page.waitForLoadState('load');
}

describe('plan versions and approval', () => {
	it('takes a version through review, the mayors and the Region, refuses edits to it, and compares it with the next draft', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		await visit(page, `${PLAN}/versioni`);
		await page.getByRole('button', { name: 'Metti in revisione' }).click();
		await page.waitForLoadState('load');
		await page.getByLabel('Commento').fill('Aggiungere un indicatore sui minori.');
		await page.getByRole('button', { name: 'Aggiungi il commento' }).click();
		await page.waitForLoadState('load');
		expect(await page.getByText('Aggiungere un indicatore sui minori.').count()).toBe(1);
		await page.getByRole('button', { name: 'Presenta all’Assemblea dei Sindaci' }).click();
		await page.waitForLoadState('load');
		// The approval needs the deliberation: refused next to the fields, then recorded.
		await page.getByRole('button', { name: 'Registra l’approvazione' }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('#deliberation-number-error').textContent()).toMatch(/obbligatorio/);
		await page.getByLabel('Data della deliberazione').fill('2024-12-16');
		await page.getByLabel('Numero della deliberazione').fill('21/2024');
		await page.getByRole('button', { name: 'Registra l’approvazione' }).click();
		await page.waitForLoadState('load');
		await visit(page, `${PLAN}/versioni`);
		expect(await page.getByRole('heading', { name: 'Versione 1: approvata' }).count()).toBe(1);
		expect(await page.getByText('Approvata con deliberazione n. 21/2024 del 16 dicembre 2024.').count()).toBe(1);

		// The approved version is frozen: an edit is refused and points to the new draft.
		await editObjectiveTitle(page, 'Stabilizzare lo Sportello e portarlo nei comuni');
		expect(await page.getByRole('alert').first().textContent()).toMatch(/crea la bozza della versione 2/);

		await visit(page, `${PLAN}/versioni`);
		await page.getByLabel('Data di invio').fill('2024-12-20');
		await page.getByLabel('Numero di protocollo').fill('R1.2024.0099');
		await page.getByRole('button', { name: 'Registra l’invio alla Regione' }).click();
		await page.waitForLoadState('load');
		await page.getByRole('button', { name: 'Crea la bozza della versione 2' }).click();
		await page.waitForLoadState('load');
		await editObjectiveTitle(page, 'Stabilizzare lo Sportello e portarlo nei comuni');
		expect(await page.locator('h1').textContent()).toContain('Stabilizzare lo Sportello e portarlo nei comuni');

		await visit(page, `${PLAN}/versioni?da=1&a=bozza`);
		const row = page.locator('table tbody tr').first();
		expect(await row.textContent()).toContain('Stabilizzare lo Sportello e portarlo nei comuni');
		expect(await row.locator('td').first().textContent()).toBe('Obiettivo G1');
		// The approved version's document comes from its snapshot: the old title.
		const docx = await page.request.get(`${PLAN}/versioni/1/documento.pdf`);
		expect(docx.status()).toBe(200);
		expect((await docx.body()).subarray(0, 5).toString()).toBe('%PDF-');
		// Asked for from the history, it is made in the background and waits in the person's files.
		await page.getByRole('button', { name: 'Documento del piano (Word)' }).first().click();
		await page.waitForURL(/\/gestione\/lodi\/file\/\d+$/);
		expect(await page.locator('h1').textContent()).toBe('Piano di Zona 2025-2027, versione 1 (DOCX)');
		await expect
			.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 })
			.toMatch(/Il file è pronto/);
		expect(await page.getByRole('link', { name: /^Scarica piano-di-zona-lodi-2025-2027-v1\.docx/ }).count()).toBe(1);
	});

	it('shows the results report of 2021-2023 as slides, presentable full screen and as landscape PDF', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/piani/2021-2023/esiti');
		expect(await page.locator('.slide').first().textContent()).toContain('Esiti del Piano di Zona 2021-2023');
		// (G1.PRO1: the exchange journey may have changed the output figures of this demo.)
		const g1 = page.locator('.slide', { hasText: 'Indicatori di risultato (PROCESSO)' }).filter({ hasText: 'G1.PRO1' });
		expect(await g1.locator('tr', { hasText: 'G1.PRO1' }).textContent()).toMatch(/120 operatori.*145 operatori/);
		expect(await page.getByRole('button', { name: 'Presenta a schermo intero' }).isVisible()).toBe(true);
		const pdf = await page.request.get('/gestione/lodi/piani/2021-2023/esiti.pdf');
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
	});

	it('lets the planning office write the context of the plan, which the document then carries', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/piani/2021-2023');
		await page.getByRole('link', { name: 'Testi del piano' }).click();
		await page.waitForURL(/\/testi$/);
		await visit(page, '/gestione/lodi/piani/2021-2023/testi');
		const context = page.getByRole('region', { name: 'Il contesto del territorio' });
		await context.getByRole('textbox').fill('Il Lodigiano conta 61 comuni.');
		await context.getByRole('button', { name: 'Salva', exact: true }).click();
		await page.waitForLoadState('load');
		// (The editor is a textarea until the page's script enhances it: wait for the editor.)
		await expect
			.poll(() => page.getByRole('region', { name: 'Il contesto del territorio' }).getByRole('textbox').textContent())
			.toBe('Il Lodigiano conta 61 comuni.');
		// The district's look for its documents: a colour is refused unless written as #RRGGBB.
		await visit(page, '/gestione/lodi/modello-documenti');
		await page.getByLabel('Colore').fill('verde');
		await page.getByRole('button', { name: 'Salva', exact: true }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('#template-colour-error').textContent()).toMatch(/#RRGGBB/);
		await page.getByLabel('Colore').fill('#00663d');
		await page.getByLabel('Testo di intestazione').fill('Ufficio di Piano di Lodi');
		await page.getByRole('button', { name: 'Salva', exact: true }).click();
		await page.waitForLoadState('load');
		expect(await page.getByLabel('Testo di intestazione').inputValue()).toBe('Ufficio di Piano di Lodi');
		const docx = await page.request.get('/gestione/lodi/piani/2021-2023/documento.docx');
		expect(docx.status()).toBe(200);
	});
});
