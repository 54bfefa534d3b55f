import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { ADMIN, COORDINATOR, appUrl, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const LIVE = { timeout: 3000 };

/** The admin opens a new wall of the demo roundtable; returns its address and room code. */
async function openWall(page: Page) {
	await visit(page, '/gestione/lodi/tavoli');
	await page.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
	await page.getByRole('button', { name: /Apri una parete del tavolo/ }).click();
	await page.waitForURL(/\/parete\/[0-9a-f]{32}$/);
	await expectAccessible(page);
	const code = (await page.locator('.wall-facilitator strong.font-monospace').textContent())!.trim();
	expect(code).toMatch(/^\d{6}$/);
	return { path: new URL(page.url()).pathname, code };
}

async function join(context: BrowserContext, path: string, code: string, organisation: string, other = '') {
	const page = await context.newPage();
	await visit(page, path);
	await page.getByLabel('Codice della sala').fill(code);
	await page.getByLabel('Il tuo ente').selectOption({ label: organisation });
	if (other) await page.getByLabel('Nome dell’altro ente').fill(other);
	await page.getByRole('button', { name: 'Entra nella parete' }).click();
	await page.waitForURL((u) => u.pathname === path);
	return page;
}

async function live(page: Page) {
	await expect.poll(() => page.getByText('Aggiornamento in diretta').isVisible(), LIVE).toBe(true);
}

async function post(page: Page, column: string, theme: string, text: string) {
	const form = page.locator('section[aria-labelledby="scrivi"]');
	await form.getByLabel('Colonna').selectOption({ label: column });
	await form.getByLabel('Tema').selectOption({ label: theme });
	await form.getByLabel('Testo della nota').fill(text);
	await form.getByRole('button', { name: 'Pubblica la nota' }).click();
}

/** The note whose own text contains `text` (other notes list it among their merge choices). */
const note = (page: Page, text: string) =>
	page.locator('article.wall-note').filter({ has: page.locator('.wall-note-body', { hasText: text }) });

/** The facilitator merges the note `text` into `into` from the merge page (the notes of its column, searchable). */
async function mergeInto(page: Page, text: string, into: string, search = into.split(' ')[0]) {
	const wall = page.url();
	const source = note(page, text);
	await source.locator('summary').click();
	await source.getByRole('link', { name: /^Unisci a un’altra nota/ }).click();
	await page.waitForURL(/\/unisci\/\d+/);
	await page.getByLabel('Cerca tra le note').fill(search);
	await page.getByRole('radio', { name: into }).check();
	await page.getByRole('button', { name: 'Unisci', exact: true }).click();
	await page.waitForURL((u) => u.pathname === new URL(wall).pathname);
}

describe('participation wall', () => {
	it('carries notes and votes live between a facilitator and two guests, merges, and promotes into the plan', async () => {
		const facilitatorContext = await newContext();
		const facilitator = await facilitatorContext.newPage();
		await login(facilitator, ADMIN);
		const { path, code } = await openWall(facilitator);
		await live(facilitator);

		const a = await join(await newContext(), path, code, 'CPIA di Lodi');
		// B is served by the other app instance: what A posts reaches B through the database.
		const bContext = await newContext({ secondInstance: true });
		const b = await join(bContext, path, code, 'Altro ente (non nell’elenco)', 'Associazione Donne Migranti (prova)');
		await expectAccessible(a);
		await Promise.all([live(a), live(b)]);

		// A posts by keyboard alone; the note arrives on the other screens without reload.
		const form = a.locator('section[aria-labelledby="scrivi"]');
		await form.getByLabel('Colonna').selectOption({ label: 'Proposte' });
		await form.getByLabel('Testo della nota').focus();
		await a.keyboard.type('Protocollo con Questura e Prefettura');
		await a.keyboard.press('Tab');
		await a.keyboard.press('Tab');
		await a.keyboard.press('Enter');
		await expect.poll(() => note(b, 'Protocollo con Questura e Prefettura').isVisible(), LIVE).toBe(true);
		await expect.poll(() => note(facilitator, 'Protocollo con Questura e Prefettura').isVisible(), LIVE).toBe(true);
		expect(await b.locator('.visually-hidden[aria-live="polite"]').textContent()).toContain(
			'Nuova nota in Proposte, Governance: Protocollo con Questura e Prefettura'
		);
		expect(await note(b, 'Protocollo con Questura e Prefettura').textContent()).toContain('CPIA di Lodi');

		// Script typed into a note stays text.
		await post(b, 'Proposte', 'Governance', 'Tavolo stabile con la Questura <script>window.pwned=1</script>');
		await expect.poll(() => note(a, 'Tavolo stabile con la Questura').isVisible(), LIVE).toBe(true);
		expect(await a.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await note(a, 'Tavolo stabile').locator('.wall-note-body').textContent()).toBe(
			'Tavolo stabile con la Questura <script>window.pwned=1</script>'
		);

		// The facilitator merges B's duplicate into A's note: it leaves every screen and stays visible inside.
		await mergeInto(facilitator, 'Tavolo stabile con la Questura', 'Protocollo con Questura e Prefettura');
		await expect.poll(() => note(a, 'Tavolo stabile con la Questura').count(), LIVE).toBe(0);
		await expect
			.poll(() => note(a, 'Protocollo con Questura e Prefettura').textContent(), LIVE)
			.toContain('Unita qui: 1 nota');
		await expect.poll(() => b.locator('article.wall-note').count(), LIVE).toBe(1);

		// Voting: five dots each; A puts all five on one note, the sixth is refused by the server.
		await facilitator.getByRole('button', { name: 'Apri la votazione (5 punti)' }).click();
		await expect.poll(() => a.getByText('Ti restano 5 punti').isVisible(), LIVE).toBe(true);
		const target = note(a, 'Protocollo con Questura e Prefettura');
		for (let i = 4; i >= 0; i--) {
			await target.getByRole('button', { name: /Dai un punto a/ }).click();
			await expect
				.poll(() => a.getByText(i === 1 ? 'Ti resta 1 punto' : `Ti restano ${i} punti`).isVisible(), LIVE)
				.toBe(true);
		}
		expect(await target.getByRole('button', { name: /Dai un punto a/ }).isDisabled()).toBe(true);
		await expect
			.poll(() => note(b, 'Protocollo con Questura e Prefettura').locator('.wall-dots').textContent(), LIVE)
			.toContain('5');
		const noteId = (await target.getAttribute('id'))!.replace('nota-', '');
		const refused = await a.request.post(`${path}?/vote`, {
			form: { noteId },
			headers: { 'x-sveltekit-action': 'true', origin: appUrl('') }
		});
		const result = await refused.json();
		expect(result.type).toBe('failure');
		expect(result.data).toContain('Hai già usato tutti i tuoi 5 punti');
		await b
			.locator('article.wall-note')
			.getByRole('button', { name: /Dai un punto a/ })
			.click();
		await expect
			.poll(() => note(facilitator, 'Protocollo con Questura e Prefettura').locator('.wall-dots').textContent(), LIVE)
			.toContain('6');

		// Projector: large, with the join code, live.
		const projector = await facilitatorContext.newPage();
		await visit(projector, `${path}/proiettore`);
		expect(await projector.locator('.wall-projector-code').textContent()).toBe(code);
		await post(b, 'Punti di forza', 'Governance', 'Relazione con il CPIA');
		await expect.poll(() => note(projector, 'Relazione con il CPIA').isVisible(), LIVE).toBe(true);
		await expectAccessible(projector);
		// Hidden by the facilitator: it leaves the room's screen, though the facilitator runs it.
		const toHide = note(facilitator, 'Relazione con il CPIA');
		await toHide.locator('summary').click();
		await toHide.getByRole('button', { name: 'Nascondi' }).click();
		await expect.poll(() => note(projector, 'Relazione con il CPIA').count(), LIVE).toBe(0);
		await expect.poll(() => toHide.textContent(), LIVE).toContain('Nascosta');

		// Ranking and exports.
		await facilitator.getByRole('link', { name: 'Classifica, impostazioni ed esportazione' }).click();
		await expectAccessible(facilitator);
		const manage = new URL(facilitator.url()).pathname;
		const csv = await (await facilitator.request.get(`${manage}/parete.csv`)).text();
		expect(csv).toContain('Governance;Proposte;;1;6;Protocollo con Questura e Prefettura;CPIA di Lodi');
		const xlsx = await (await facilitator.request.get(`${manage}/parete.xlsx`)).body();
		const rows = await readSheet(xlsx);
		expect(rows.find((r) => r.includes('Protocollo con Questura e Prefettura'))).toEqual([
			'Governance',
			'Proposte',
			null,
			1,
			6,
			'Protocollo con Questura e Prefettura',
			'CPIA di Lodi',
			null,
			'Tavolo stabile con la Questura <script>window.pwned=1</script> (Associazione Donne Migranti (prova))',
			null,
			expect.any(String)
		]);

		// Promotion: the proposal becomes an objective of 2025-2027; the plan shows where it came from.
		await facilitator.getByRole('link', { name: /^Porta nel piano ?: Protocollo con Questura/ }).click();
		await expectAccessible(facilitator);
		await facilitator
			.getByRole('combobox', { name: 'Piano', exact: true })
			.selectOption({ label: 'Piano di Zona 2025-2027 (in preparazione)' });
		await facilitator
			.getByRole('combobox', { name: 'Area', exact: true })
			.selectOption({ label: 'G) Politiche giovanili e per i minori' });
		await facilitator.getByRole('textbox', { name: 'Codice', exact: true }).fill('G9');
		await facilitator.getByRole('button', { name: 'Crea l’obiettivo' }).click();
		await facilitator.waitForURL(/\/gestione\/lodi\/obiettivi\/\d+$/);
		await expectAccessible(facilitator);
		expect(await facilitator.locator('section[aria-labelledby="origins-title"]').textContent()).toContain(
			'Protocollo con Questura e Prefettura'
		);
		await expect
			.poll(() => note(a, 'Protocollo con Questura e Prefettura').textContent(), LIVE)
			.toContain('Diventata obiettivo G9 (Piano di Zona 2025-2027)');
		// A draft until its plan version is approved: not on the public plan page yet.
		await visit(facilitator, '/ambiti/lodi/piani/2025-2027');
		expect(await facilitator.locator('main').textContent()).not.toContain('Protocollo con Questura e Prefettura');
	});

	it('works without JavaScript: join, errors next to the field with the text kept, posting', async () => {
		const staff = await (await newContext()).newPage();
		await login(staff, ADMIN);
		const { path, code } = await openWall(staff);
		const page = await join(await newContext({ javaScriptEnabled: false }), path, code, 'ASST Lodi');
		const form = page.locator('section[aria-labelledby="scrivi"]');
		const long = 'Mediazione culturale '.repeat(25);
		await form.getByLabel('Testo della nota').fill(long);
		await form.getByRole('button', { name: 'Pubblica la nota' }).click();
		expect(await form.locator('#f-body-error').textContent()).toMatch(/massimo 500 caratteri \(ora \d+\)/);
		expect(await form.getByLabel('Testo della nota').inputValue()).toBe(long);
		await form.getByLabel('Testo della nota').fill('Mediazione culturale nei servizi');
		await form.getByLabel('Tema').selectOption({ label: 'Accesso ai servizi e opportunità' });
		await form.getByRole('button', { name: 'Pubblica la nota' }).click();
		await page.waitForURL((u) => u.pathname === path);
		expect(await note(page, 'Mediazione culturale nei servizi').textContent()).toContain('ASST Lodi');
		// The facilitator sees it too (reading the page again, as a person without JavaScript would).
		await visit(staff, path);
		expect(await note(staff, 'Mediazione culturale nei servizi').count()).toBe(1);

		// Without JavaScript the facilitator searches the merge targets with a plain form, merges, and undoes.
		const plain = await (await newContext({ javaScriptEnabled: false })).newPage();
		await login(plain, ADMIN);
		await visit(plain, path);
		await post(plain, 'Punti di forza', 'Accesso ai servizi e opportunità', 'Mediatori nei servizi sociali');
		await plain.waitForURL((u) => u.pathname === path);
		await post(plain, 'Punti di forza', 'Accesso ai servizi e opportunità', 'Trasporti per i corsi serali');
		await plain.waitForURL((u) => u.pathname === path);
		const id = (await note(plain, 'Mediatori nei servizi sociali').getAttribute('id'))!.replace('nota-', '');
		await visit(plain, `${path}/unisci/${id}`);
		expect(await plain.getByRole('radio').count()).toBe(2);
		await plain.getByLabel('Cerca tra le note').fill('mediazione');
		await plain.getByRole('button', { name: 'Cerca', exact: true }).click();
		await plain.waitForURL(/\?q=mediazione/);
		expect(await plain.getByRole('radio').count()).toBe(1);
		await plain.getByRole('radio', { name: 'Mediazione culturale nei servizi' }).check();
		await plain.getByRole('button', { name: 'Unisci', exact: true }).click();
		await plain.waitForURL((u) => u.pathname === path);
		expect(await note(plain, 'Mediatori nei servizi sociali').count()).toBe(0);
		await plain.locator('summary', { hasText: 'Cronologia e annullamento' }).click();
		await plain.getByRole('button', { name: /^Annulla\W+«Mediatori nei servizi sociali» unita a/ }).click();
		await plain.waitForURL((u) => u.pathname === path);
		expect(await note(plain, 'Mediatori nei servizi sociali').count()).toBe(1);
	});

	it('keeps a note typed while offline and sends it when the connection returns', async () => {
		const staff = await (await newContext()).newPage();
		await login(staff, ADMIN);
		const { path, code } = await openWall(staff);
		const context = await newContext();
		const page = await join(context, path, code, 'Comune di Lodi');
		await live(page);
		await context.setOffline(true);
		await post(page, 'Cosa è migliorabile', 'Governance', 'Accoglienza CAS e SAI');
		await expect
			.poll(() => page.getByText('in attesa della connessione, sarà inviata automaticamente').isVisible(), LIVE)
			.toBe(true);
		await expectAccessible(page);
		await context.setOffline(false);
		await expect.poll(() => note(staff, 'Accoglienza CAS e SAI').isVisible(), { timeout: 10_000 }).toBe(true);
		await expect.poll(() => page.getByText('Note non ancora inviate').count(), { timeout: 10_000 }).toBe(0);
		await expect.poll(() => note(page, 'Accoglienza CAS e SAI').count(), { timeout: 10_000 }).toBe(1);
	});

	it('keeps the column and theme chosen while the page was still loading', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		const { path } = await openWall(page);
		// The page's scripts are held back: the person chooses before the page is live.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(appUrl(path), { waitUntil: 'domcontentloaded' });
		const form = page.locator('section[aria-labelledby="scrivi"]');
		await form.getByLabel('Colonna').selectOption({ label: 'Proposte' });
		await form.getByLabel('Tema').selectOption({ label: 'Accesso ai servizi e opportunità' });
		release();
		await live(page);
		expect(await form.getByLabel('Colonna').locator('option:checked').textContent()).toBe('Proposte');
		expect(await form.getByLabel('Tema').locator('option:checked').textContent()).toBe(
			'Accesso ai servizi e opportunità'
		);
		await form.getByLabel('Testo della nota').fill('Navetta per i corsi di italiano');
		await form.getByRole('button', { name: 'Pubblica la nota' }).click();
		const proposals = page
			.getByRole('region', { name: 'Accesso ai servizi e opportunità' })
			.locator('.wall-kind-proposal');
		await expect
			.poll(() => proposals.locator('.wall-note-body', { hasText: 'Navetta per i corsi di italiano' }).count(), LIVE)
			.toBe(1);
	});

	it('undoes a merge made by mistake, live on both guests’ phones, and asks before merging across columns', async () => {
		const phone = { viewport: { width: 390, height: 844 } };
		const facilitator = await (await newContext()).newPage();
		await login(facilitator, ADMIN);
		const { path, code } = await openWall(facilitator);
		await live(facilitator);
		const a = await join(await newContext(phone), path, code, 'CPIA di Lodi');
		const b = await join(await newContext({ ...phone, secondInstance: true }), path, code, 'ASST Lodi');
		await Promise.all([live(a), live(b)]);
		for (const [guest, column, text] of [
			[a, 'Proposte', 'Sportello stranieri nei Comuni'],
			[a, 'Proposte', 'Corsi di italiano serali'],
			[b, 'Punti di forza', 'Sportello stranieri attivo']
		] as const) {
			await post(guest, column, 'Governance', text);
			await expect.poll(() => note(facilitator, text).isVisible(), LIVE).toBe(true);
		}

		// The merge page lists the notes of the same column, never the note itself.
		const source = note(facilitator, 'Corsi di italiano serali');
		await source.locator('summary').click();
		await source.getByRole('link', { name: /^Unisci a un’altra nota/ }).click();
		await facilitator.waitForURL(/\/unisci\/\d+/);
		await expectAccessible(facilitator);
		const choices = facilitator.getByRole('radio');
		expect(await choices.count()).toBe(1);
		expect(await facilitator.getByRole('radio', { name: 'Sportello stranieri nei Comuni' }).count()).toBe(1);
		// Another column's note only on request, and only once confirmed.
		await facilitator.getByText('Mostra anche le note delle altre colonne').click();
		await facilitator.getByRole('radio', { name: 'Sportello stranieri attivo' }).check();
		await facilitator.getByRole('button', { name: 'Unisci', exact: true }).click();
		await facilitator.waitForLoadState('load');
		expect(await facilitator.locator('#merge-confirm-error').textContent()).toContain(
			'La nota è in «Proposte», quella scelta in «Punti di forza»'
		);
		await expectAccessible(facilitator);

		// The merge by mistake: both guests see the note go…
		await visit(facilitator, path);
		await mergeInto(facilitator, 'Corsi di italiano serali', 'Sportello stranieri nei Comuni', 'Sportello');
		for (const guest of [a, b]) await expect.poll(() => note(guest, 'Corsi di italiano serali').count(), LIVE).toBe(0);
		// …and come back when the facilitator undoes it from the history.
		await live(facilitator);
		const history = facilitator.locator('details', { hasText: 'Cronologia e annullamento' });
		await history.locator('summary').click();
		await expectAccessible(facilitator);
		await history
			.getByRole('button', { name: /^Annulla\W+«Corsi di italiano serali» unita a «Sportello stranieri nei Comuni»/ })
			.click();
		for (const guest of [a, b]) {
			await expect.poll(() => note(guest, 'Corsi di italiano serali').count(), LIVE).toBe(1);
			await expect
				.poll(() => note(guest, 'Sportello stranieri nei Comuni').textContent(), LIVE)
				.not.toContain('Unite qui');
		}
		await expect.poll(() => history.textContent(), LIVE).toContain('annullata da');

		// The voting round on a timer, on the guests' phones: large buttons, the dots in view.
		await facilitator.locator('summary', { hasText: 'Timer del turno' }).click();
		await facilitator.getByLabel('Turno', { exact: true }).selectOption({ label: 'Votazione' });
		await facilitator.getByLabel('Durata (minuti)').fill('0');
		await facilitator.getByRole('button', { name: 'Avvia il timer' }).click();
		await expect.poll(() => facilitator.getByText('La durata va da 1 minuto').isVisible(), LIVE).toBe(true);
		await facilitator.getByLabel('Durata (minuti)').fill('10');
		await facilitator.getByRole('button', { name: 'Avvia il timer' }).click();
		await expect.poll(() => a.getByRole('timer').textContent(), LIVE).toMatch(/Votazione: (10:00|9:\d\d)/);
		await expect.poll(() => a.getByText('Ti restano 5 punti').isVisible(), LIVE).toBe(true);
		const plus = note(a, 'Corsi di italiano serali').getByRole('button', { name: /Dai un punto a/ });
		const box = (await plus.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await plus.click();
		await expect.poll(() => a.getByText('Ti restano 4 punti').isVisible(), LIVE).toBe(true);
		await a.mouse.wheel(0, 2000);
		await a.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		const dots = a.getByText('Ti restano 4 punti');
		const top = (await dots.boundingBox())!.y;
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(844);
		await expectAccessible(a);
		await expectAccessible(b);
		const projector = await facilitator.context().newPage();
		await visit(projector, `${path}/proiettore`);
		expect(await projector.getByRole('timer').textContent()).toMatch(/Votazione/);
	});

	it('lets the coordinator promote a proposal into the 2025-2027 draft, public only once the office publishes it', async () => {
		const coordinator = await (await newContext()).newPage();
		await login(coordinator, COORDINATOR);
		await visit(coordinator, '/gestione/lodi/tavoli');
		await coordinator.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
		await coordinator.getByRole('button', { name: /Apri una parete del tavolo/ }).click();
		await coordinator.waitForURL(/\/parete\/[0-9a-f]{32}$/);
		const path = new URL(coordinator.url()).pathname;
		// Hydrated and live first: a column chosen before hydration would be set back to the first one.
		await live(coordinator);
		await post(coordinator, 'Proposte', 'Accesso ai servizi e opportunità', 'Sportello di facilitazione digitale');
		await expect.poll(() => note(coordinator, 'Sportello di facilitazione digitale').isVisible(), LIVE).toBe(true);
		const proposal = note(coordinator, 'Sportello di facilitazione digitale');
		await proposal.locator('summary').click();
		await proposal.getByRole('link', { name: 'Porta nel piano' }).click();
		await coordinator.waitForURL(/\/promuovi\/\d+$/);
		await expectAccessible(coordinator);
		// The plan in preparation is the default; the title is the note's words; the pickers say what they pick.
		const plan = coordinator.getByRole('combobox', { name: 'Piano', exact: true });
		// If it is missing, the failure shows what the page said instead.
		expect(await plan.count(), await coordinator.locator('main').innerText()).toBe(1);
		expect(await plan.locator('option:checked').textContent()).toBe('Piano di Zona 2025-2027 (in preparazione)');
		expect(await plan.locator('option').allTextContents()).not.toContain('Piano di Zona 2021-2023');
		expect(await coordinator.getByRole('textbox', { name: 'Titolo', exact: true }).inputValue()).toBe(
			'Sportello di facilitazione digitale'
		);
		expect(
			await coordinator
				.getByRole('combobox', { name: 'Obiettivo', exact: true })
				.locator('option')
				.first()
				.textContent()
		).toBe('— scegli l’obiettivo —');
		await coordinator.getByRole('combobox', { name: 'Tipo', exact: true }).selectOption({ label: 'Obiettivo d’area' });
		await coordinator
			.getByRole('combobox', { name: 'Area', exact: true })
			.selectOption({ label: 'G) Politiche giovanili e per i minori' });
		await coordinator.getByRole('textbox', { name: 'Codice', exact: true }).fill('G7');
		await coordinator.getByRole('button', { name: 'Crea l’obiettivo' }).click();
		await coordinator.waitForURL(/\/gestione\/lodi\/obiettivi\/\d+$/);
		const objectiveUrl = coordinator.url();
		await expectAccessible(coordinator);
		expect(await coordinator.getByText('Obiettivo in bozza, nato da una parete partecipativa').count()).toBe(1);
		await visit(coordinator, path);
		expect(await note(coordinator, 'Sportello di facilitazione digitale').textContent()).toContain(
			'Diventata obiettivo G7 (Piano di Zona 2025-2027)'
		);

		const citizen = await (await newContext()).newPage();
		await visit(citizen, '/ambiti/lodi/piani/2025-2027');
		expect(await citizen.locator('main').textContent()).not.toContain('Sportello di facilitazione digitale');

		// The office publishes it without waiting for the approval (which the server tests cover:
		// the demo plan's version 1 is taken to the mayors by the versions journey).
		const office = await (await newContext()).newPage();
		await login(office, ADMIN);
		await visit(office, new URL(objectiveUrl).pathname);
		await office.getByRole('button', { name: 'Pubblica ora' }).click();
		await office.waitForLoadState('load');
		expect(await office.getByText('Obiettivo in bozza, nato da una parete partecipativa').count()).toBe(0);
		await visit(citizen, '/ambiti/lodi/piani/2025-2027');
		expect(await citizen.locator('main').textContent()).toContain('Sportello di facilitazione digitale');
	});
});
