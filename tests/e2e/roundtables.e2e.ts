import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ADMIN, COORDINATOR, VIEWER, appUrl, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

/** The address of the demo "Tavolo Immigrazione", from the roundtables page. */
async function roundtableHref(page: Page) {
	await visit(page, '/gestione/lodi/tavoli');
	const href = await page.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).getAttribute('href');
	expect(href).toMatch(/^\/gestione\/lodi\/tavoli\/\d+$/);
	return href!;
}

/** Ticks a checkbox as a person does: Bootstrap Italia draws the box on its label. */
async function tick(scope: Page | Locator, name: string) {
	await scope.locator('label').getByText(name, { exact: true }).click();
}

/** The achieved value of G1.OUTC1 on the 2021-2023 dashboard. */
async function attendanceActual(page: Page) {
	await visit(page, '/gestione/lodi/piani/2021-2023');
	const row = page.locator('tr', { hasText: 'G1.OUTC1' });
	return (await row.locator('td').nth(2).textContent())?.trim();
}

describe('roundtables, meetings and attendance', () => {
	it('lets the coordinator schedule a meeting, take the register and see the computed indicator change', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, COORDINATOR);
		const before = await attendanceActual(page);
		expect(before).toBe('70%');

		const href = await roundtableHref(page);
		await page.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
		await expectAccessible(page);
		expect(await page.locator('h1').textContent()).toBe('Tavolo Immigrazione');
		// The coordinator manages meetings, not the roundtable itself.
		expect(await page.locator('form[action="?/update"]').count()).toBe(0);
		expect(await page.locator('form[action="?/addMember"]').count()).toBe(0);

		await page.getByText('Nuovo incontro').click();
		const form = page.locator('form[action="?/createMeeting"]');
		await form.getByLabel('Titolo dell’incontro').fill('Verifica di fine triennio');
		await form.getByLabel(/^Data/).fill('2023-11-15');
		await form.getByLabel('Ora di inizio').fill('10:00');
		await form.getByLabel('Ora di fine').fill('12:00');
		await form.getByLabel('Luogo').fill('Ufficio di Piano, Lodi');
		await form.getByLabel('Ordine del giorno').fill('Esiti del triennio\nPresenze degli enti');
		await form.getByLabel('Stato').selectOption('held');
		await expectAccessible(page);
		await form.getByRole('button', { name: 'Crea incontro' }).click();
		await page.waitForURL(/\/gestione\/lodi\/incontri\/\d+$/);
		await expectAccessible(page);
		const main = page.locator('main');
		expect(await main.textContent()).toContain('15 novembre 2023, dalle 10:00 alle 12:00');
		expect(await page.locator('main ol li').allTextContents()).toEqual(
			expect.arrayContaining(['Esiti del triennio', 'Presenze degli enti'])
		);
		expect(await page.getByTestId('attendance-count').textContent()).toBe('0 enti presenti su 10');

		await tick(page, 'ASST Lodi');
		await tick(page, 'Prefettura di Lodi');
		await page.getByRole('button', { name: 'Salva le presenze' }).click();
		await expect.poll(() => page.getByTestId('attendance-count').textContent()).toBe('2 enti presenti su 10');
		expect(await page.getByRole('checkbox', { name: 'ASST Lodi' }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Questura di Lodi' }).isChecked()).toBe(false);
		await expectAccessible(page);

		// The roundtable lists the new meeting; the indicator computed from attendance moved.
		await visit(page, href);
		expect(await page.getByRole('link', { name: 'Verifica di fine triennio' }).count()).toBe(1);
		const after = await attendanceActual(page);
		expect(after).not.toBe(before);
		expect(after).toBe('50%');

		await page.getByRole('link', { name: /% di Enti che presenziano almeno al 70%/ }).click();
		await expectAccessible(page);
		expect(await page.locator('main').textContent()).toContain('Calcolato dalle presenze: 5 enti su 10');
		const link = page.getByRole('link', { name: /Vedi le presenze/ });
		const presence = await link.getAttribute('href');
		expect(presence).toBe(`${href}/presenze?dal=2021-01-01&al=2023-12-31&soglia=70`);
		// A coordinator cannot type the actual of a computed indicator.
		expect(await page.locator('form[action="?/recordActual"]').count()).toBe(0);

		await visit(page, presence!);
		expect(await page.locator('h1').textContent()).toContain('Tavolo Immigrazione');
		expect(await page.locator('main').textContent()).toContain('Incontri svolti nel periodo: 16');
		expect(await page.locator('main').textContent()).toContain('almeno il 70% degli incontri: 5 su 10');
		const asst = page.locator('tbody tr', { hasText: 'ASST Lodi' });
		expect(await asst.locator('td').allTextContents()).toEqual(['16', '9', '56%']);
		const total = page.locator('tfoot tr');
		expect(await total.locator('td').first().textContent()).toBe('160');

		// A period that makes no sense is said so next to the field, and the default is shown.
		await visit(page, `${href}/presenze?dal=2023-12-31&al=2021-01-01`);
		expect(await page.locator('#presence-to-error').textContent()).toContain('deve seguire');
		await context.close();
	});

	it('shows organisations to a viewer without delegate forms, and refuses a hand-made attendance POST', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, VIEWER);
		await visit(page, '/gestione/lodi/enti');
		expect(await page.locator('main').textContent()).toContain('Questura/Forze dell’ordine');
		expect(await page.locator('form[action="?/create"]').count()).toBe(0);
		await page.getByRole('link', { name: 'CPIA di Lodi' }).click();
		await expectAccessible(page);
		expect(await page.locator('main').textContent()).toContain('Referente CPIA (demo)');
		expect(await page.locator('main form').count()).toBe(0);

		const href = await roundtableHref(page);
		await visit(page, href);
		expect(await page.locator('main form').count()).toBe(0);
		const meeting = await page
			.getByRole('link', { name: 'Tavolo Immigrazione - incontro 1 di 15' })
			.getAttribute('href');
		await visit(page, meeting!);
		expect(await page.locator('main form').count()).toBe(0);
		const count = await page.getByTestId('attendance-count').textContent();
		const response = await page.request.post(appUrl(`${meeting}?/attendance`), {
			headers: { origin: appUrl('').replace(/\/$/, '') },
			form: { formId: 'attendance', present: '1' }
		});
		expect(response.status()).toBe(403);
		await visit(page, meeting!);
		expect(await page.getByTestId('attendance-count').textContent()).toBe(count);

		await visit(page, '/gestione/lodi/tavoli');
		await page.getByRole('link', { name: /Microambito Lodi/ }).click();
		await expectAccessible(page);
		expect(await page.locator('main form').count()).toBe(0);
		await context.close();
	});

	it('keeps what was typed when a meeting ends before it starts', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, COORDINATOR);
		await visit(page, await roundtableHref(page));
		await page.getByText('Nuovo incontro').click();
		const form = page.locator('form[action="?/createMeeting"]');
		await form.getByLabel('Titolo dell’incontro').fill('Incontro con orari invertiti');
		await form.getByLabel(/^Data/).fill('2024-06-10');
		await form.getByLabel('Ora di inizio').fill('11:00');
		await form.getByLabel('Ora di fine').fill('10:00');
		await form.getByLabel('Luogo').fill('Ufficio di Piano, Lodi');
		await form.getByRole('button', { name: 'Crea incontro' }).click();
		await expect.poll(() => page.locator('#new-meeting-endTime-error').textContent()).toContain('finire dopo l’inizio');
		const again = page.locator('form[action="?/createMeeting"]');
		expect(await again.getByLabel('Titolo dell’incontro').inputValue()).toBe('Incontro con orari invertiti');
		expect(await again.getByLabel('Ora di fine').getAttribute('aria-invalid')).toBe('true');
		expect(await again.getByLabel('Ora di fine').getAttribute('aria-describedby')).toContain(
			'new-meeting-endTime-error'
		);
		expect(await page.getByRole('alert').first().textContent()).toContain('Alcuni campi non sono corretti');
		await expectAccessible(page);
		await context.close();
	});

	it('lets the planning office register organisations, delegates, members and sub-district meetings', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/enti');
		const create = () => page.locator('form[action="?/create"]');
		await create().getByLabel(/^Nome/).fill('Comune di Sant’Angelo Lodigiano');
		await create().getByLabel('Tipo di ente').selectOption('municipality');
		await create().getByLabel('Codice fiscale').fill('123');
		await create().getByRole('button', { name: 'Crea ente' }).click();
		await expect.poll(() => page.locator('#new-org-taxCode-error').textContent()).toContain('11 cifre');
		expect(await create().getByLabel(/^Nome/).inputValue()).toBe('Comune di Sant’Angelo Lodigiano');
		await expectAccessible(page);
		await create().getByLabel('Codice fiscale').fill('84503160157');
		await create().getByRole('button', { name: 'Crea ente' }).click();
		await page.waitForURL(/\/gestione\/lodi\/enti\/\d+$/);
		await expectAccessible(page);
		expect(await page.locator('h1').textContent()).toBe('Comune di Sant’Angelo Lodigiano');

		const delegate = page.locator('form[action="?/addDelegate"]');
		await delegate.getByLabel('Nome e cognome').fill('Maria Rossi');
		await delegate.getByLabel('Email').fill('maria.rossi@comune.example.it');
		await delegate.getByRole('button', { name: 'Aggiungi referente' }).click();
		await expect.poll(() => page.locator('main table').textContent()).toContain('maria.rossi@comune.example.it');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Rimuovi il referente Maria Rossi' }).click();
		await expect.poll(() => page.locator('main').textContent()).toContain('Nessun referente registrato.');

		// A new sub-district with the new municipality, and a meeting scheduled for it.
		await visit(page, '/gestione/lodi/tavoli');
		await page.getByText('Nuovo microambito').click();
		const sub = page.locator('form[action="?/createSubDistrict"]');
		await sub.getByLabel('Nome del microambito').fill('Microambito Sud Lodigiano');
		await tick(sub, 'Comune di Sant’Angelo Lodigiano');
		expect(await sub.getByRole('checkbox', { name: 'Comune di Sant’Angelo Lodigiano' }).isChecked()).toBe(true);
		await expectAccessible(page);
		await sub.getByRole('button', { name: 'Crea microambito' }).click();
		await page.waitForURL(/\/gestione\/lodi\/microambiti\/\d+$/);
		await expectAccessible(page);
		const meeting = page.locator('form[action="?/createMeeting"]');
		await meeting.getByLabel('Titolo dell’incontro').fill('Primo incontro del microambito');
		await meeting.getByLabel(/^Data/).fill('2024-10-29');
		await meeting.getByLabel('Ora di inizio').fill('17:00');
		await meeting.getByLabel('Ora di fine').fill('19:00');
		await meeting.getByLabel('Modalità').selectOption('online');
		await meeting.getByLabel('Link per partecipare online').fill('https://meet.example.org/sud');
		await meeting.getByRole('button', { name: 'Crea incontro' }).click();
		await page.waitForURL(/\/gestione\/lodi\/incontri\/\d+$/);
		await expectAccessible(page);
		expect(await page.getByTestId('attendance-count').textContent()).toBe('0 enti presenti su 1');
		await tick(page, 'Comune di Sant’Angelo Lodigiano');
		await page.getByRole('button', { name: 'Salva le presenze' }).click();
		await expect.poll(() => page.getByTestId('attendance-count').textContent()).toBe('1 ente presente su 1');

		// The new organisation joins the roundtable, then leaves it.
		await page.getByRole('link', { name: 'Tavoli', exact: true }).first().click();
		await page.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
		const add = page.locator('form[action="?/addMember"]');
		await add.getByLabel('Ente da aggiungere').selectOption({ label: 'Comune di Sant’Angelo Lodigiano' });
		await add.getByLabel('Data di adesione').fill('2024-01-01');
		await add.getByRole('button', { name: 'Aggiungi ente' }).click();
		const row = page.locator('tbody tr', { hasText: 'Comune di Sant’Angelo Lodigiano' });
		await expect.poll(() => row.count()).toBe(1);
		await expectAccessible(page);
		await row.getByLabel('Data di uscita di Comune di Sant’Angelo Lodigiano').fill('2023-12-01');
		await row.getByRole('button', { name: /Registra uscita/ }).click();
		await expect.poll(() => page.locator('[id$="-leftOn-error"]').count()).toBe(1);
		expect(await page.locator('[id$="-leftOn-error"]').textContent()).toContain('non può precedere');
		await page
			.locator('tbody tr', { hasText: 'Comune di Sant’Angelo Lodigiano' })
			.getByLabel(/Data di uscita/)
			.fill('2024-12-31');
		await page
			.locator('tbody tr', { hasText: 'Comune di Sant’Angelo Lodigiano' })
			.getByRole('button', { name: /Registra uscita/ })
			.click();
		await expect
			.poll(() => page.locator('tbody tr', { hasText: 'Comune di Sant’Angelo Lodigiano' }).textContent())
			.toContain('31 dicembre 2024');
		await expectAccessible(page);
		await context.close();
	});
});
