import { describe, expect, it } from 'vitest';
import { ADMIN, login, newContext, useBrowser, visit } from './browser';

useBrowser();

describe('public pages in the languages of the people who need them', () => {
	it('serves the plan in Arabic right to left, marks the Italian content, and switches language', async () => {
		const page = await (await newContext()).newPage();
		await visit(page, '/ar/ambiti/lodi/piani/2021-2023');
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('h1').textContent()).toBe('كيف تسير خطة المنطقة');
		expect(await page.getByText('هذا المحتوى متاح باللغة الإيطالية فقط.').count()).toBe(1);
		const title = page.locator('#o-1 span[lang="it"]').first();
		expect(await title.getAttribute('dir')).toBe('ltr');

		await page.getByRole('link', { name: 'Français', exact: true }).click();
		await page.waitForURL(/\/fr\/ambiti\/lodi\/piani\/2021-2023$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Où en est le Piano di Zona');
		// Each language is its own page: the Italian one is not served from the French one's cache.
		await visit(page, '/ambiti/lodi/piani/2021-2023');
		expect(await page.locator('html').getAttribute('lang')).toBe('it');
		expect(await page.locator('h1').textContent()).toBe('Come procede il Piano di Zona');

		await visit(page, '/en/ambiti/lodi');
		await page.getByRole('link', { name: 'Piano di Zona 2021-2023' }).click();
		await page.waitForURL(/\/en\/ambiti\/lodi\/piani\/2021-2023$/);
		expect(await page.locator('h1').textContent()).toBe('How the Piano di Zona is going');
	});

	it('keeps the back office in Italian', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi');
		expect(await page.locator('html').getAttribute('lang')).toBe('it');
		expect(await page.locator('nav[aria-label="Lingua"]').count()).toBe(0);

		// The district chooses its languages: without Ukrainian, its Ukrainian pages are gone.
		await page.locator('label').getByText('Українська', { exact: true }).click();
		await page.getByRole('button', { name: 'Salva', exact: true }).click();
		await page.waitForLoadState('load');
		expect(await page.getByRole('checkbox', { name: 'Українська' }).isChecked()).toBe(false);
		await visit(page, '/uk/ambiti/lodi', 404);
		await visit(page, '/ambiti/lodi');
		expect(await page.locator('nav[aria-label="Lingua"] a').allTextContents()).toEqual([
			'Italiano',
			'English',
			'Français',
			'Español',
			'العربية',
			'中文'
		]);
	});
});
