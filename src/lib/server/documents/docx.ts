// The plan document as DOCX, editable in Word and LibreOffice: real heading styles (so the
// document is navigable and its table of contents builds itself), Italian as the language of
// the text, tables with header rows repeated on each page.
import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { nextTurn } from '../generation';
import { DEFAULT_TEMPLATE, imageSize, type Template } from './template';
import { indicatorNotes, type PlanDocument } from './content';
import type { Block } from './blocks';
import { objectiveChartImage } from './chart-image';

const heading = (text: string, level: 1 | 2 | 3) =>
	new Paragraph({
		text,
		heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3
	});
const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
	new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
/** Text written in the platform: paragraphs, list items and subheadings. */
const written = (list: Block[]) =>
	list.map((b) => (b.kind === 'li' ? bullet(b.text) : b.kind === 'h' ? heading(b.text, 3) : para(b.text)));

function table(header: string[], rows: string[][], widths: number[]): Table {
	const cell = (text: string, bold = false, i = 0) =>
		new TableCell({
			width: { size: widths[i], type: WidthType.PERCENTAGE },
			children: [new Paragraph({ children: [new TextRun({ text, bold })] })]
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }),
			...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, i)) }))
		]
	});
}

/** `progress` hears the share of objectives written so far (for long documents). */
export async function planDocx(
	d: PlanDocument,
	template: Template = DEFAULT_TEMPLATE,
	progress?: (fraction: number) => void
): Promise<Buffer> {
	const total = d.sections.reduce((n, s) => n + s.objectives.length, 0) || 1;
	let done = 0;
	const body: (Paragraph | Table | TableOfContents)[] = [];
	const colour = template.colour.slice(1).toUpperCase();
	// Cover, with the district's logo when it has one.
	const size = template.logo && imageSize(template.logo.data);
	if (template.logo && size) {
		const height = 80;
		body.push(
			new Paragraph({
				alignment: AlignmentType.CENTER,
				spacing: { before: 1200 },
				children: [
					new ImageRun({
						type: template.logo.type === 'image/png' ? 'png' : 'jpg',
						data: template.logo.data,
						transformation: { width: Math.round((height * size.width) / size.height), height },
						altText: { name: 'Logo', description: `Logo di ${d.district}`, title: d.district }
					})
				]
			})
		);
	}
	body.push(
		new Paragraph({
			children: [new TextRun({ text: d.district, size: 32 })],
			alignment: AlignmentType.CENTER,
			spacing: { before: 2400, after: 400 }
		}),
		new Paragraph({ text: d.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
		new Paragraph({
			children: [new TextRun({ text: `Programmazione sociale ${d.years} · ${d.status}`, size: 28 })],
			alignment: AlignmentType.CENTER,
			spacing: { after: 400 }
		}),
		new Paragraph({
			children: [new TextRun({ text: `Documento generato dalla piattaforma pdz il ${d.generatedOn}`, italics: true })],
			alignment: AlignmentType.CENTER
		}),
		new Paragraph({ children: [new PageBreak()] }),
		new Paragraph({ children: [new TextRun({ text: 'Indice', bold: true, size: 32 })], spacing: { after: 240 } }),
		new TableOfContents('Indice', { hyperlink: true, headingStyleRange: '1-2' }),
		new Paragraph({ children: [new PageBreak()] })
	);
	const intro = (d.narrative ?? []).find((n) => n.key === 'introduction');
	body.push(heading('Introduzione', 1));
	if (intro) body.push(...written(intro.blocks));
	else
		for (const p of (
			d.description || 'Il Piano di Zona è la programmazione triennale dei servizi sociali dei comuni dell’ambito.'
		)
			.split(/\n+/)
			.filter(Boolean))
			body.push(para(p));
	for (const n of (d.narrative ?? []).filter((x) => x.key !== 'introduction'))
		body.push(heading(n.title, 1), ...written(n.blocks));

	body.push(heading('Il percorso di costruzione del piano', 1));
	if (d.phases.length)
		body.push(
			table(
				['Fase', 'Responsabile', 'Periodo', 'Stato'],
				d.phases.map((p) => [p.name, p.owner, p.period, p.status]),
				[34, 22, 30, 14]
			)
		);
	else body.push(para('Le fasi del percorso non sono ancora state definite.'));

	for (const s of d.sections) {
		body.push(heading(s.heading, 1), ...written(s.text ?? []));
		for (const o of s.objectives) {
			if (progress) {
				// other requests go on meanwhile
				progress(done++ / total);
				await nextTurn();
			}
			body.push(heading(`${o.code}. ${o.title}`, 2));
			for (const p of o.description.split(/\n+/).filter(Boolean)) body.push(para(p));
			if (o.specifics.length) {
				body.push(heading('Obiettivi specifici', 3));
				o.specifics.forEach((x) => body.push(bullet(x)));
			}
			if (o.indicators.length) {
				body.push(heading('Indicatori', 3));
				const labels = [...new Set(o.indicators.flatMap((i) => i.periods.map((p) => p.label)))];
				body.push(
					table(
						[
							'Codice',
							'Indicatore',
							'Tipo',
							...labels.map((l) => `Atteso ${l}`),
							...labels.map((l) => `Realizzato ${l}`)
						],
						o.indicators.map((i) => [
							i.code,
							i.name,
							i.kind,
							...labels.map((l) => i.periods.find((p) => p.label === l)?.target ?? '—'),
							...labels.map((l) => i.periods.find((p) => p.label === l)?.actual ?? '—')
						]),
						[
							14,
							32,
							10,
							...labels.flatMap(() => [Math.floor(44 / (labels.length * 2 || 1))]),
							...labels.map(() => Math.floor(44 / (labels.length * 2 || 1)))
						]
					)
				);
				const chart = objectiveChartImage(`${o.code}. ${o.title}`, o.indicators);
				if (chart) {
					const width = 600; // the text width of an A4 page with the default margins, in pixels
					body.push(
						para('Avanzamento verso il valore atteso (100%):', { italics: true }),
						new Paragraph({
							children: [
								new ImageRun({
									type: 'svg',
									data: chart.svg,
									fallback: { type: 'png', data: chart.png },
									transformation: { width, height: Math.round((chart.height * width) / chart.width) },
									altText: {
										name: `Grafico ${o.code}`,
										title: `Avanzamento degli indicatori di ${o.code}`,
										description: chart.description
									}
								})
							]
						})
					);
				}
				const notes = indicatorNotes(o.indicators);
				if (notes.length) {
					body.push(heading('Fonti e note degli indicatori', 3));
					notes.forEach((x) => body.push(bullet(x)));
				}
			}
			if (o.achievements.length) {
				body.push(heading('Che cosa è stato fatto', 3));
				o.achievements.forEach((x) => body.push(bullet(x)));
			}
			if (o.projects.length) {
				body.push(heading('Progetti', 3));
				o.projects.forEach((x) => body.push(bullet(x)));
			}
			if (o.origins.length) {
				body.push(heading('Dalla partecipazione', 3));
				o.origins.forEach((x) =>
					body.push(
						new Paragraph({
							children: [new TextRun({ text: `«${x.text}»`, italics: true }), new TextRun({ text: ` (${x.source})` })],
							bullet: { level: 0 }
						})
					)
				);
			}
		}
	}

	body.push(heading('Progetti e risorse', 1));
	if (d.projects.length) {
		body.push(
			table(
				['Progetto', 'Ente capofila', 'Stato', 'Periodo', 'Finanziamento'],
				d.projects.map((p) => [p.title, p.lead, p.status, p.period, p.funded]),
				[30, 22, 14, 20, 14]
			)
		);
		body.push(
			para(`Totale dei finanziamenti dei progetti collegati agli obiettivi del piano: ${d.fundedTotal}.`, {
				bold: true
			})
		);
	} else body.push(para('Nessun progetto è ancora collegato agli obiettivi del piano.'));

	body.push(heading('I contributi dei tavoli tematici', 1));
	body.push(
		para(
			d.contributions
				? `${d.contributions} contributi raccolti nelle pareti partecipative dei tavoli sono diventati obiettivi o note del piano: sono citati sotto ciascun obiettivo, alla voce «Dalla partecipazione».`
				: 'Nessun contributo dei tavoli è ancora collegato agli obiettivi del piano.'
		)
	);

	const doc = new Document({
		creator: 'pdz',
		title: `${d.title} - ${d.district}`,
		description: `Piano di Zona ${d.years}`,
		features: { updateFields: true },
		styles: {
			default: {
				document: { run: { font: 'Liberation Sans', size: 22, language: { value: 'it-IT' } } },
				title: { run: { color: colour, size: 56, bold: true } },
				heading1: { run: { color: colour, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
				heading2: { run: { color: colour, size: 26, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
				heading3: { run: { size: 22, bold: true } }
			}
		},
		sections: [
			{
				headers: {
					default: new Header({
						children: [
							new Paragraph({
								children: [new TextRun({ text: template.headerText || `${d.district} · ${d.title}`, size: 18 })],
								alignment: AlignmentType.RIGHT
							})
						]
					})
				},
				footers: {
					default: new Footer({
						children: [
							...(template.footerText
								? [
										new Paragraph({
											alignment: AlignmentType.CENTER,
											children: [new TextRun({ text: template.footerText, size: 16 })]
										})
									]
								: []),
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES], size: 18 })
								]
							})
						]
					})
				},
				children: body
			}
		]
	});
	return Packer.toBuffer(doc);
}
