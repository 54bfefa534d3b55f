// The DOCX documents (the plan document and the results report) as LibreOffice reads them: each
// is converted to PDF once (conversions are slow), and the PDF is read back with poppler's
// tools. Tables fit the text area and break no word, the table of contents carries the pages
// its entries are on, and the text holds every figure of the seed with the notes of its actuals.
import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { errorOf, useTestDatabase } from '../db/testing';
import { actorIn, users } from '../accounts';
import type { ValidationError } from '../errors';
import { fileContent, getFile, kick, requestFile } from '../generation';
import { getPlan, saveSection, listSections } from '../planning';
import { DEMO_ACCOUNTS, IMMIGRATION_INDICATORS, loadDemo } from '../demo';
import { getTemplate, planDocument, planDocx, reportDocx, resultsReport, saveTemplate, type PlanDocument } from '.';
import { columnWidths, LAYOUT_LIMIT, PAGE, TEXT_WIDTH } from './docx';

useTestDatabase();
const run = promisify(execFile);

/** LibreOffice converts the DOCX to PDF (headless, with a profile of its own); returns the PDF's path. */
async function toPdf(dir: string, file: string): Promise<string> {
	await run(
		'libreoffice',
		[`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
		{ timeout: 120_000 }
	);
	return file.replace(/\.docx$/, '.pdf');
}

interface Word {
	page: number;
	xMin: number;
	xMax: number;
	text: string;
}
/** Every word of the PDF with its page and horizontal position (pdftotext -bbox), in points. */
async function wordsOf(pdf: string): Promise<{ words: Word[]; pageWidth: number }> {
	const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
	const words: Word[] = [];
	let page = 0;
	let pageWidth = 0;
	for (const line of stdout.split('\n')) {
		const p = /<page width="([\d.]+)"/.exec(line);
		if (p) {
			page++;
			pageWidth = Number(p[1]);
		}
		const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
		if (w)
			words.push({
				page,
				xMin: Number(w[1]),
				xMax: Number(w[2]),
				text: w[3]
					.replace(/&amp;/g, '&')
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/&quot;/g, '"')
			});
	}
	return { words, pageWidth };
}

/** A page's text in the order it was written (pdftotext -raw: cell by cell), spaces collapsed. */
async function pageText(pdf: string, page?: number): Promise<string> {
	const range = page ? ['-f', String(page), '-l', String(page)] : [];
	const { stdout } = await run('pdftotext', ['-raw', ...range, pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
	return stdout.replace(/\s+/g, ' ');
}

/**
 * The checks every DOCX passes once LibreOffice has laid it out: no word outside the text area
 * (a table wider than the page would put its last column there), the indicator tables as wide
 * as the text, each word of `cells` whole on one line (a word broken inside a cell becomes two
 * words; a line may still break after a hyphen or a slash), and a table of contents whose
 * every entry names the page it is on.
 */
async function checkLayout(pdf: string, cells: string[], headings: string[]) {
	const { words, pageWidth } = await wordsOf(pdf);
	const margin = PAGE.margin / 20;
	const outside = words.filter((w) => w.xMin < margin - 1 || w.xMax > pageWidth - margin + 1);
	expect(outside.map((w) => `${w.page}: ${w.text}`)).toEqual([]);
	// The tables are as wide as the text: the indicators' status column (the last) starts in the
	// last fifth of the text width, the projects' amounts end at its right edge.
	const text = pageWidth - 2 * margin;
	const pages = [...new Set(words.filter((w) => w.text === 'Realizzato').map((w) => w.page))];
	expect(pages.length).toBeGreaterThan(0);
	for (const page of pages) {
		const stato = words.filter((w) => w.page === page && w.text === 'Stato').map((w) => w.xMin);
		expect(Math.max(...stato), `pagina ${page}`).toBeGreaterThan(margin + 0.8 * text);
	}
	for (const w of words.filter((w) => w.text === 'Finanziamento')) expect(w.xMax).toBeGreaterThan(margin + 0.95 * text);

	const seen = new Set(words.map((w) => w.text));
	const broken = [
		...new Set(
			cells
				.flatMap((c) => c.split(/\s+/))
				.filter(Boolean)
				.filter((t) => !seen.has(t) && !t.split(/(?<=[-/–])/).every((part) => seen.has(part)))
		)
	];
	expect(broken).toEqual([]);

	// The contents (page 2): every chapter and objective, each with the page its heading is on.
	const { stdout: toc } = await run('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-']);
	const entries: { title: string; page: number }[] = [];
	let wrapped = ''; // an entry that wraps: its page number is on its last line
	for (const line of toc.split('\n').slice(1)) {
		const m = /^\s*(.*?)\.{4,}\s*(\d+)\s*$/.exec(line);
		if (m) {
			entries.push({ title: `${wrapped} ${m[1]}`.trim(), page: Number(m[2]) });
			wrapped = '';
		} else if (line.trim() && !/^\s*(Indice|Pagina \d+ di \d+)\s*$/.test(line)) wrapped += ` ${line.trim()}`;
	}
	expect(entries.length).toBeGreaterThanOrEqual(headings.length);
	for (const h of headings) {
		const entry = entries.find((e) => e.title.startsWith(h.slice(0, 60)));
		expect(entry, h).toBeDefined();
		expect(await pageText(pdf, entry!.page), `${h} a pagina ${entry!.page}`).toContain(h.slice(0, 40));
	}
}

/** The words of the cells of a plan document's tables: indicators, statuses, projects and amounts. */
function cellsOf(model: PlanDocument): string[] {
	return [
		'Codice Indicatore Atteso Realizzato Stato',
		model.projects.length ? 'Progetto Ente capofila Periodo Finanziamento' : '',
		...model.sections.flatMap((s) =>
			s.objectives.flatMap((o) =>
				o.indicators.flatMap((i) => [
					i.code,
					i.name,
					i.kind,
					i.status ? `${i.status.icon} ${i.status.word}` : '',
					...i.periods.flatMap((p) => [p.target, p.actual]),
					...i.notes.map((n) => n.note)
				])
			)
		),
		...model.projects.flatMap((p) => [p.title, p.lead, p.status, p.funded, p.period ?? '—']),
		...model.phases.flatMap((p) => [p.name, p.owner, p.status])
	];
}

describe('DOCX documents, as LibreOffice reads them', () => {
	it('plan document and results report: tables within the text, no broken word, contents with pages, every figure of the seed', async () => {
		const district = await loadDemo();
		const actor = systemActor(district.id);
		const plan = await getPlan({ districtId: district.id }, '2021-2023');
		await saveSection(actor, plan.id, 'context', {
			html: '<p>Il territorio del Lodigiano conta <strong>61 comuni</strong>.</p><script>alert(1)</script><ul><li>Popolazione straniera in crescita</li></ul>',
			version: '0'
		});
		const areaG = (await listSections({ districtId: district.id }, plan.id)).find((s) => s.title.startsWith('Area G'))!;
		await saveSection(actor, plan.id, areaG.key, {
			html: '<p>Nell’area immigrazione il tavolo si è riunito 15 volte, con l’Asociația Română și Łódź.</p>',
			version: '0'
		});
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
			'base64'
		);
		await saveTemplate(
			actor,
			{ colour: '#00663d', headerText: 'Ufficio di Piano di Lodi', footerText: 'Documento di prova', version: '0' },
			new File([png], 'logo.png')
		);
		const template = await getTemplate(actor);
		const model = await planDocument(actor, plan.id);
		const report = await resultsReport(actor, plan.id);

		// The model: the status in the words of the web pages, no amount where none was entered.
		const g1 = model.sections.flatMap((s) => s.objectives).find((o) => o.code === 'G1')!;
		const status = new Map(g1.indicators.map((i) => [i.code, i.status]));
		expect(status.get('G1.OUT1')).toEqual({ key: 'over', word: 'Superato', icon: '↑' });
		expect(status.get('G1.OUTC1')).toEqual({ key: 'achieved', word: 'Raggiunto', icon: '✓' });
		expect(status.get('G1.OUTC7')?.word).toBe('Non raggiunto'); // behind, in a plan that is over
		const projects = new Map(model.projects.map((p) => [p.title, p]));
		expect(projects.get('Sportello Stranieri&Rifugiati - continuità')?.funded).toBe('€ 154.500,00');
		expect(projects.get('Conoscere per Integrarsi')?.funded).toBe('—');
		expect(projects.get('Conoscere per Integrarsi')?.period).toBeNull();

		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-docx-'));
		const planFile = path.join(dir, 'piano.docx');
		const reportFile = path.join(dir, 'esiti.docx');
		await writeFile(planFile, await planDocx(model, template));
		await writeFile(reportFile, await reportDocx(report, template));
		const planPdf = await toPdf(dir, planFile);
		const reportPdf = await toPdf(dir, reportFile);

		// Titillium Web, embedded in the DOCX, is the typeface LibreOffice sets the text in.
		const { stdout: fonts } = await run('pdffonts', [planPdf]);
		expect(fonts).toMatch(/\+TitilliumWeb-Regular\b/);
		expect(fonts).toMatch(/\+TitilliumWeb-Bold\b/);
		expect(fonts).not.toMatch(/Liberation/);
		// The logo and the immigration objective's chart are pictures, the chart right below its caption.
		const { stdout: pictures } = await run('pdfimages', ['-list', planPdf]);
		expect(pictures.split('\n').filter((l) => /\bimage\b/.test(l)).length).toBeGreaterThanOrEqual(2);

		const planHeadings = [
			'Introduzione',
			'Il contesto del territorio',
			'Il percorso di costruzione del piano',
			...model.sections.flatMap((s) => [s.heading, ...s.objectives.map((o) => `${o.code}. ${o.title}`)]),
			'Progetti e risorse',
			'I contributi dei tavoli tematici'
		];
		await checkLayout(planPdf, cellsOf(model), planHeadings);
		await checkLayout(reportPdf, cellsOf({ ...model, projects: [], phases: [] }), [
			'Obiettivi di sistema',
			...model.sections.flatMap((s) => [
				s.heading,
				...s.objectives.map((o) =>
					s.heading === 'Obiettivi di sistema' ? `${o.code}. ${o.title}` : `Obiettivo ${o.code}`
				)
			]),
			'Dai tavoli tematici',
			'Punti di forza'
		]);

		const planText = await pageText(planPdf);
		const reportText = await pageText(reportPdf);
		for (const text of [planText, reportText]) {
			for (const i of IMMIGRATION_INDICATORS) {
				expect(text).toContain(i.code);
				expect(text).toContain(i.name);
				expect(text).toMatch(new RegExp(`\\b${i.target}(%| )`));
				expect(text).toMatch(i.actual ? new RegExp(`\\b${i.actual}(%| )`) : /In definizione/);
			}
			// The notes of the actuals, under the figures: 410 victims contacted, 280 met.
			expect(text).toContain('410 persone contattate');
			expect(text).toContain('280 persone incontrate in colloquio');
			expect(text).toContain('15 corsi');
			// The status, sign and word (the sign, set in a fallback font, may come out after the word).
			for (const [sign, word] of [
				['↑', 'Superato'],
				['✓', 'Raggiunto'],
				['×', 'Non raggiunto'],
				['•', 'Non misurabile']
			])
				expect(text).toMatch(new RegExp(`${sign} ${word}|${word} ${sign}`));
			// Where the figures come from.
			expect(text).toContain('Fonte: Calcolato dai destinatari dei progetti.');
		}
		for (const n of [
			'Piano di Zona 2021-2023',
			'Il territorio del Lodigiano conta 61 comuni.',
			'Popolazione straniera in crescita',
			'Nell’area immigrazione il tavolo si è riunito 15 volte, con l’Asociația Română și Łódź.',
			'Ufficio di Piano di Lodi',
			'Documento di prova',
			'€ 180.000,00',
			'€ 45.000,00',
			'€ 154.500,00',
			'Totale dei finanziamenti dei progetti collegati agli obiettivi del piano: € 379.500,00.'
		])
			expect(planText).toContain(n);
		expect(planText).not.toContain('alert(1)');
		expect(planText).not.toContain('€ 0,00');
		expect(reportText).toContain('Esiti del Piano di Zona 2021-2023');
		expect(reportText).toContain('Proposte per il prossimo triennio');
	}, 240_000);

	it('writes the contents of a long plan as page references, which LibreOffice fills in as it lays the pages out', async () => {
		// Past LAYOUT_LIMIT indicators the pages are not laid out in pdz: the references are left to the word processor.
		const indicator = (code: string, n: number) => ({
			code,
			name: `Indicatore ${n} con un nome lungo come quelli dei piani veri, che va a capo nella sua colonna`,
			kind: 'Output',
			periods: ['2025', '2026', '2027'].map((label) => ({ label, target: '120 persone', actual: '€ 154.500,00' })),
			source: null,
			notes: [{ label: '2025', note: 'Definizione cambiata nel triennio.' }],
			progress: null,
			status: { key: 'no_data', word: 'Dati mancanti', icon: '?' },
			description: ''
		});
		const model: PlanDocument = {
			district: 'Ambito di prova',
			title: 'Piano lungo',
			years: '2025-2027',
			status: 'In corso',
			description: '',
			generatedOn: '1 gennaio 2026',
			phases: [],
			narrative: [],
			sections: Array.from({ length: 3 }, (_, a) => ({
				heading: `Area ${a + 1}. Area di prova numero ${a + 1}`,
				text: [],
				objectives: Array.from({ length: 3 }, (_, o) => ({
					code: `${a + 1}.${o + 1}`,
					title: `Obiettivo ${o + 1} dell’area ${a + 1}`,
					description: '',
					achievements: [],
					specifics: [],
					indicators: Array.from({ length: Math.ceil((LAYOUT_LIMIT + 1) / 9) }, (_, i) =>
						indicator(`G${a + 1}.OUTC${o + 1}${i + 1}`, i + 1)
					),
					projects: [],
					origins: []
				}))
			})),
			projects: [],
			fundedTotal: '—',
			contributions: 0
		};
		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-docx-long-'));
		const file = path.join(dir, 'lungo.docx');
		await writeFile(file, await planDocx(model));
		await checkLayout(await toPdf(dir, file), cellsOf(model), [
			'Introduzione',
			...model.sections.flatMap((s) => [s.heading, ...s.objectives.map((o) => `${o.code}. ${o.title}`)]),
			'I contributi dei tavoli tematici'
		]);
	}, 120_000);

	it('makes the results report as DOCX in the background, on request', async () => {
		const [user] = await db().select().from(users).where(eq(users.email, DEMO_ACCOUNTS[0].email));
		const admin = (await actorIn(user, 'lodi'))!;
		const queued = await requestFile(admin, 'results-report', { plan: '2021-2023', format: 'docx', district: 'lodi' });
		expect(queued.title).toBe('Esiti di Piano di Zona 2021-2023 (DOCX)');
		await kick();
		expect(await getFile(admin, queued.id)).toMatchObject({ status: 'done', fileName: 'esiti-lodi-2021-2023.docx' });
		expect((await fileContent(admin, queued.id)).bytes.subarray(0, 2).toString()).toBe('PK');
		const refused = await errorOf(requestFile(admin, 'results-report', { plan: '2021-2023', format: 'odt' }));
		expect((refused as ValidationError).fields.format).toMatch(/DOCX o PDF/);
	});

	it('gives fixed columns that add up to the text width', () => {
		for (const shares of [
			[13, 27, 16, 28, 16],
			[1, 1, 1],
			[34, 22, 28, 16]
		]) {
			const widths = columnWidths(shares);
			expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
			expect(widths.every((w) => Number.isInteger(w) && w > 0)).toBe(true);
		}
	});
});
