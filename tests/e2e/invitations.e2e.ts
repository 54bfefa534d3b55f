import { describe, expect, it, inject } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { ADMIN, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const received = () => readdirSync(inject('mailDir')).map((f) => readFileSync(path.join(inject('mailDir'), f), 'utf8'));

/** The addresses of the demo's Tavolo Immigrazione members: their own (email, else PEC) and the CPIA delegate's. */
const MEMBER_ADDRESSES = [
	'cpia@lodi.demo.it',
	'fnp.lodi@cisl.demo.it',
	'immigrazione.pref_lodi@prefettura.demo.it',
	'lodi@csv.lombardiasud.demo.it',
	'lodi@somaschi.demo.it',
	'protocollo@pec.asst-lodi.demo.it',
	'sai@acsi.lodi.demo.it',
	'segreteria@cpia.lodi.demo.it',
	'servizisociali@comune.lodi.demo.it',
	'spi.lodi@cgil.demo.it'
];

const PHONE = { width: 390, height: 844 };

describe('invitations to every member organisation', () => {
	it('schedules a meeting, mails every organisation with an address the .ics, and lists the one it cannot reach', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, ADMIN);

		// An organisation's PEC that is not an address is refused next to the field, keeping what was typed.
		await visit(page, '/gestione/lodi/enti');
		await page.getByRole('link', { name: 'Questura di Lodi', exact: true }).click();
		const questuraUrl = new URL(page.url()).pathname;
		const edit = page.locator('form[action="?/update"]');
		await edit.getByLabel('PEC dell’ente').fill('questura lodi');
		await edit.getByRole('button', { name: 'Salva le modifiche' }).click();
		await expect.poll(() => page.locator('#organisation-pec-error').textContent()).toContain('indirizzo PEC valido');
		expect(await edit.getByLabel('PEC dell’ente').inputValue()).toBe('questura lodi');
		await expectAccessible(page);

		await visit(page, '/gestione/lodi/tavoli');
		await page.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
		await page.getByText('Nuovo incontro').click();
		const form = page.locator('form[action="?/createMeeting"]');
		await form.getByLabel('Titolo dell’incontro').fill('Verifica inviti a tutti gli enti');
		await form.getByLabel(/^Data/).fill('2026-12-03');
		await form.getByLabel('Ora di inizio').fill('10:00');
		await form.getByLabel('Ora di fine').fill('12:00');
		await form.getByLabel('Luogo').fill('Ufficio di Piano, Lodi');
		await form.getByLabel('Ordine del giorno').fill('Inviti\nCalendario');
		await form.getByRole('button', { name: 'Crea incontro' }).click();
		await page.waitForURL(/\/gestione\/lodi\/incontri\/\d+$/);
		const meetingUrl = new URL(page.url()).pathname;
		await expectAccessible(page);

		// Before sending, the page says who the mail will reach and who it cannot, and why.
		const section = page.locator('section[aria-labelledby="invitations-title"]');
		expect(await section.textContent()).toContain('Enti raggiunti dalla posta: 9');
		expect(await page.getByTestId('unreachable').textContent()).toContain(
			'Questura di Lodi: nessun indirizzo: l’ente non ha email né PEC'
		);
		await section.getByRole('button', { name: 'Invia l’invito agli enti' }).click();
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain(
				'Inviti: 9 enti invitati (10 indirizzi); 1 ente non raggiunto perché senza indirizzo: Questura di Lodi. Inviate 10 email.'
			);
		await expectAccessible(page);
		// Each address shows the invitation that went to it.
		expect(await section.locator('tbody').textContent()).not.toContain('non ancora invitato');

		// The test's SMTP server got one invitation per address, each with the meeting as .ics.
		const invitations = () => received().filter((m) => m.includes('Subject: Invito: Verifica inviti a tutti gli enti'));
		await expect.poll(() => invitations().length).toBe(MEMBER_ADDRESSES.length);
		const to = invitations().map((m) => m.match(/^To: (.+)$/m)![1].trim());
		expect(to.sort()).toEqual(MEMBER_ADDRESSES);
		for (const mail of invitations()) {
			expect(mail).toContain('(3 dicembre 2026)');
			expect(mail).toContain('text/calendar');
			const ics = mail.match(/BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR/)![0].replace(/=\r\n/g, '');
			const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
			expect(event.summary).toBe('Verifica inviti a tutti gli enti');
			expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T09:00:00.000Z');
		}
		expect(received().some((m) => m.includes('Questura') && m.includes('Verifica inviti'))).toBe(false);

		// The outbox shows the mail as it reads, the .ics it carries and the meeting it is about.
		await visit(page, '/gestione/lodi/posta');
		const article = page.locator('article', { hasText: 'A: spi.lodi@cgil.demo.it' }).first();
		await article.getByText('Mostra il testo').click();
		const body = article.locator('pre');
		expect(await body.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
		const text = (await body.textContent())!;
		expect(text).toContain('«Verifica inviti a tutti gli enti» del 3 dicembre 2026, dalle 10:00 alle 12:00.');
		expect(text).toContain('Ordine del giorno:\n1. Inviti\n2. Calendario');
		expect(text).toContain(`${inject('appUrl')}${meetingUrl}`);
		expect(await article.getByRole('link', { name: /^Incontro: Verifica inviti/ }).getAttribute('href')).toBe(
			meetingUrl
		);
		const ics = await page.request.get(
			(await article.getByRole('link', { name: /invito\.ics/ }).getAttribute('href'))!
		);
		expect(ics.status()).toBe(200);
		expect(ics.headers()['content-type']).toContain('text/calendar');
		expect(await ics.text()).toContain('SUMMARY:Verifica inviti a tutti gli enti');
		await expectAccessible(page);

		// Once the Questura has an address, it is reached too.
		await visit(page, questuraUrl);
		await edit.getByLabel('PEC dell’ente').fill('protocollo.questura.lodi@pec.demo.it');
		await edit.getByRole('button', { name: 'Salva le modifiche' }).click();
		await expect.poll(() => page.locator('main dl').textContent()).toContain('protocollo.questura.lodi@pec.demo.it');
		await visit(page, meetingUrl);
		expect(await section.textContent()).toContain('Enti raggiunti dalla posta: 10');
		expect(await section.textContent()).toContain('Tutti gli enti attesi hanno almeno un indirizzo.');

		// The calendar shows the meeting in its month, as a grid and as a list, and on a phone.
		await visit(page, '/gestione/lodi/calendario?mese=2026-12');
		expect(await page.locator('h2').first().textContent()).toBe('Dicembre 2026');
		await page
			.locator('table.calendar-grid')
			.getByRole('link', { name: /Verifica inviti a tutti gli enti/ })
			.click();
		await page.waitForURL((u) => u.pathname === meetingUrl);
		await visit(page, '/gestione/lodi/calendario?mese=2026-12&vista=elenco');
		expect(await page.locator('main ol').textContent()).toContain('giovedì 3 dicembre');
		const phone = await (await newContext({ viewport: PHONE })).newPage();
		await login(phone, ADMIN);
		await visit(phone, '/gestione/lodi/calendario?mese=2026-12');
		expect(await phone.locator('table.calendar-grid').isVisible()).toBe(false);
		expect(await phone.getByRole('link', { name: /Verifica inviti a tutti gli enti/ }).isVisible()).toBe(true);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await Promise.all([context.close(), phone.context().close()]);
	});
});
