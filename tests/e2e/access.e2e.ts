import { describe, expect, it } from 'vitest';
import { ADMIN, DEMO_PASSWORD, VIEWER, appUrl, login, newContext, useBrowser, visit } from './browser';

useBrowser();

describe('access and safety', () => {
	it('lets a viewer read but not edit, also with a hand-made POST', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, VIEWER);
		await visit(page, '/gestione/lodi/piani/2021-2023');
		expect(await page.getByRole('link', { name: 'Nuovo obiettivo' }).count()).toBe(0);
		const href = await page.getByRole('link', { name: /Dettagli\s+OS1/ }).getAttribute('href');
		await visit(page, href!);
		expect(await page.locator('form[action="?/update"]').count()).toBe(0);
		const response = await page.request.post(appUrl(`${href}?/update`), {
			headers: { origin: appUrl('').replace(/\/$/, '') },
			form: { formId: 'objective', kind: 'system', code: 'OS1', title: 'Modifica non autorizzata', version: '1' }
		});
		expect(response.status()).toBe(403);
		await visit(page, href!);
		expect(await page.locator('h1').textContent()).not.toContain('Modifica non autorizzata');
		await context.close();
	});

	it('answers unknown ids and addresses with a 404 page, not an error', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await login(page, ADMIN);
		for (const path of [
			'/gestione/lodi/obiettivi/99999999',
			'/gestione/lodi/obiettivi/abc',
			'/gestione/lodi/indicatori/0',
			'/gestione/lodi/piani/1999-2001',
			'/ambiti/nessuno',
			'/ambiti/lodi/piani/nessuno'
		]) {
			await visit(page, path, 404);
			expect(await page.locator('h1').textContent()).toBe('Pagina non trovata');
		}
		for (const path of [
			'/ambiti/%ZZ',
			'/ambiti/%00',
			'/gestione/lodi/piani/%00',
			'/gestione/lodi/registro?prima=1e300',
			'/gestione/lodi/piani/2021-2023/grafici/1.svg?tipo=%00'
		]) {
			const status = (await page.request.get(appUrl(path))).status();
			expect(status, path).toBeGreaterThanOrEqual(200);
			expect(status, path).toBeLessThan(500);
		}
		await context.close();
	});

	it('goes back only to addresses of this site after login', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto('/accesso?next=/%5Cesempio.org/');
		await page.getByLabel('Email').fill(ADMIN);
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Accedi', exact: true }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/accesso'));
		expect(new URL(page.url()).origin).toBe(new URL(appUrl('/')).origin);
		await context.close();
	});

	it('works by keyboard alone and keeps the session in an httpOnly cookie until logout', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await visit(page, '/accesso');
		for (
			let i = 0;
			i < 15 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== 'email';
			i++
		)
			await page.keyboard.press('Tab');
		await page.keyboard.type(ADMIN);
		await page.keyboard.press('Tab');
		await page.keyboard.type(DEMO_PASSWORD);
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.pathname === '/gestione/lodi');
		const session = (await context.cookies()).find((c) => c.name.includes('session_token'));
		expect(session?.httpOnly).toBe(true);
		expect(session?.sameSite).toBe('Lax');
		await page.getByRole('button', { name: 'Esci' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/gestione/lodi');
		expect(new URL(page.url()).pathname).toBe('/accesso');
		await context.close();
	});

	it('works without JavaScript: forms post, errors come back next to the field', async () => {
		const context = await newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/aree');
		const form = page.locator('form[action="?/create"]');
		await form.getByLabel('Codice').fill('M');
		await form.getByRole('button', { name: 'Aggiungi' }).click();
		expect(await page.locator('#new-name-error').textContent()).toContain('obbligatorio');
		expect(await page.locator('form[action="?/create"]').getByLabel('Codice').inputValue()).toBe('M');
		await page.locator('form[action="?/create"]').getByLabel('Nome').fill('Migrazioni e cittadinanza');
		await page.locator('form[action="?/create"]').getByRole('button', { name: 'Aggiungi' }).click();
		expect(await page.locator('input[value="Migrazioni e cittadinanza"]').count()).toBe(1);
		await context.close();
	});

	it('rate-limits login attempts', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await visit(page, '/accesso');
		for (let i = 0; i < 6; i++) {
			await page.getByLabel('Email').fill('nessuno@esempio.it');
			await page.getByLabel('Password').fill('password-sbagliata');
			await page.getByRole('button', { name: 'Accedi', exact: true }).click();
			await page.waitForLoadState('load');
		}
		expect(await page.getByRole('alert').textContent()).toContain('Troppi tentativi');
		await context.close();
	});

	it('keeps personal data off the public page', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await visit(page, '/ambiti/lodi/piani/2021-2023');
		const html = await page.content();
		expect(html).not.toContain('@lodi.demo.it');
		expect(html).not.toContain('(demo)');
		expect(html).toContain('Come procede il Piano di Zona');
		await context.close();
	});
});
