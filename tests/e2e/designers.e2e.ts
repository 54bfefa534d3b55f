// The Designers Italia model of the municipal site on a district's public pages: the footer's
// links (in Arabic they stay in Arabic), the page rating of every page and the disservice
// report, both sent without JavaScript, seen by the office; every new page axe-clean and
// valid HTML in Italian and in Arabic.
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { ADMIN, appUrl, login, newContext, useBrowser, visit } from './browser';

useBrowser();

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

async function expectValidHtml(path: string) {
	const html = await (await fetch(appUrl(path))).text();
	const report = await validator.validateString(html);
	const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
	expect(messages, path).toEqual([]);
}

const NEW_PAGES = [
	'/ambiti/lodi/domande-frequenti',
	'/ambiti/lodi/segnala-disservizio',
	'/ambiti/lodi/dichiarazione-accessibilita',
	'/ambiti/lodi/privacy',
	'/ambiti/lodi/note-legali',
	'/ambiti/lodi/valuta-pagina?pagina=/ambiti/lodi/chi-fa-cosa',
	'/note-legali',
	'/privacy',
	'/dichiarazione-accessibilita'
];

describe('the Designers Italia model on the public pages', () => {
	it('keeps every footer link of an Arabic page in Arabic, on pages that are accessible and valid', async () => {
		const page = await (await newContext()).newPage();
		await visit(page, '/ar/ambiti/lodi/servizi');
		const footer = page.locator('footer');
		const links = await footer
			.locator('a[data-element]')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('data-element'), a.getAttribute('href')]));
		expect(links).toEqual([
			['faq', '/ar/ambiti/lodi/domande-frequenti'],
			['report-inefficiency', '/ar/ambiti/lodi/segnala-disservizio'],
			['accessibility-link', '/ar/ambiti/lodi/dichiarazione-accessibilita'],
			['privacy-policy-link', '/ar/ambiti/lodi/privacy'],
			['legal-notes', '/ar/ambiti/lodi/note-legali']
		]);
		for (const [, href] of links) {
			await footer.locator(`a[href="${href}"]`).click();
			await page.waitForURL((u) => u.pathname === href);
			await visit(page, href!);
			expect(await page.locator('html').getAttribute('lang')).toBe('ar');
			expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
			// Italian left on the page (the district's name, its own parts of the statement) says so.
			for (const el of await page.locator('main [lang="it"]').all()) expect(await el.textContent()).not.toBe('');
			await page.goto('/ar/ambiti/lodi/servizi');
		}
		// The statement follows AGID's model, in Arabic, with the district's own parts marked as Italian.
		await visit(page, '/ar/ambiti/lodi/dichiarazione-accessibilita');
		const main = page.locator('main > div.container').first();
		expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
			'حالة المطابقة',
			'إعداد البيان',
			'آلية الملاحظات',
			'إجراءات التنفيذ',
			'البيان المنشور لدى AGID'
		]);
		expect(await main.locator('ul[lang="it"] li').first().textContent()).toContain('PDF');
		expect(await main.getByRole('link', { name: /أمين المظالم الرقمي/ }).getAttribute('href')).toMatch(/agid\.gov\.it/);
		// Italian pages: the checker's words (FAQ label, the licence section).
		await visit(page, '/ambiti/lodi/note-legali');
		expect(await page.locator('footer [data-element="faq"]').textContent()).toMatch(/domande frequenti/i);
		expect(await page.locator('[data-element="legal-notes-section"] h2').textContent()).toBe('Licenza dei contenuti');
		expect(await page.locator('[data-element="legal-notes-body"]').textContent()).toContain('licenza CC-BY 4.0');
		for (const path of NEW_PAGES) {
			await visit(page, path);
			await visit(page, `/ar${path}`);
			await expectValidHtml(path);
			await expectValidHtml(`/ar${path}`);
		}
	});

	it('takes a page rating and a disservice report without JavaScript, and shows the office what came in', async () => {
		const page = await (await newContext({ javaScriptEnabled: false })).newPage();
		// The rating of a page that is not a service's: the model's question, then its follow-up.
		await visit(page, '/ar/ambiti/lodi/chi-fa-cosa');
		const rating = page.locator('[data-element="feedback"]');
		expect(await rating.getByRole('heading').textContent()).toBe('ما مدى وضوح المعلومات في هذه الصفحة؟');
		await rating.locator('label[data-element="feedback-rate-2"]').click();
		await rating.getByRole('button', { name: 'التالي' }).click();
		await page.waitForURL(/\/ar\/ambiti\/lodi\/valuta-pagina/);
		expect(await page.locator('[data-element="feedback-rating-negative"] legend').textContent()).toBe(
			'أين واجهت أكبر الصعوبات؟'
		);
		await page.locator('[data-element="feedback-rating-negative"] input').first().check();
		await page.locator('[data-element="feedback-input-text"]').fill('الجدول طويل جدًا');
		await page.getByRole('button', { name: 'إرسال' }).click();
		await page.waitForLoadState('load');
		expect(await page.getByRole('status').textContent()).toContain('شكرًا');
		expect(await page.getByRole('link', { name: 'العودة إلى الصفحة' }).getAttribute('href')).toBe(
			'/ar/ambiti/lodi/chi-fa-cosa'
		);

		// A disservice report: errors in Arabic next to the fields, what was typed kept.
		await page.goto('/ar/ambiti/lodi/segnala-disservizio');
		await page.getByLabel('ماذا حدث؟').fill('كان المكتب مغلقًا يوم الاثنين');
		await page.getByLabel('بريدك الإلكتروني، إذا أردت ردًا').fill('not-an-email');
		await page.getByRole('button', { name: 'إرسال البلاغ' }).click();
		await page.waitForLoadState('load');
		expect(await page.locator('#report-category-error').textContent()).toBe('اختر ما يتعلق به الأمر.');
		expect(await page.locator('#report-email-error').isVisible()).toBe(true);
		expect(await page.locator('#report-privacy-error').isVisible()).toBe(true);
		expect(await page.getByLabel('ماذا حدث؟').inputValue()).toBe('كان المكتب مغلقًا يوم الاثنين');
		await page.getByLabel('خدمة لا تعمل كما هو موصوف').check();
		await page.getByLabel('بريدك الإلكتروني، إذا أردت ردًا').fill('');
		await page.getByLabel('لقد قرأت إشعار الخصوصية:').check();
		await page.getByRole('button', { name: 'إرسال البلاغ' }).click();
		await page.waitForLoadState('load');
		expect(await page.getByRole('status').textContent()).toContain('وصل بلاغك إلى مكتب التخطيط');

		// The office sees both, read-only.
		const staff = await (await newContext()).newPage();
		await login(staff, ADMIN);
		await visit(staff, '/gestione/lodi/sito');
		expect(await staff.getByRole('row', { name: /كان المكتب مغلقًا يوم الاثنين/ }).count()).toBe(1);
		expect(
			await staff
				.getByRole('row', { name: /كان المكتب مغلقًا/ })
				.getByText('Un servizio non funziona come descritto')
				.count()
		).toBe(1);
		await visit(staff, '/gestione/lodi/servizi/valutazioni');
		expect(await staff.getByText('الجدول طويل جدًا').count()).toBe(1);

		// The office writes its own parts of the statement; the public statement shows them.
		await visit(staff, '/gestione/lodi/sito');
		await staff.getByLabel('Stato di conformità').selectOption('partial');
		await staff
			.getByLabel('Indirizzo della dichiarazione pubblicata su form.agid.gov.it')
			.fill('https://example.org/x');
		await staff.getByRole('button', { name: 'Salva' }).click();
		await staff.waitForLoadState('load');
		expect(
			await staff.getByText('Indicare l’indirizzo della dichiarazione pubblicata su form.agid.gov.it.').count()
		).toBe(1);
		await staff
			.getByLabel('Indirizzo della dichiarazione pubblicata su form.agid.gov.it')
			.fill('https://form.agid.gov.it/view/lodi-demo');
		await staff.getByLabel('Contenuti non accessibili').fill('Le mappe delle sedi');
		await staff.getByRole('button', { name: 'Salva' }).click();
		await staff.waitForLoadState('load');
		await visit(page, '/ambiti/lodi/dichiarazione-accessibilita');
		expect(await page.getByText('Le mappe delle sedi').count()).toBe(1);
		expect(await page.getByRole('link', { name: /form\.agid\.gov\.it/ }).getAttribute('href')).toBe(
			'https://form.agid.gov.it/view/lodi-demo'
		);
	});
});
