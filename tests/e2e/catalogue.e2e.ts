import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { ADMIN, appUrl, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** The page's HTML as the server sent it, checked against the HTML standard. */
async function expectValidHtml(path: string) {
	const html = await (await fetch(appUrl(path))).text();
	const report = await validator.validateString(html);
	const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
	expect(messages, path).toEqual([]);
}

/** Gzipped size of every script the page loads (read again here: the browser may have it cached). */
async function scriptBytes(page: Page, path: string): Promise<number> {
	const urls = new Set<string>();
	const listener = (r: import('playwright-core').Request) => {
		if (r.resourceType() === 'script') urls.add(r.url());
	};
	page.on('request', listener);
	await visit(page, path);
	page.off('request', listener);
	const bodies = await Promise.all([...urls].map(async (u) => Buffer.from(await (await fetch(u)).arrayBuffer())));
	return bodies.reduce((n, b) => n + gzipSync(b).length, 0);
}

const todayInRome = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

describe('public catalogue of services', () => {
	it('lets a citizen reading Arabic find the desk open now in their municipality, read how to access it, print it and rate it', async () => {
		// The desk opens all day today (an extraordinary opening entered by staff), so that
		// "open now" holds whatever time the journey runs.
		const staff = await (await newContext()).newPage();
		await login(staff, ADMIN);
		await visit(staff, '/gestione/lodi/servizi');
		await staff.getByRole('link', { name: 'Sportello Stranieri&Rifugiati' }).click();
		await staff.waitForURL(/\/gestione\/lodi\/servizi\/\d+$/);
		const lodi = staff.locator('div.border.rounded', {
			has: staff.getByRole('heading', { name: /Sportello di Lodi/ })
		});
		await lodi.getByText('Aggiungi una chiusura o un orario speciale').click();
		await lodi.getByLabel('Dal giorno').fill(todayInRome());
		await lodi.getByLabel('Oppure apre alle').fill('00:00');
		await lodi.getByLabel('e chiude alle').fill('23:59');
		await lodi.getByLabel('Motivo').fill('Apertura straordinaria');
		await lodi.getByRole('button', { name: 'Aggiungi', exact: true }).click();
		await staff.waitForLoadState('load');
		expect(await lodi.getByText('(Apertura straordinaria)').count()).toBe(1);

		const page = await (await newContext()).newPage();
		await visit(page, '/ar/ambiti/lodi/servizi');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await page.getByLabel('البلدية').selectOption('Lodi');
		await page.getByLabel('الخدمات المفتوحة الآن فقط').check();
		await page.getByRole('button', { name: 'بحث' }).click();
		await page.waitForURL(/aperto=1/);
		const desk = page.locator(
			'a[data-element="service-link"][href="/ar/ambiti/lodi/servizi/sportello-stranieri-rifugiati"]'
		);
		expect(await desk.getAttribute('lang')).toBeNull(); // translated: in the page's language
		await desk.click();
		await page.waitForURL(/\/ar\/ambiti\/lodi\/servizi\/sportello-stranieri-rifugiati$/);
		await visit(page, new URL(page.url()).pathname);
		expect(await page.locator('[data-element="service-title"]').textContent()).toContain('مكتب الأجانب');
		// The model's sections, in order, in the page index.
		expect(await page.locator('[data-element="page-index"] a').allTextContents()).toEqual([
			'لمن هذه الخدمة',
			'كيف تفعل ذلك',
			'ما تحتاج إليه',
			'ما تحصل عليه',
			'المدة والمواعيد النهائية',
			'الوصول إلى الخدمة',
			'شروط الخدمة',
			'معلومات الاتصال'
		]);
		const access = page.locator('#accedi');
		expect(await access.getByRole('heading', { level: 2 }).textContent()).toBe('الوصول إلى الخدمة');
		expect(await access.locator('[data-element="service-generic-access"]').textContent()).toMatch(/\S{3}/);
		const place = page.locator('.place', { hasText: 'Piazza Mercato 5' });
		expect(await place.locator('.open-state').textContent()).toContain('مفتوح الآن حتى الساعة 23:59');
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
		expect(jsonLd).toMatchObject({
			'@type': 'GovernmentService',
			inLanguage: 'ar',
			provider: { name: 'Comune di Lodi' }
		});
		expect(JSON.stringify(jsonLd)).not.toContain('convenzione FAMI'); // staff notes stay inside

		// Printed, the page is a one-page flyer with a QR code back to it.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.service-qr svg').isVisible()).toBe(true);
		expect(await page.locator('header.it-header-wrapper').isVisible()).toBe(false);
		expect(await page.locator('[data-element="feedback"]').isVisible()).toBe(false);
		const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
		await page.emulateMedia({ media: 'screen' });

		// "Quanto sono chiare le informazioni su questa pagina?", in Arabic.
		const rating = page.locator('[data-element="feedback"]');
		expect(await rating.getByRole('heading').textContent()).toBe('ما مدى وضوح المعلومات في هذه الصفحة؟');
		await rating.locator('label[data-element="feedback-rate-4"]').click();
		await rating.getByRole('button', { name: 'التالي' }).click();
		await page.waitForLoadState('load');
		await page.locator('[data-element="feedback-rating-positive"] input').first().check();
		await page.locator('[data-element="feedback-input-text"]').fill('واضح');
		await page.getByRole('button', { name: 'إرسال' }).click();
		await page.waitForLoadState('load');
		expect(await page.getByRole('status').textContent()).toContain('شكرًا');

		// Staff see the answer.
		await visit(staff, '/gestione/lodi/servizi/valutazioni');
		expect(await staff.getByRole('row', { name: /sportello-stranieri-rifugiati/ }).count()).toBeGreaterThan(0);
		expect(await staff.getByText('واضح').count()).toBe(1);

		// Light pages: well under 30 KB of JavaScript; valid HTML in Italian and in Arabic.
		for (const path of [
			'/ar/ambiti/lodi/servizi/sportello-stranieri-rifugiati',
			'/ambiti/lodi/servizi',
			'/ar/ambiti/lodi/chi-fa-cosa'
		]) {
			expect(await scriptBytes(page, path), path).toBeLessThanOrEqual(30 * 1024);
		}
		for (const path of [
			'/ambiti/lodi/servizi',
			'/ar/ambiti/lodi/servizi?q=STP',
			'/ambiti/lodi/servizi/sportello-stranieri-rifugiati',
			'/ar/ambiti/lodi/servizi/sportello-stranieri-rifugiati',
			'/ambiti/lodi/chi-fa-cosa',
			'/ar/ambiti/lodi/chi-fa-cosa',
			'/ambiti/lodi/dati-aperti',
			'/ar/ambiti/lodi/dati-aperti'
		]) {
			await expectValidHtml(path);
		}
		// The validator does catch mistakes.
		expect(
			(
				await validator.validateString(
					'<!doctype html><html lang="it"><head><title>x</title></head><body><p><div></p></body></html>'
				)
			).valid
		).toBe(false);
	});

	it('lets staff add a French translation and see it published, with the rest marked as Italian', async () => {
		const page = await (await newContext()).newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/servizi');
		await page.getByText('Nuovo servizio', { exact: true }).click();
		await page.getByLabel('Titolo').first().fill('Orientamento al lavoro per donne straniere');
		await page.getByLabel('Descrizione breve').first().fill('Colloqui individuali e gruppi per cercare lavoro.');
		await page.getByLabel('Indirizzo della pagina').fill('orientamento-lavoro-donne');
		await page.getByLabel('Ente che offre il servizio').selectOption({ label: 'CSV Lombardia Sud' });
		await page.getByLabel('Categoria del servizio').selectOption({ label: 'Vita lavorativa' });
		await page.getByLabel('Stato').selectOption('active');
		await page.getByLabel('Come fare').fill('Telefona per fissare il primo colloquio.');
		await page.getByRole('button', { name: 'Crea il servizio' }).click();
		await page.waitForURL(/\/gestione\/lodi\/servizi\/\d+$/);
		await visit(page, new URL(page.url()).pathname);
		expect(
			await page
				.getByRole('row', { name: /francese/ })
				.getByText('Da tradurre')
				.count()
		).toBe(1);

		await page.getByRole('link', { name: 'Aggiungi la traduzione in francese' }).click();
		await page.waitForURL(/\/traduzioni\/fr$/);
		await visit(page, new URL(page.url()).pathname);
		// Side by side: the Italian beside each field; an empty title is refused, keeping what was typed.
		expect(await page.locator('#it-howTo').textContent()).toBe('Telefona per fissare il primo colloquio.');
		await page
			.getByLabel('Descrizione breve (francese)')
			.fill('Entretiens individuels et groupes pour chercher un emploi.');
		await page.getByRole('button', { name: 'Salva e pubblica la traduzione' }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('#tr-title-error').textContent()).toContain('Il titolo è obbligatorio.');
		expect(await page.getByLabel('Descrizione breve (francese)').inputValue()).toBe(
			'Entretiens individuels et groupes pour chercher un emploi.'
		);
		await page.getByLabel('Titolo (francese)').fill('Orientation professionnelle pour les femmes étrangères');
		await page.getByRole('button', { name: 'Salva e pubblica la traduzione' }).click();
		await page.waitForURL(/salvata=1/);
		expect(await page.getByRole('status').textContent()).toContain('Traduzione salvata.');
		await page.getByRole('link', { name: 'Vedi la pagina in francese' }).click();
		await page.waitForURL(/\/fr\/ambiti\/lodi\/servizi\/orientamento-lavoro-donne$/);
		await visit(page, '/fr/ambiti/lodi/servizi/orientamento-lavoro-donne');
		expect(await page.locator('h1').textContent()).toBe('Orientation professionnelle pour les femmes étrangères');
		expect(await page.locator('h1').getAttribute('lang')).toBeNull();
		// "Come fare" is not translated yet: shown in Italian, marked as such.
		const howTo = page.locator('[data-element="service-how-to"]');
		expect(await howTo.getAttribute('lang')).toBe('it');
		expect(await page.getByRole('note').first().textContent()).toMatch(/italien/);
		// And the French reader finds it by searching in French.
		await visit(page, '/fr/ambiti/lodi/servizi?q=femmes+%C3%A9trang%C3%A8res');
		expect(await page.locator('a[data-element="service-link"]').allTextContents()).toContain(
			'Orientation professionnelle pour les femmes étrangères'
		);
	});

	it('answers any search with results or an empty state, and publishes open data without staff fields', async () => {
		const page = await (await newContext({ javaScriptEnabled: false })).newPage();
		for (const q of ['%', "' or 1=1 --", '<script>alert(1)</script>', 'ä'.repeat(1000), '🙂🙃', 'سلام', '\\']) {
			const response = await page.goto(`/ambiti/lodi/servizi?q=${encodeURIComponent(q)}`);
			expect(response?.status(), q).toBe(200);
			expect(await page.locator('#risultati').count()).toBe(1);
		}
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		// A search is cached by what the page reads: " ar" (no filter) cannot stand in for "ar".
		await page.goto('/ambiti/lodi/servizi?lingua=+ar');
		await page.goto('/ambiti/lodi/servizi?lingua=ar');
		const withArabic = await page.locator('a[data-element="service-link"]').allTextContents();
		expect(withArabic).toContain('Sportello Stranieri&Rifugiati');
		expect(withArabic).not.toContain('Sportello Assistenti Familiari');
		expect((await page.goto('/ambiti/lodi/servizi/non-esiste'))?.status()).toBe(404);
		// Open data carries the licence and no staff field.
		const csv = await (await fetch(appUrl('/ambiti/lodi/dati-aperti/servizi.csv'))).text();
		expect(csv.split('\r\n')[0]).toMatch(/^identificativo,titolo,descrizione,ente,/);
		expect(csv).toContain('sportello-stranieri-rifugiati');
		expect(csv).not.toContain('convenzione FAMI');
		const dcat = await (await fetch(appUrl('/ambiti/lodi/dati-aperti/catalogo.jsonld'))).json();
		expect(JSON.stringify(dcat)).toContain('https://creativecommons.org/licenses/by/4.0/');
		expect(dcat['@graph'][1]['@type']).toContain('dcatapit:Dataset');
	});
});
