// The tagged-PDF helper on its own: hanging bullets, a table continued with its header row
// repeated as an artifact, a figure with its alternative text, language spans, and text in
// every script extracted in logical order.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TaggedPdf } from './pdf-tagged';
import { fontsNotEmbedded, pageContents, paintedOutsideMarkedContent, readPdf } from './pdf-testing';

async function positions(pdf: Buffer) {
	const standardFontDataUrl = `${path.resolve('node_modules/pdfjs-dist/standard_fonts')}/`;
	const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, isEvalSupported: false }).promise;
	const items: { str: string; x: number; y: number; page: number }[] = [];
	for (let n = 1; n <= doc.numPages; n++)
		for (const i of (await (await doc.getPage(n)).getTextContent()).items)
			if ('str' in i && i.str.trim()) items.push({ str: i.str, x: i.transform[4], y: i.transform[5], page: n });
	await doc.destroy();
	return items;
}

describe('tagged PDF', () => {
	it('hangs bullets, repeats a table header as an artifact, gives a figure its text, and prints every script', async () => {
		const t = new TaggedPdf({ title: 'Prova di impaginazione', author: 'Ambito di prova', margin: 56 });
		t.heading(1, 'Capitolo', { size: 18, weight: 'bold' });
		t.list(
			[
				'Un punto molto lungo che va a capo: la seconda riga comincia sotto il testo della prima e non sotto il punto elenco, come in ogni documento curato.'
			],
			{ size: 10 }
		);
		t.figure('Grafico: G1.OUT1 100%, G1.OUT2 50%.', 40, (top) => t.doc.rect(t.left, top, 100, 20).fill('#00663d'));
		t.table(
			[
				{ title: 'Codice', width: 100 },
				{ title: 'Ente', width: 383 }
			],
			Array.from({ length: 60 }, (_, i) => [`R${i + 1}`, i === 0 ? 'جمعية الأمل للتضامن' : `Ente numero ${i + 1}`])
		);
		t.paragraph('Спілка українців Лоді, 华人社区协会, Ελληνική Κοινότητα.');
		const pdf = await t.end();
		const facts = await readPdf(pdf);

		const items = await positions(pdf);
		const first = items.find((i) => i.str.startsWith('Un punto molto lungo'))!;
		const second = items.find(
			(i) => i.page === first.page && i.y < first.y && /prima|sotto|punto|documento/.test(i.str)
		)!;
		expect(Math.abs(second.x - first.x)).toBeLessThan(0.5);
		const bullet = items.find((i) => i.str === '•')!;
		expect(bullet.x).toBeLessThan(first.x - 5);

		expect(facts.pages).toBe(2);
		expect(facts.roles.get('TH')).toBe(2); // the header repeated on page 2 is an artifact
		expect(facts.roles.get('TR')).toBe(61);
		for (const role of ['H1', 'L', 'LI', 'Lbl', 'LBody', 'Figure', 'Table', 'TD', 'P'])
			expect(facts.roles.get(role) ?? 0, role).toBeGreaterThan(0);
		expect(facts.figureAlts).toEqual(['Grafico: G1.OUT1 100%, G1.OUT2 50%.']);
		expect(facts.text.split('\f')[1]).toMatch(/Codice\s+Ente/);
		expect(facts.text).toContain('جمعية الأمل للتضامن');
		expect(facts.text.replace(/\s+/g, ' ')).toContain('Спілка українців Лоді, 华人社区协会, Ελληνική Κοινότητα.');
		expect(facts.info).toMatch(/Title:\s+Prova di impaginazione/);
		expect(fontsNotEmbedded(facts.fonts)).toEqual([]);
		expect(paintedOutsideMarkedContent(pdf)).toBe(0);
		// The document's language, and the language of each foreign run marked on its span.
		expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
		const contents = pageContents(pdf).join('\n');
		for (const lang of ['ar', 'uk', 'zh-Hans', 'el'])
			expect(contents, lang).toMatch(new RegExp(`/Span <<\\s*/Lang \\(${lang}\\)`));
	});
});
