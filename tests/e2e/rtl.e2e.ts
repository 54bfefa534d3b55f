// An Arabic reader on a phone: numbers and Italian names read in their own order inside
// right-to-left text, a help line that always answers is never shown as closed, and the
// who-does-what page fits the screen.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ADMIN, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const PHONE = { width: 390, height: 844 };
const todayInRome = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

/** Where each of `parts` (in the order written) is drawn inside the element's text: x and y. */
async function drawn(element: Locator, parts: string[]) {
	return element.evaluate((el, parts) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		const text: { node: Text; start: number }[] = [];
		let all = '';
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			text.push({ node: n as Text, start: all.length });
			all += n.textContent;
		}
		let from = 0;
		return parts.map((part) => {
			const at = all.indexOf(part, from);
			if (at < 0) return null;
			from = at + part.length;
			const range = document.createRange();
			const locate = (i: number) => {
				const t = [...text].reverse().find((t) => t.start <= i)!;
				return [t.node, i - t.start] as const;
			};
			range.setStart(...locate(at));
			range.setEnd(...locate(at + part.length - 1));
			range.setEnd(range.endContainer, range.endOffset + 1);
			const r = range.getBoundingClientRect();
			return { x: Math.round(r.x), right: Math.round(r.right), y: Math.round(r.y) };
		});
	}, parts);
}

async function noSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('right-to-left public pages on a phone', () => {
	it('reads phone numbers and Italian names in order, in the page and in the title', async () => {
		const page = await (await newContext({ viewport: PHONE })).newPage();
		await visit(page, '/ar/ambiti/lodi/servizi/sportello-stranieri-rifugiati');
		await noSidewaysScroll(page);
		// The number reads 0371 000 101 from left to right, on one line.
		const phone = page.locator('#contatti a[href^="tel:"]');
		expect(await phone.textContent()).toBe('0371 000 101');
		const groups = await drawn(phone, ['0371', '000', '101']);
		expect(new Set(groups.map((g) => g!.y)).size).toBe(1);
		expect(groups.map((g) => g!.x)).toEqual([...groups.map((g) => g!.x)].sort((a, b) => a - b));
		// In the Arabic text, the Italian name keeps its words in order and sits inside its brackets:
		// right to left, "(" comes first, so it is drawn to the right of the name.
		const title = page.locator('[data-element="service-title"]');
		const [open, first, second, close] = await drawn(title, ['(', 'Sportello', 'Stranieri&Rifugiati', ')']);
		if (first!.y === second!.y) expect(first!.x).toBeLessThan(second!.x);
		expect(open!.x).toBeGreaterThanOrEqual(first!.right - 1);
		expect(close!.right).toBeLessThanOrEqual(second!.x + 1);
		// The same number inside a paragraph of the contacts, and in the title bar.
		const contacts = page.locator('#contatti p').first();
		const inText = await drawn(contacts, ['0371', '000', '101']);
		expect(inText.map((g) => g!.x)).toEqual([...inText.map((g) => g!.x)].sort((a, b) => a - b));
		expect(await page.title()).toContain('\u2066Sportello Stranieri&Rifugiati\u2069');
	});

	it('shows the 24-hour line as available when its desk is closed, in the list and on its page', async () => {
		// Staff close the line's desk for the whole of today: whatever the hour the journey runs,
		// only the phone answers (the server tests try 3 a.m.).
		const staff = await (await newContext()).newPage();
		await login(staff, ADMIN);
		await visit(staff, '/gestione/lodi/servizi');
		await staff.getByRole('link', { name: 'Numero Verde Antitratta' }).click();
		await staff.waitForURL(/\/gestione\/lodi\/servizi\/\d+$/);
		expect(await staff.getByLabel('Il telefono risponde sempre (24 ore su 24, tutti i giorni)').isChecked()).toBe(true);
		const desk = staff.locator('div.border.rounded', { has: staff.getByRole('heading', { name: /Via Cavour 40/ }) });
		await desk.getByText('Aggiungi una chiusura o un orario speciale').click();
		await desk.getByLabel('Dal giorno').fill(todayInRome());
		await desk.locator('label', { hasText: 'Chiuso tutto il giorno' }).click();
		await desk.getByLabel('Motivo').fill('Chiusura per formazione');
		await desk.getByRole('button', { name: 'Aggiungi', exact: true }).click();
		await staff.waitForLoadState('load');
		expect(await desk.getByText('(Chiusura per formazione)').count()).toBe(1);

		const page = await (await newContext({ viewport: PHONE })).newPage();
		await visit(page, '/ar/ambiti/lodi/servizi?aperto=1');
		const card = page.locator('li', {
			has: page.locator('a[href="/ar/ambiti/lodi/servizi/numero-verde-antitratta"]')
		});
		expect(await card.locator('.badge').textContent()).toContain('متاح دائمًا');
		await card.locator('a[data-element="service-link"]').click();
		await page.waitForURL(/numero-verde-antitratta$/);
		await visit(page, new URL(page.url()).pathname);
		await noSidewaysScroll(page);
		const line = page.locator('.place', { has: page.locator('a[href="tel:800290290"]') });
		expect(await line.locator('.open-state').textContent()).toContain('متاح دائمًا');
		const deskCard = page.locator('.place', { hasText: 'Via Cavour 40' });
		expect(await deskCard.locator('.open-state').textContent()).toContain('مغلق الآن');
		expect(await page.locator('body').textContent()).not.toContain('Chiuso adesso');
	});

	it('lists who does what on a phone without sideways scrolling, and keeps the matrix on a wide screen', async () => {
		const page = await (await newContext({ viewport: PHONE })).newPage();
		await visit(page, '/ar/ambiti/lodi/chi-fa-cosa');
		await noSidewaysScroll(page);
		expect(await page.locator('table.who-table').isVisible()).toBe(false);
		const asst = page.locator('.who-list > li', { hasText: 'ASST Lodi' });
		expect(await asst.isVisible()).toBe(true);
		expect(await asst.textContent()).toContain('تشارك في الطاولة');
		const h1 = await page.locator('h1').boundingBox();
		expect(h1!.x).toBeGreaterThanOrEqual(0);
		expect(h1!.x + h1!.width).toBeLessThanOrEqual(PHONE.width);

		const wide = await (await newContext({ viewport: { width: 1280, height: 900 } })).newPage();
		await visit(wide, '/ar/ambiti/lodi/chi-fa-cosa');
		expect(await wide.locator('table.who-table').isVisible()).toBe(true);
		expect(await wide.locator('.who-list').isVisible()).toBe(false);
	});
});
