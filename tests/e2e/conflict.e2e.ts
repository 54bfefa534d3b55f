import { describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible, login, newContext, useBrowser, visit } from './browser';

useBrowser();

describe('two people editing the same record', () => {
	it('refuses the stale save, shows the current values and keeps what was typed', async () => {
		const [a, b] = [await newContext(), await newContext()];
		const [pageA, pageB] = [await a.newPage(), await b.newPage()];
		await login(pageA, ADMIN);
		await login(pageB, ADMIN);
		await visit(pageA, '/gestione/lodi/piani/2021-2023');
		const href = await pageA.getByRole('link', { name: /Modifica\s+OS2/ }).getAttribute('href');
		await visit(pageA, href!);
		await visit(pageB, href!);

		const title = (p: typeof pageA) => p.locator('form[action="?/update"]').getByLabel('Titolo');
		await title(pageA).fill('Integrazione socio-sanitaria e territoriale');
		await pageA.locator('form[action="?/update"]').getByRole('button', { name: 'Salva le modifiche' }).click();
		await expect.poll(() => pageA.getByRole('status').count()).toBe(1);

		await title(pageB).fill('Integrazione sociale e sanitaria');
		await pageB.locator('form[action="?/update"]').getByRole('button', { name: 'Salva le modifiche' }).click();
		await expect.poll(() => pageB.locator('.alert-warning').count()).toBe(1);
		const notice = await pageB.locator('.alert-warning').textContent();
		expect(notice).toContain('Qualcun altro ha salvato prima di te');
		expect(await pageB.locator('[data-conflict-field="title"]').textContent()).toBe(
			'Integrazione socio-sanitaria e territoriale'
		);
		expect(await title(pageB).inputValue()).toBe('Integrazione sociale e sanitaria');
		await expectAccessible(pageB);

		// Saving again, knowingly, goes through.
		await pageB.locator('form[action="?/update"]').getByRole('button', { name: 'Salva le modifiche' }).click();
		await expect.poll(() => pageB.locator('h1').textContent()).toContain('Integrazione sociale e sanitaria');
		await a.close();
		await b.close();
	});
});
