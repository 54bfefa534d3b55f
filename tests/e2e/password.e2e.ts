// A person's own password: the provisional one the office gives is changed at the first
// sign-in; a forgotten one is replaced through the link mailed to the person (read here at
// the test's SMTP server), once.
import { describe, expect, it, inject } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN, COORDINATOR, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const EMAIL = 'nuova.referente@esempio.it';

/** The text of every mail the SMTP server received, quoted-printable decoded. */
function received(): string[] {
	const dir = inject('mailDir');
	return readdirSync(dir).map((f) => {
		const raw = readFileSync(path.join(dir, f), 'latin1').replace(/=\r?\n/g, '');
		const bytes = raw.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
		return Buffer.from(bytes, 'latin1').toString('utf8');
	});
}

const resetMails = () =>
	received().filter((m) => /^To: nuova\.referente@esempio\.it/m.test(m) && m.includes('scegli una nuova password'));

describe('one’s own password', () => {
	it('is chosen at the first sign-in, and replaced through the emailed link when forgotten', async () => {
		// The office creates the account with a provisional password.
		const officeContext = await newContext();
		const office = await officeContext.newPage();
		await login(office, ADMIN);
		await visit(office, '/gestione/lodi/utenti');
		await office.getByLabel('Nome e cognome').fill('Nuova Referente');
		await office.locator('#new-email').fill(EMAIL);
		await office.getByLabel('Ruolo', { exact: true }).selectOption('viewer');
		await office.getByLabel(/^Password iniziale/).fill('provvisoria-2026');
		await office.getByRole('button', { name: 'Crea account' }).click();
		await expect.poll(() => office.getByText(EMAIL).count()).toBeGreaterThan(0);
		await officeContext.close();

		// At the first sign-in the person must choose their own before anything else.
		const context = await newContext();
		const page = await context.newPage();
		await login(page, EMAIL, 'provvisoria-2026');
		expect(new URL(page.url()).pathname).toBe('/profilo/password');
		await expectAccessible(page);
		await expect.poll(() => page.getByText('scegline una tua').count()).toBe(1);
		await page.goto('/gestione/lodi/piani/2021-2023');
		expect(new URL(page.url()).pathname).toBe('/profilo/password');
		await page.locator('#f-currentPassword').fill('provvisoria-2026');
		await page.locator('#f-password').fill('la-mia-prima-password');
		await page.locator('#f-confirm').fill('una-password-diversa');
		await page.getByRole('button', { name: 'Cambia la password' }).click();
		expect(await page.locator('#f-confirm-error').textContent()).toBe('Errore: Le due password non coincidono.');
		await expectAccessible(page);
		await page.locator('#f-currentPassword').fill('provvisoria-2026');
		await page.locator('#f-password').fill('la-mia-prima-password');
		await page.locator('#f-confirm').fill('la-mia-prima-password');
		await page.getByRole('button', { name: 'Cambia la password' }).click();
		await page.waitForURL((u) => u.pathname.startsWith('/gestione/lodi'));
		await visit(page, '/gestione/lodi/piani/2021-2023');
		await page.getByRole('button', { name: 'Esci' }).click();
		await page.waitForURL((u) => u.pathname === '/');

		// Later the password is forgotten: the login page leads to a request that answers the
		// same for an address that has no account.
		await visit(page, '/accesso');
		await page.getByRole('link', { name: 'Password dimenticata?' }).click();
		await page.waitForURL('**/accesso/password-dimenticata');
		await expectAccessible(page);
		await page.getByLabel('Email').fill('nessuno@esempio.it');
		await page.getByRole('button', { name: 'Invia il collegamento' }).click();
		const answer = (await page.locator('.alert-success').textContent())!.trim();
		expect(answer).toMatch(/^Se l’indirizzo corrisponde a un account/);
		await expectAccessible(page);
		await visit(page, '/accesso/password-dimenticata');
		await page.getByLabel('Email').fill(EMAIL);
		await page.getByRole('button', { name: 'Invia il collegamento' }).click();
		expect((await page.locator('.alert-success').textContent())!.trim()).toBe(answer);

		// The link arrives at the person's address.
		await expect.poll(() => resetMails().length, { timeout: 10_000 }).toBe(1);
		const link = /https?:\/\/\S+\/accesso\/nuova-password\/[A-Za-z0-9_-]{43}/.exec(resetMails()[0])![0];
		const target = new URL(link);
		await visit(page, target.pathname);
		await page.locator('#f-password').fill('ricordata-finalmente');
		await page.locator('#f-confirm').fill('ricordata-finalmente');
		await page.getByRole('button', { name: 'Salva la nuova password' }).click();
		await page.waitForURL('**/accesso?password=nuova');
		await expect.poll(() => page.getByText('Password cambiata: ora puoi accedere').count()).toBe(1);
		await expectAccessible(page);

		// The old password no longer opens the account; the new one does.
		await page.getByLabel('Email').fill(EMAIL);
		await page.locator('#f-password').fill('la-mia-prima-password');
		await page.getByRole('button', { name: 'Accedi', exact: true }).click();
		await expect.poll(() => page.getByText('Email o password non corretti.').count()).toBe(1);
		await login(page, EMAIL, 'ricordata-finalmente');
		expect(new URL(page.url()).pathname).toMatch(/^\/gestione/);
		await page.getByRole('button', { name: 'Esci' }).click();
		await page.waitForURL((u) => u.pathname === '/');

		// The same link a second time does nothing, and says so.
		await visit(page, target.pathname);
		expect(await page.getByRole('alert').textContent()).toContain('è già stato usato');
		expect(await page.locator('#f-password').count()).toBe(0);
		await context.close();
	});

	it('lands a coordinator and a delegate on their own home, the office on the plan list', async () => {
		for (const [email, heading, width] of [
			[COORDINATOR, 'I tuoi tavoli', 1280],
			['cpia@lodi.demo.it', 'Prossimi incontri dei tuoi tavoli', 390]
		] as const) {
			const context = await newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await login(page, email);
			expect(new URL(page.url()).pathname).toBe('/gestione/lodi');
			expect(await page.locator('h1').textContent()).toBe('La tua pagina');
			expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
			expect(await page.getByRole('heading', { name: 'Piani di Zona dell’ambito' }).count()).toBe(1);
			await expectAccessible(page);
			await visit(page, '/profilo');
			await visit(page, '/profilo/password');
			await context.close();
		}
		const context = await newContext();
		const page = await context.newPage();
		await login(page, ADMIN);
		expect(await page.locator('h1').textContent()).toBe('Piani di Zona');
		await context.close();
	});
});
