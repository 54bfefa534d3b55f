import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, newContext, useBrowser, visit } from './browser';

useBrowser();

const PAGES = [
	'/ambiti/lodi/servizi',
	'/ambiti/lodi/servizi/sportello-stranieri-rifugiati',
	'/ar/ambiti/lodi/servizi',
	'/ar/ambiti/lodi/servizi/sportello-stranieri-rifugiati'
];

/** The layout shift of the page so far (CLS as the browser counts it: shifts without input). */
async function layoutShift(page: Page, path: string): Promise<number> {
	await page.addInitScript(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await visit(page, path);
	await page.evaluate(() => document.fonts.ready);
	return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

describe('public pages that hold still and are easy to hit', () => {
	it('gives every link and button of the header a target of at least 24 by 24 pixels on a phone', async () => {
		const context = await newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		for (const path of ['/ambiti/lodi/servizi', '/ar/ambiti/lodi/servizi']) {
			await visit(page, path);
			const targets = page.locator('header a:visible, header button:visible');
			expect(await page.locator('nav.language-switcher a').count()).toBeGreaterThan(3);
			for (const target of await targets.all()) {
				const box = (await target.boundingBox())!;
				const name = `${path}: ${await target.textContent()}`;
				expect(box.width, name).toBeGreaterThanOrEqual(24);
				expect(box.height, name).toBeGreaterThanOrEqual(24);
			}
		}
		await context.close();
	});

	it('preloads the typeface, so that the text does not move when it arrives', async () => {
		for (const width of [390, 1280]) {
			for (const path of PAGES) {
				const context = await newContext({ viewport: { width, height: 844 } });
				const page = await context.newPage();
				const shift = await layoutShift(page, path);
				expect(shift, `${path} at ${width} px`).toBeLessThan(0.05);
				await context.close();
			}
		}
	});

	it('sends pages compressed, and the same page to a client that does not accept it', async () => {
		const url = appUrl('/ambiti/lodi/servizi');
		// The typeface comes with the page (a preload in the Link header), not after the CSS.
		const link = (await fetch(url)).headers.get('link') ?? '';
		for (const weight of ['regular', '600', '700'])
			expect(link).toMatch(
				new RegExp(
					`titillium-web-v10-latin-ext_latin-${weight}\\.[^>]*\\.woff2>; rel="preload"; as="font"; type="font/woff2"; crossorigin`
				)
			);
		const br = await fetch(url, { headers: { 'accept-encoding': 'br' } });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
		const html = await br.text(); // fetch decodes it
		const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
		expect(html).toContain('data-element="service-link"');
	});
});
