import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable } from '.';
import { signatureSheet } from './signature-sheet';
import { fontsNotEmbedded, paintedOutsideMarkedContent, readPdf } from '../pdf-testing';

useTestDatabase();

async function pdfText(pdf: Buffer): Promise<string[]> {
	const standardFontDataUrl = `${path.resolve('node_modules/pdfjs-dist/standard_fonts')}/`;
	const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, isEvalSupported: false }).promise;
	const lines: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		for (const item of content.items) if ('str' in item && item.str.trim()) lines.push(item.str);
	}
	return lines;
}

describe('signature sheet', () => {
	it('has one row per member organisation, on as many pages as needed', async () => {
		const district = await createDistrict({ slug: 'pdf-a', name: 'Ambito di prova' });
		const admin = systemActor(district.id);
		const rt = await createRoundtable(admin, { name: 'Tavolo Immigrazione' });
		const names = Array.from(
			{ length: 30 },
			(_, i) => `Ente numero ${String(i + 1).padStart(2, '0')} – Società cooperativa`
		);
		for (const name of names) {
			const org = await createOrganisation(admin, { name, type: 'third_sector' });
			await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2024-01-01' });
		}
		const meeting = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Programmazione 2025/2027',
				date: '2024-05-16',
				startTime: '09:30',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Ufficio di Piano, Lodi',
				status: 'scheduled'
			}
		);
		const { pdf, filename } = await signatureSheet(admin, meeting.id);
		expect(filename).toBe('foglio-firme-2024-05-16.pdf');
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(pdf);
		expect(text).toContain('Foglio firme');
		expect(text.some((l) => l.includes('16 maggio 2024, ore 09:30-12:00'))).toBe(true);
		expect(text.filter((l) => l.startsWith('Ente numero'))).toEqual(names);

		// Tagged for real: a heading, paragraphs and a table whose header cells name the columns.
		const facts = await readPdf(pdf);
		expect(facts.info).toMatch(/Tagged:\s+yes/);
		expect(paintedOutsideMarkedContent(pdf)).toBe(0);
		for (const role of ['H1', 'P', 'Table', 'TR', 'TH', 'TD'])
			expect(facts.roles.get(role) ?? 0, role).toBeGreaterThan(0);
		// (pdf.js lists an element on the pages it has content on: the three empty rows for guests are not counted)
		expect(facts.roles.get('TR')).toBeGreaterThanOrEqual(1 + names.length);
		expect(facts.roles.get('TH')).toBe(3);
		expect(fontsNotEmbedded(facts.fonts)).toEqual([]);
	});

	it('prints every script: an Arabic, a Ukrainian and a Chinese organisation, extracted in logical order', async () => {
		const district = await createDistrict({ slug: 'pdf-b', name: 'Ambito di prova' });
		const admin = systemActor(district.id);
		const rt = await createRoundtable(admin, { name: 'Tavolo Immigrazione' });
		const names = ['جمعية الأمل للتضامن', 'Спілка українців Лоді', '华人社区协会', 'Associazione Română Łódź'];
		const long = 'Associazione per la promozione sociale e la tutela dei diritti delle persone migranti di Lodi';
		for (const name of [...names, long]) {
			const org = await createOrganisation(admin, { name, type: 'third_sector' });
			await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2024-01-01' });
		}
		const meeting = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Incontro con le comunità',
				date: '2024-06-20',
				startTime: '17:00',
				endTime: '19:00',
				mode: 'in_person',
				place: 'Biblioteca di Lodi',
				status: 'scheduled'
			}
		);
		const { pdf } = await signatureSheet(admin, meeting.id);
		if (process.env.PDZ_KEEP_PDF) await writeFile(path.join(process.env.PDZ_KEEP_PDF, 'foglio-firme.pdf'), pdf);
		const facts = await readPdf(pdf);
		// pdftotext puts the right-to-left words back in logical order, with the letters the font draws
		// with shared shapes (ت ي in "للتضامن") told apart.
		for (const name of names) expect(facts.text).toContain(name);
		expect(facts.text).not.toContain('?');
		// A name longer than its cell is cut on one line, with "…".
		expect(facts.text).toMatch(/Associazione per la promozione sociale[^\n]*…\n/);
		expect(facts.fonts).toMatch(/NotoSansArabic-Regular/);
		expect(facts.fonts).toMatch(/NotoSans-Regular/);
		expect(facts.fonts).toMatch(/NotoSansSC-Regular/);
		expect(fontsNotEmbedded(facts.fonts)).toEqual([]);
	});
});
