import { describe, expect, it, inject } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { ADMIN, COORDINATOR, expectAccessible, login, newContext, useBrowser, visit } from './browser';
import { romeParts } from '../../src/lib/time';

useBrowser();

const received = () => readdirSync(inject('mailDir')).map((f) => readFileSync(path.join(inject('mailDir'), f), 'utf8'));

/** A time window around now, in Rome, for a meeting happening as the test runs. */
function aroundNow() {
	const { date, time } = romeParts(new Date());
	const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
	const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	return { date, start: hhmm(Math.max(0, minutes - 20)), end: hhmm(Math.min(23 * 60 + 59, minutes + 60)) };
}

describe('a meeting from invitation to self check-in', () => {
	it('invites the members by email, checks a member in through the QR link and updates the computed indicator', async () => {
		// The planning office follows the roundtable's attendance rate in the running plan.
		const adminContext = await newContext();
		const admin = await adminContext.newPage();
		await login(admin, ADMIN);
		await visit(admin, '/gestione/lodi/piani/2025-2027/obiettivi/nuovo');
		await admin.getByLabel('Tipo', { exact: true }).selectOption('system');
		await admin.getByLabel('Codice').fill('OS-P');
		await admin.getByLabel('Titolo').fill('Partecipazione degli enti ai tavoli');
		await admin.getByRole('button', { name: 'Crea obiettivo' }).click();
		await admin.waitForURL(/\/obiettivi\/\d+$/);
		await admin.getByText('Nuovo indicatore').click();
		const indicatorForm = admin.locator('form[action="?/createIndicator"]');
		await indicatorForm.getByLabel('Codice').fill('OS-P.1');
		await indicatorForm.getByLabel('Nome dell’indicatore').fill('Tasso di presenza al Tavolo Immigrazione');
		await indicatorForm.getByLabel('Misura').selectOption('percentage');
		await indicatorForm.getByRole('combobox', { name: 'Fonte del dato' }).selectOption('attendance_rate');
		await indicatorForm.getByLabel(/^Tavolo/).selectOption({ label: 'Tavolo Immigrazione' });
		await indicatorForm.getByRole('button', { name: 'Crea indicatore' }).click();
		await admin.waitForURL(/\/indicatori\/\d+$/);
		const indicatorUrl = new URL(admin.url()).pathname;
		const period = admin.locator('form[action="?/addPeriod"]');
		await period.getByLabel('Periodo').fill('2025-2027');
		await period.getByLabel(/^Dal\b/).fill('2025-01-01');
		await period.getByLabel(/^Al\b/).fill('2027-12-31');
		await period.getByLabel('Valore atteso', { exact: true }).fill('80');
		await period.getByRole('button', { name: 'Aggiungi periodo' }).click();
		await expect.poll(() => admin.locator('main').textContent()).toContain('Nessun incontro nel periodo.');
		await expectAccessible(admin);

		// The coordinator schedules today's meeting and invites the members.
		const coordinatorContext = await newContext();
		const coordinator = await coordinatorContext.newPage();
		await login(coordinator, COORDINATOR);
		await visit(coordinator, '/gestione/lodi/tavoli');
		await coordinator.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
		await coordinator.getByText('Nuovo incontro').click();
		const { date, start, end } = aroundNow();
		const form = coordinator.locator('form[action="?/createMeeting"]');
		await form.getByLabel('Titolo dell’incontro').fill('Tavolo di oggi');
		await form.getByLabel(/^Data/).fill(date);
		await form.getByLabel('Ora di inizio').fill(start);
		await form.getByLabel('Ora di fine').fill(end);
		await form.getByLabel('Luogo').fill('Ufficio di Piano, Lodi');
		await form.getByRole('button', { name: 'Crea incontro' }).click();
		await coordinator.waitForURL(/\/gestione\/lodi\/incontri\/\d+$/);
		const meetingUrl = new URL(coordinator.url()).pathname;
		await coordinator.getByRole('button', { name: 'Invia l’invito agli enti' }).click();
		await expect.poll(() => coordinator.getByRole('status').first().textContent()).toContain('Inviate 10 email');
		await expectAccessible(coordinator);
		const invitations = () => received().filter((m) => m.includes('Subject: Invito: Tavolo di oggi'));
		await expect.poll(() => invitations().length).toBe(10);
		const mail = invitations().find((m) => /^To: cpia@lodi\.demo\.it/m.test(m))!;
		expect(mail).toContain('text/calendar');

		// In the room: the welcome page shows the QR code and the short code.
		await visit(coordinator, `${meetingUrl}/accoglienza`);
		const link = (await coordinator.locator('a[href*="/presenze/"]').getAttribute('href'))!;
		const code = (await coordinator.locator('.font-monospace').textContent())!.trim();
		expect(code).toMatch(/^\d{6}$/);
		expect((await coordinator.request.get(`${meetingUrl}/accoglienza/qr.svg`)).headers()['content-type']).toContain(
			'image/svg+xml'
		);

		// The desk shows who has checked in, and keeps the list up to date by itself.
		expect(await coordinator.getByTestId('desk-summary').textContent()).toContain('0 enti presenti su 10 attesi');

		// A member checks in from their own phone, with no account.
		const guestContext = await newContext();
		const guest = await guestContext.newPage();
		await visit(guest, new URL(link).pathname);
		await guest.getByLabel('Il tuo ente').selectOption({ label: 'CPIA di Lodi' });
		await guest.getByLabel('Codice mostrato in sala').fill(code === '000000' ? '111111' : '000000');
		await guest.getByRole('button', { name: 'Registra la presenza' }).click();
		expect(await guest.locator('#f-code-error').textContent()).toContain('Codice non corretto');
		await expectAccessible(guest);
		await guest.getByLabel('Codice mostrato in sala').fill(code);
		await guest.getByRole('button', { name: 'Registra la presenza' }).click();
		expect(await guest.getByRole('status').textContent()).toContain('Presenza registrata: CPIA di Lodi');
		await expectAccessible(guest);
		// The desk page, left open, shows it without being reloaded.
		await expect
			.poll(() => coordinator.getByTestId('desk-list').textContent(), { timeout: 15_000 })
			.toContain('CPIA di Lodi');
		expect(await coordinator.getByTestId('desk-summary').textContent()).toContain('1 ente presente su 10 attesi');
		await expectAccessible(coordinator);

		// The register and the computed indicator show it.
		await visit(coordinator, meetingUrl);
		expect(await coordinator.getByTestId('attendance-count').textContent()).toBe('1 ente presente su 10');

		// The coordinator writes the minutes with the editor, shares them, then approves them.
		const editor = coordinator.getByRole('textbox', { name: 'Testo del verbale' });
		await editor.click();
		await coordinator.keyboard.type('Presente il CPIA. ');
		await coordinator.getByRole('button', { name: 'Grassetto' }).click();
		await coordinator.keyboard.type('Decisione condivisa');
		await expectAccessible(coordinator);
		await coordinator.locator('form[action="?/minutes"]').getByRole('button', { name: 'Salva' }).click();
		await expect
			.poll(() => coordinator.locator('#minutes-title ~ div.border').locator('b, strong').textContent())
			.toBe('Decisione condivisa');
		await coordinator.getByRole('button', { name: 'Condividi con i membri per commenti' }).click();
		await expect.poll(() => coordinator.locator('#minutes-title').textContent()).toContain('condiviso con i membri');
		// The members are told by email, with a link to the minutes.
		const minutesMails = (subject: string) => received().filter((m) => m.includes(`Subject: ${subject}`));
		await expect.poll(() => minutesMails('Verbale da commentare: Tavolo di oggi').length).toBe(10);
		expect(minutesMails('Verbale da commentare: Tavolo di oggi')[0].replace(/=\r\n/g, '')).toContain(
			`${meetingUrl}#minutes-title`
		);
		await coordinator.getByRole('button', { name: /^Approva/ }).click();
		await expect.poll(() => coordinator.locator('#minutes-title').textContent()).toContain('approvato');
		await expect.poll(() => minutesMails('Verbale approvato: Tavolo di oggi').length).toBe(10);
		expect(await coordinator.locator('form[action="?/minutes"]').count()).toBe(0);
		// The approved minutes download as a tagged PDF.
		const pdf = await coordinator.request.get(
			(await coordinator.getByRole('link', { name: 'Scarica il verbale (PDF accessibile)' }).getAttribute('href'))!
		);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
		await expectAccessible(coordinator);
		await visit(admin, indicatorUrl);
		expect(await admin.locator('main').textContent()).toContain('Calcolato dalle presenze: 1 presenze su 10 attese.');

		// Calendar programs can subscribe to the district's meetings.
		const feed = await guest.request.get('/ambiti/lodi/calendario.ics');
		expect(feed.headers()['content-type']).toContain('text/calendar');
		const events = new ICAL.Component(ICAL.parse(await feed.text()))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.summary)).toContain('Tavolo di oggi');
		expect(events.length).toBeGreaterThanOrEqual(16);
		await Promise.all([adminContext.close(), coordinatorContext.close(), guestContext.close()]);
	});
});
