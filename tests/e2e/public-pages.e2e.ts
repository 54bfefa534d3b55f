import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { appUrl, expectAccessible, newContext, useBrowser, visit } from './browser';

useBrowser();

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

async function expectValidHtml(path: string) {
	const report = await validator.validateString(await (await fetch(appUrl(path))).text());
	const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
	expect(messages, path).toEqual([]);
}

/** Nothing wider than the window: no horizontal scroll. */
async function expectNoHorizontalScroll(page: Page) {
	const { scroll, client } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(scroll, page.url()).toBeLessThanOrEqual(client);
}

const WIDTHS = [1280, 390];

describe('public pages of roundtables, projects and places', () => {
	it('shows the roundtable page from the district home, in Italian and in Arabic, wide and narrow', async () => {
		for (const width of WIDTHS) {
			const context = await newContext();
			const page = await context.newPage();
			await page.setViewportSize({ width, height: 900 });
			await visit(page, '/ambiti/lodi');
			await page.getByRole('link', { name: 'Tavolo Immigrazione', exact: true }).click();
			await page.waitForURL(/\/ambiti\/lodi\/tavoli\/\d+$/);
			const path = new URL(page.url()).pathname;
			await visit(page, path);
			await expectNoHorizontalScroll(page);
			expect(await page.title()).toBe('Tavolo Immigrazione · Ambito Territoriale di Lodi');
			expect(await page.locator('h1').textContent()).toBe('Tavolo Immigrazione');
			const members = page.locator('section[aria-labelledby="members-title"]');
			const memberCount = await members.getByRole('link').count();
			expect(memberCount).toBeGreaterThanOrEqual(10);
			expect(await members.textContent()).toContain(`Enti che fanno parte del tavolo oggi: ${memberCount}`);
			expect(await members.getByRole('link', { name: 'CPIA di Lodi' }).getAttribute('href')).toMatch(
				/^\/ambiti\/lodi\/enti\/\d+$/
			);
			// Organisations only: never the delegates who attend for them.
			expect(await page.locator('main').textContent()).not.toContain('Referente CPIA');
			// The next meetings (the demo's are past; other journeys may add one), never their online links.
			const meetings = page.locator('section[aria-labelledby="meetings-title"]');
			const coming = await meetings.locator('li.card').count();
			expect(await meetings.getByText('Nessun incontro in programma al momento.').count()).toBe(coming ? 0 : 1);
			expect(await meetings.locator('a[href^="http"]').count()).toBe(0);
			const feed = await page.getByRole('link', { name: /Calendario degli incontri del tavolo/ }).getAttribute('href');
			expect(feed).toBe(`${path}/calendario.ics`);
			const ics = await fetch(appUrl(feed!));
			expect(ics.headers.get('content-type')).toContain('text/calendar');
			expect(await ics.text()).toContain('SUMMARY:Programmazione 2025/2027');
			// The approved minutes of 16 May 2024, folded until opened (no JavaScript needed).
			const minutes = page.locator('section[aria-labelledby="minutes-title"] details', {
				hasText: 'Programmazione 2025/2027'
			});
			expect(await minutes.count()).toBe(1);
			await minutes.locator('summary').click();
			expect(await minutes.textContent()).toContain('Programmazione 2025/2027');
			expect(await minutes.textContent()).toContain('Sportello Stranieri&Rifugiati');
			await expectAccessible(page);

			await visit(page, `/ar${path}`);
			await expectNoHorizontalScroll(page);
			expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
			expect(await page.locator('h2#members-title').textContent()).toBe('الجهات المشاركة');
			// Italian names on the Arabic page say so.
			expect(await page.locator('h1').getAttribute('lang')).toBe('it');
			expect(await page.getByRole('link', { name: 'CPIA di Lodi' }).getAttribute('href')).toMatch(
				/^\/ar\/ambiti\/lodi\/enti\/\d+$/
			);
			await context.close();
		}
		// Unknown or malformed ids are a 404 page, never a 500.
		const page = await (await newContext()).newPage();
		await visit(page, '/ambiti/lodi/tavoli/999999', 404);
		await visit(page, '/ambiti/lodi/tavoli/abc', 404);
		await visit(page, '/ar/ambiti/lodi/tavoli/1%27%20or%201=1', 404);
	});

	it('lists the projects with filters kept in the address, a count and an empty state, without JavaScript too', async () => {
		for (const width of WIDTHS) {
			const context = await newContext();
			const page = await context.newPage();
			await page.setViewportSize({ width, height: 900 });
			await visit(page, '/ambiti/lodi');
			await page.getByRole('link', { name: /^Tutti i progetti/ }).click();
			await page.waitForURL(/\/ambiti\/lodi\/progetti$/);
			await expectAccessible(page);
			await expectNoHorizontalScroll(page);
			expect(await page.title()).toBe('Progetti · Ambito Territoriale di Lodi');
			const cards = page.locator('main ul.row > li');
			const all = await cards.count();
			expect(all).toBeGreaterThanOrEqual(6);
			expect(await page.locator('#risultati').textContent()).toBe(`Progetti trovati: ${all}`);

			await page.getByLabel('Stato').selectOption('running');
			await page.getByRole('button', { name: 'Mostra i progetti' }).click();
			await page.waitForURL(/stato=running/);
			await expectAccessible(page);
			const running = await cards.count();
			expect(running).toBeGreaterThanOrEqual(3);
			expect(running).toBeLessThan(all);
			expect(await page.locator('#risultati').textContent()).toBe(`Progetti trovati: ${running}`);
			expect(await cards.locator('.badge', { hasText: 'In corso' }).count()).toBe(running);
			expect(await page.getByLabel('Stato').inputValue()).toBe('running');

			// No project under evaluation has a grant yet: an empty list, said so.
			await page.getByLabel('Stato').selectOption('under_evaluation');
			await page.getByLabel('Fonte di finanziamento').selectOption({ label: 'FAMI' });
			await page.getByRole('button', { name: 'Mostra i progetti' }).click();
			await page.waitForURL(/stato=under_evaluation&fonte=\d+/);
			await expectAccessible(page);
			expect(await page.locator('#risultati').textContent()).toBe('Progetti trovati: 0');
			expect(await page.getByText('Nessun progetto corrisponde ai filtri scelti.', { exact: false }).count()).toBe(1);

			await page.getByLabel('Stato').selectOption('closed');
			await page.getByRole('button', { name: 'Mostra i progetti' }).click();
			await page.waitForURL(/stato=closed&fonte=\d+/);
			await expectAccessible(page);
			await expectNoHorizontalScroll(page);
			const card = cards.filter({ hasText: 'FAMI Lab Impact' });
			expect(await card.count()).toBe(1);
			expect(await card.textContent()).toContain('Fonti di finanziamento: FAMI');
			// Never the amounts.
			expect(await card.textContent()).not.toContain('€');

			// Nonsense in the address: an answer and a message, never an error.
			await visit(page, '/ambiti/lodi/progetti?area=abc&stato=idea&fonte=999999');
			expect(await page.getByRole('note').textContent()).toContain('non sono validi');
			expect(await page.locator('#risultati').textContent()).toBe(`Progetti trovati: ${all}`);

			// The same list in Arabic: filter by an area of the 2021-2023 plan.
			await visit(page, '/ar/ambiti/lodi/progetti');
			await expectNoHorizontalScroll(page);
			expect(await page.locator('h1').textContent()).toBe('المشاريع');
			const area = page.getByLabel('مجال الخطة');
			const option = area.locator('option', { hasText: 'immigrazione' }).first();
			await area.selectOption((await option.getAttribute('value'))!);
			await page.getByRole('button', { name: 'عرض المشاريع' }).click();
			await page.waitForURL(/\/ar\/ambiti\/lodi\/progetti\?area=\d+/);
			await expectAccessible(page);
			await expectNoHorizontalScroll(page);
			expect(await page.locator('#risultati').textContent()).toMatch(/^المشاريع التي تم العثور عليها: \d+$/);
			// A project page links back to the list and to its areas' lists.
			await page.locator('main ul.row > li h3 a').first().click();
			await page.waitForURL(/\/ar\/ambiti\/lodi\/progetti\/\d+$/);
			await expectAccessible(page);
			await expectNoHorizontalScroll(page);
			expect(await page.locator('[data-element="breadcrumb"] a', { hasText: 'المشاريع' }).getAttribute('href')).toBe(
				'/ar/ambiti/lodi/progetti'
			);
			await context.close();
		}
		// Without JavaScript the form is a plain GET.
		const plain = await (await newContext({ javaScriptEnabled: false })).newPage();
		await visit(plain, '/ambiti/lodi/progetti');
		await plain.getByLabel('Stato').selectOption('under_evaluation');
		await plain.getByRole('button', { name: 'Mostra i progetti' }).click();
		await plain.waitForURL(/stato=under_evaluation/);
		const evaluated = await plain.locator('main ul.row > li').count();
		expect(evaluated).toBeGreaterThanOrEqual(2);
		expect(await plain.locator('#risultati').textContent()).toBe(`Progetti trovati: ${evaluated}`);
		expect(await plain.locator('main ul.row > li .badge', { hasText: 'In valutazione' }).count()).toBe(evaluated);
		for (const path of [
			'/ambiti/lodi/progetti?stato=running',
			'/ar/ambiti/lodi/progetti',
			'/ambiti/lodi',
			'/ar/ambiti/lodi/piani/2021-2023'
		])
			await expectValidHtml(path);
		await visit(plain, '/ambiti/lodi/progetti/999999', 404);
	});

	it('links each place of a service to OpenStreetMap directions, named after the place', async () => {
		for (const width of WIDTHS) {
			const context = await newContext();
			const page = await context.newPage();
			await page.setViewportSize({ width, height: 900 });
			for (const lang of ['', '/ar']) {
				await visit(page, `${lang}/ambiti/lodi/servizi/sportello-stranieri-rifugiati`);
				await expectNoHorizontalScroll(page);
				const links = page.locator('a[data-element="place-directions"]');
				expect(await links.count()).toBe(2);
				const lodi = links.filter({ hasText: 'Sportello di Lodi' });
				expect(await lodi.getAttribute('href')).toBe('https://www.openstreetmap.org/directions?to=45.3137,9.5046');
				// A normal link: same window, no script.
				expect(await lodi.getAttribute('target')).toBeNull();
				if (!lang) {
					expect(await page.getByRole('link', { name: /^Indicazioni stradali ?: Sportello di Codogno$/ }).count()).toBe(
						1
					);
				} else {
					expect(await page.getByRole('link', { name: /^الاتجاهات ?: Sportello di Lodi$/ }).count()).toBe(1);
				}
			}
			await context.close();
		}
		// Following the link leads to OpenStreetMap (answered here: the machines have no internet).
		const page = await (await newContext()).newPage();
		await page.route('https://www.openstreetmap.org/**', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>OpenStreetMap</title>' })
		);
		await visit(page, '/ambiti/lodi/servizi/sportello-stranieri-rifugiati');
		await page.getByRole('link', { name: /^Indicazioni stradali ?: Sportello di Codogno$/ }).click();
		await page.waitForURL(/^https:\/\/www\.openstreetmap\.org\/directions\?to=45\.\d+,9\.\d+$/);
		expect(await page.title()).toBe('OpenStreetMap');
		await expectValidHtml('/ar/ambiti/lodi/servizi/sportello-stranieri-rifugiati');
	});
});
