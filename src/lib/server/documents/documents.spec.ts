// The plan document opens in LibreOffice (headless conversion succeeds) and its text carries
// the plan's objectives and figures. The DOCX, read by LibreOffice, is tested in docx.spec.ts.
import { auditLog, systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { errorOf, useTestDatabase } from '../db/testing';
import { ConflictError, ValidationError } from '../errors';
import { getPlan, listSections, saveSection } from '../planning';
import { IMMIGRATION_INDICATORS, loadDemo } from '../demo';
import {
	getTemplate,
	planDocument,
	planPdf,
	reportPdf,
	resultsReport,
	saveTemplate,
	type PlanDocument,
	type Slide
} from '.';

useTestDatabase();
const run = promisify(execFile);

/** LibreOffice converts `file` (headless, with a profile of its own) and returns the new file's path. */
async function convert(dir: string, file: string, to: string): Promise<string> {
	await run(
		'soffice',
		[`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, file],
		{ timeout: 120_000 }
	);
	return path.join(dir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
}

describe('plan document', () => {
	it('is a PDF that LibreOffice opens, with the objectives and every figure of the seed', async () => {
		const district = await loadDemo();
		const actor = systemActor(district.id);
		const plan = await getPlan({ districtId: district.id }, '2021-2023');
		// Narrative written in the platform, placed around the structured parts.
		await saveSection(actor, plan.id, 'context', {
			html: '<p>Il territorio del Lodigiano conta <strong>61 comuni</strong>.</p><script>alert(1)</script><ul><li>Popolazione straniera in crescita</li></ul>',
			version: '0'
		});
		const areaG = (await listSections({ districtId: district.id }, plan.id)).find((s) => s.title.startsWith('Area G'))!;
		await saveSection(actor, plan.id, areaG.key, {
			html: '<p>Nell’area immigrazione il tavolo si è riunito 15 volte, con l’Asociația Română și Łódź.</p>',
			version: '0'
		});
		expect(
			await errorOf(saveSection(actor, plan.id, 'context', { html: '<p>Altro</p>', version: '0' }))
		).toBeInstanceOf(ConflictError);
		const model = await planDocument(actor, plan.id);
		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-doc-'));
		const pdfFile = path.join(dir, 'piano.pdf');
		// The district's template: a logo, a colour, header and footer text.
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
			'base64'
		);
		expect(
			((await errorOf(saveTemplate(actor, { colour: 'verde', version: '0' }, null))) as ValidationError).fields.colour
		).toMatch(/#RRGGBB/);
		expect(
			(
				(await errorOf(
					saveTemplate(actor, { colour: '#00663d', version: '0' }, new File(['GIF89a'], 'logo.png'))
				)) as ValidationError
			).fields.logo
		).toMatch(/PNG o JPEG/);
		await saveTemplate(
			actor,
			{
				colour: '#00663d',
				headerText: 'Ufficio di Piano di Lodi',
				footerText: 'Documento approvato dall’Assemblea dei Sindaci',
				version: '0'
			},
			new File([png], 'logo.png')
		);
		const template = await getTemplate(actor);
		expect(template.logo?.type).toBe('image/png');
		// The log keeps what changed, not the logo's bytes.
		const [logged] = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'document_template'), eq(auditLog.districtId, district.id)));
		expect(logged.after).toMatchObject({ colour: '#00663d', logoType: 'image/png' });
		expect(logged.after).not.toHaveProperty('logo');
		await writeFile(pdfFile, await planPdf(model, template));

		const { stdout: pdfText } = await run('pdftotext', ['-layout', pdfFile, '-']);
		// LibreOffice opens the PDF too (as a drawing): the conversion must succeed.
		expect((await readFile(await convert(dir, pdfFile, 'odg'))).length).toBeGreaterThan(1000);

		for (const text of [pdfText.replace(/\s+/g, ' ')]) {
			expect(text).toContain('Piano di Zona 2021-2023');
			expect(text).toContain(
				'Accrescere la capacità del sistema di rispondere ai bisogni specifici della popolazione migrante'
			);
			expect(text).toContain('Integrazione socio-sanitaria');
			expect(text).toContain('Il percorso di costruzione del piano');
			// The seed's figures: 300 beneficiaries expected and 600 reached; 100 victims expected, 280 assisted.
			for (const n of [
				'300 beneficiari',
				'600 beneficiari',
				'100 persone',
				'280 persone',
				'70%',
				'Vittime agganciate ed assistite'
			])
				expect(text).toContain(n);
			expect(text).toContain('Indice');
			expect(text).toContain('Il contesto del territorio');
			expect(text).toContain('Il territorio del Lodigiano conta 61 comuni.');
			expect(text).toContain('Popolazione straniera in crescita');
			expect(text).toContain('Nell’area immigrazione il tavolo si è riunito 15 volte, con l’Asociația Română și Łódź.');
			expect(text).not.toContain('alert(1)');
		}
		expect(pdfText).toContain('Ufficio di Piano di Lodi');
		// The embedded font (Titillium Web, Latin Extended), not a built-in one.
		const { stdout: fonts } = await run('pdffonts', [pdfFile]);
		expect(fonts).toMatch(/\+TitilliumWeb-Regular\s+CID TrueType/);
		expect(fonts).not.toContain('Helvetica');
		expect(pdfText).toContain('Documento approvato dall’Assemblea dei Sindaci');
		expect(model.sections.map((s) => s.heading)).toEqual(['Obiettivi di sistema', expect.stringMatching(/^Area G\. /)]);

		// The results report, in the shape of the seed: every figure of the immigration objective,
		// the system objectives with their specific objectives, and what the roundtable said.
		const report = await resultsReport(actor, plan.id);
		const titles = report.slides.map((s) => s.title);
		expect(titles).toContain('INTEGRAZIONE SOCIO-SANITARIA');
		expect(titles).toContain(
			'Obiettivo G1. Accrescere la capacità del sistema di rispondere ai bisogni specifici della popolazione migrante attraverso il miglioramento dell’offerta dei servizi'
		);
		const rows = new Map(report.slides.flatMap((s) => s.rows ?? []).map((r) => [r.code, r]));
		for (const i of IMMIGRATION_INDICATORS) {
			const r = rows.get(i.code);
			expect(r?.name, i.code).toBe(i.name);
			expect(r?.expected, i.code).toMatch(new RegExp(`^${i.target}(%| |$)`));
			expect(r?.achieved, i.code).toMatch(i.actual ? new RegExp(`^${i.actual}(%| |$)`) : /^In definizione$/);
		}
		const said = report.slides.filter((s) => s.kind === 'participation').map((s) => s.left!.items.length);
		expect(said.reduce((a, b) => a + b, 0)).toBe(33);
		const reportFile = path.join(dir, 'esiti.pdf');
		await writeFile(reportFile, await reportPdf(report));
		const { stdout: slides } = await run('pdfinfo', [reportFile]);
		expect(slides).toMatch(new RegExp(`Pages:\\s+${report.slides.length}\\b`));
		expect(slides).toMatch(/Page size:\s+841\.89 x 595\.28/); // A4 landscape
	}, 180_000);

	it('gives a long table of contents the pages it needs, with every chapter and objective', async () => {
		const objectives = (area: number) =>
			Array.from({ length: 12 }, (_, i) => ({
				code: `${area}.${i + 1}`,
				title: `Obiettivo numero ${i + 1} dell’area ${area}, con un titolo lungo come quelli dei piani veri che va a capo`,
				description: '',
				achievements: [],
				specifics: [],
				indicators: [],
				projects: [],
				origins: []
			}));
		const model: PlanDocument = {
			district: 'Ambito di prova',
			title: 'Piano lungo',
			years: '2025-2027',
			status: 'Bozza',
			description: '',
			generatedOn: '1 gennaio 2026',
			phases: [],
			narrative: [],
			sections: Array.from({ length: 8 }, (_, a) => ({
				heading: `Area ${a + 1}`,
				text: [],
				objectives: objectives(a + 1)
			})),
			projects: [],
			fundedTotal: '€ 0',
			contributions: 0
		};
		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-toc-'));
		const file = path.join(dir, 'lungo.pdf');
		await writeFile(file, await planPdf(model));
		// Pages 2 to 4 hold the contents (about a hundred entries); the last objective is listed there.
		const { stdout: toc } = await run('pdftotext', ['-f', '2', '-l', '4', '-layout', file, '-']);
		expect(toc.replace(/\s+/g, ' ')).toContain('8.12. Obiettivo numero 12 dell’area 8');
		expect(toc).toContain('I contributi dei tavoli tematici');
		const { stdout: body } = await run('pdftotext', ['-f', '5', '-l', '5', file, '-']);
		expect(body).toContain('Introduzione');
	});

	it('continues a slide whose rows or points do not fit on pages titled "(segue)"', async () => {
		const model = { district: 'Ambito di prova', title: 'Piano lungo' } as PlanDocument;
		const points = (what: string, n: number) =>
			Array.from(
				{ length: n },
				(_, i) => `${what} numero ${i + 1}, scritto come lo scrivono i tavoli quando hanno molto da dire`
			);
		const slides: Slide[] = [
			{ kind: 'title', title: 'Esiti' },
			{
				kind: 'indicators',
				title: 'Indicatori di esito',
				subtitle: 'Obiettivo G1',
				rows: Array.from({ length: 40 }, (_, i) => ({
					code: `X.${i + 1}`,
					name: `Indicatore ${i + 1}`,
					expected: '10',
					achieved: '12'
				}))
			},
			{
				kind: 'participation',
				title: 'Dai tavoli',
				left: { heading: 'Punti di forza', items: points('Forza', 30) },
				right: { heading: 'Proposte', items: points('Proposta', 12) }
			},
			// A point longer than a page is cut, not spread over pages without title.
			{
				kind: 'participation',
				title: 'Un punto lunghissimo',
				left: { heading: 'Punti di forza', items: ['Parola '.repeat(3000)] }
			}
		];
		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-slides-'));
		const file = path.join(dir, 'esiti.pdf');
		await writeFile(file, await reportPdf({ model, slides }));
		const { stdout: info } = await run('pdfinfo', [file]);
		expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(slides.length + 2); // at least one page more for each of the first two
		expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(slides.length + 4); // the long point stays on one
		const { stdout: text } = await run('pdftotext', [file, '-']);
		expect(text).toMatch(/Indicatori di esito \(segue\)\s+Obiettivo G1/); // which objective, on every page
		expect(text).toContain('X.40');
		expect(text).toContain('Dai tavoli (segue)');
		expect(text).toContain('Forza numero 30,');
		expect(text).toContain('Proposta numero 12,');
	});
});
