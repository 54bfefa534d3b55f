// The PDFs of a plan, read back as a reader would: tagged (headings, tables with header cells,
// figures with their text alternative), every font embedded with its ToUnicode map, every
// figure of the seed (the notes of the actuals included), and no page left nearly empty.
import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { useTestDatabase } from '../db/testing';
import { getPlan } from '../planning';
import { IMMIGRATION_INDICATORS, loadDemo } from '../demo';
import { fontsNotEmbedded, paintedOutsideMarkedContent, readPdf, type PdfFacts } from '../pdf-testing';
import { planDocument, planPdf, reportPdf, resultsReport } from '.';

useTestDatabase();

/** Set PDZ_KEEP_PDF to a folder to look at the files afterwards. */
async function keep(name: string, pdf: Buffer) {
	if (process.env.PDZ_KEEP_PDF) await writeFile(path.join(process.env.PDZ_KEEP_PDF, name), pdf);
}

/** What every tagged document of pdz has. */
export function expectTagged(facts: PdfFacts, { figures = true, lists = true } = {}) {
	expect(facts.info).toMatch(/Tagged:\s+yes/);
	expect(facts.info).toMatch(/PDF version:\s+1\.7/);
	for (const role of ['Document', 'H1', 'P', 'Table', 'TR', 'TH', 'TD', ...(lists ? ['L', 'LI', 'LBody'] : [])])
		expect(facts.roles.get(role) ?? 0, role).toBeGreaterThan(0);
	if (figures) {
		expect(facts.figureAlts.length).toBeGreaterThan(0);
		for (const alt of facts.figureAlts) expect(alt ?? '').toMatch(/\S{3}/);
	}
	expect(fontsNotEmbedded(facts.fonts)).toEqual([]);
	expect(facts.fonts).not.toContain('Helvetica');
}

/** No page but the cover and the last holds fewer than five lines of text. */
export function expectFullPages(facts: PdfFacts) {
	const thin = facts.linesPerPage
		.map((n, i) => ({ page: i + 1, lines: n }))
		.filter((p) => p.page !== 1 && p.page !== facts.pages && p.lines < 5);
	expect(thin).toEqual([]);
}

describe('plan document as PDF', () => {
	it('is tagged, embeds its fonts, carries every figure of the seed with the notes, and fills its pages', async () => {
		const district = await loadDemo();
		const actor = systemActor(district.id);
		const plan = await getPlan({ districtId: district.id }, '2021-2023');
		const model = await planDocument(actor, plan.id);
		const pdf = await planPdf(model);
		await keep('piano-2021-2023.pdf', pdf);
		const facts = await readPdf(pdf);
		expectTagged(facts);
		expect(paintedOutsideMarkedContent(pdf)).toBe(0);
		for (const role of ['H2', 'H3', 'TOC', 'TOCI', 'Figure'])
			expect(facts.roles.get(role) ?? 0, role).toBeGreaterThan(0);
		expect(facts.info).toMatch(/Title:\s+Piano di Zona 2021-2023/);
		expect(facts.info).toMatch(/Page size:\s+595\.28 x 841\.89/); // A4
		expectFullPages(facts);

		const text = facts.text.replace(/\s+/g, ' ');
		for (const i of IMMIGRATION_INDICATORS) {
			expect(text, i.code).toContain(i.code);
			expect(text, i.code).toContain(i.target);
			if (i.actual) expect(text, i.code).toContain(i.actual);
		}
		// The note of G1.OUT3's actual, under its figure; the status of each indicator, with its word.
		expect(text).toContain('410 persone contattate');
		expect(text).toMatch(/✓ Raggiunto|↑ Superato/);
		expect(text).toContain('Stato');
		// A project without dates or grants has no "€ 0,00" and no "Periodo —".
		expect(text).not.toContain('€ 0,00');

		// The district's template: logo (page furniture), colour, running header and footer.
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
			'base64'
		);
		const styled = await readPdf(
			await planPdf(model, {
				logo: { data: png, type: 'image/png' },
				colour: '#00663d',
				headerText: 'Ufficio di Piano di Lodi',
				footerText: 'Documento approvato dall’Assemblea dei Sindaci'
			})
		);
		expectTagged(styled);
		expect(styled.text).toContain('Ufficio di Piano di Lodi');
		expect(styled.text).toContain('Documento approvato dall’Assemblea dei Sindaci');
		expect(styled.text).toMatch(/Pagina 2 di \d+/);

		// The other plan of the demo: a short one, no page nearly empty either.
		const next = await getPlan({ districtId: district.id }, '2025-2027');
		const second = await planPdf(await planDocument(actor, next.id));
		await keep('piano-2025-2027.pdf', second);
		const nextFacts = await readPdf(second);
		expectTagged(nextFacts, { figures: false });
		expectFullPages(nextFacts);

		// The results report: landscape slides, tagged, every figure of the seed.
		const report = await resultsReport(actor, plan.id);
		const slides = await reportPdf(report);
		await keep('esiti-2021-2023.pdf', slides);
		const reportFacts = await readPdf(slides);
		expect(paintedOutsideMarkedContent(slides)).toBe(0);
		expectTagged(reportFacts, { figures: false });
		expect(reportFacts.roles.get('H2') ?? 0).toBeGreaterThan(0);
		expect(reportFacts.info).toMatch(/Page size:\s+841\.89 x 595\.28/); // A4 landscape
		const reportText = reportFacts.text.replace(/\s+/g, ' ');
		for (const i of IMMIGRATION_INDICATORS) {
			expect(reportText, i.code).toContain(i.code);
			expect(reportText, i.code).toContain(i.target);
			if (i.actual) expect(reportText, i.code).toContain(i.actual);
		}
		expect(reportText).toContain('410 persone contattate');
		expect(reportText).toMatch(/✓ Raggiunto|↑ Superato/);
	}, 120_000);
});
