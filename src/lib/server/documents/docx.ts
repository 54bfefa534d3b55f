// The plan document as DOCX, editable in Word and LibreOffice: real heading styles (so the
// document is navigable), Italian as the language of the text, and a layout both programs
// read the same way:
// - Titillium Web is embedded in the file (regular, bold, italic, bold italic, from Bootstrap
//   Italia), so neither program substitutes another typeface;
// - tables have fixed widths in twips (layout fixed, columns summing to the text width), rows
//   that do not split across pages, and their header row repeated on every page;
// - a chart stays on the page of its caption, a heading on the page of what follows it;
// - the table of contents is written with its page numbers, worked out by laying the pages
//   out as Word does (docx/layout, measuring the embedded fonts), so it is complete in a
//   program that does not update fields when it opens a file (LibreOffice).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
	AlignmentType,
	Bookmark,
	BorderStyle,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	InternalHyperlink,
	LeaderType,
	LineRuleType,
	Packer,
	PageBreak,
	PageNumber,
	PageReference,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableOfContents,
	TableRow,
	Tab,
	TabStopType,
	TextRun,
	WidthType,
	type IParagraphOptions
} from 'docx';
import { estimatePageNumbersWith, type MeasureWidth } from 'docx/layout';
import * as fontkit from 'fontkit';
import { nextTurn } from '../generation';
import { DEFAULT_TEMPLATE, imageSize, type Template } from './template';
import { actualNote, indicatorSources, type DocIndicator, type PlanDocument } from './content';
import type { Block } from '../blocks';
import { objectiveChartImage } from './chart-image';

/** A4 with 2 cm margins, in twips (1/20 of a point): the text is 9638 twips (17 cm) wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const FONT_NAME = 'Titillium Web';

const require = createRequire(import.meta.url);
let fontFiles: { regular: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer } | undefined;
/** The TrueType files of Titillium Web that Bootstrap Italia ships (Latin and Latin Extended). */
export function titilliumFiles() {
	const read = (weight: string) =>
		readFileSync(
			require.resolve(`bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-${weight}.ttf`)
		);
	fontFiles ??= { regular: read('regular'), bold: read('700'), italic: read('italic'), boldItalic: read('700italic') };
	return fontFiles;
}

/**
 * How wide text is in Titillium Web, in points: the advance widths of its glyphs, read once
 * from the files (the layout measures every word of the document, so this must be quick;
 * kerning is left out, a few hundredths of a point a word). Other fonts (a character
 * Titillium lacks, drawn in a fallback) count as an average letter.
 */
let advances: Map<string, (cp: number) => number> | undefined;
const measureWidth: MeasureWidth = (text, font) => {
	if (!advances) {
		const files = titilliumFiles();
		advances = new Map();
		for (const [face, data] of [
			['', files.regular],
			['b', files.bold],
			['i', files.italic],
			['bi', files.boldItalic]
		] as const) {
			const f = fontkit.create(data) as fontkit.Font;
			const cache = new Map<number, number>();
			advances.set(face, (cp) => {
				let w = cache.get(cp);
				if (w === undefined) {
					w = f.hasGlyphForCodePoint(cp) ? f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm : 0.55;
					cache.set(cp, w);
				}
				return w;
			});
		}
	}
	const advance = advances.get(`${font.bold ? 'b' : ''}${font.italic ? 'i' : ''}`)!;
	let em = 0;
	for (const c of text) em += advance(c.codePointAt(0)!);
	return em * font.size;
};

const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const heading = (text: string, level: 1 | 2 | 3) => new Paragraph({ text, heading: LEVEL[level] });

/**
 * Documents with up to this many indicators have their pages laid out as Word lays them out
 * (docx/layout), to write the page numbers of the table of contents into the file: that takes
 * about a second for fifty indicators, too long for the largest plans.
 */
export const LAYOUT_LIMIT = 50;

/**
 * The table of contents of a document, and its headings. `laidOut`: a Word table of contents
 * (a TOC field) whose entries and page numbers are written in, worked out by laying the pages
 * out. Otherwise, for long documents, a list of the chapters and objectives, each with a page
 * reference (PAGEREF) to a bookmark on its heading: LibreOffice computes references as it lays
 * the pages out, and Word updates them when it opens the file (it asks first).
 */
export function contents(laidOut: boolean) {
	const entries: { id: string; text: string; level: 1 | 2 }[] = [];
	return {
		heading(text: string, level: 1 | 2 | 3): Paragraph {
			if (laidOut || level === 3) return heading(text, level);
			const id = `_TocPdz${entries.length + 1}`;
			entries.push({ id, text, level });
			return new Paragraph({ heading: LEVEL[level], children: [new Bookmark({ id, children: [new TextRun(text)] })] });
		},
		/** The table itself, once every heading has been written. */
		table(): (Paragraph | TableOfContents)[] {
			if (laidOut) return [new TableOfContents('Indice', { hyperlink: true, headingStyleRange: '1-2' })];
			return entries.map(
				(e) =>
					new Paragraph({
						style: `TOC${e.level}`,
						tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
						children: [
							new InternalHyperlink({ anchor: e.id, children: [new TextRun(e.text)] }),
							new TextRun({ children: [new Tab()] }),
							new PageReference(e.id)
						]
					})
			);
		}
	};
}
const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}, paragraph: IParagraphOptions = {}) =>
	new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 }, ...paragraph });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });
/** Text written in the platform: paragraphs, list items and subheadings. */
const written = (list: Block[]) =>
	list.map((b) => (b.kind === 'li' ? bullet(b.text) : b.kind === 'h' ? heading(b.text, 3) : para(b.text)));

/** A cell's content: plain text, or lines (a figure and the note under it). */
export type CellContent = string | { text: string; small?: boolean; bold?: boolean }[];

/** Column widths in twips from shares of the text width: integers summing to the width exactly. */
export function columnWidths(shares: number[], total = TEXT_WIDTH): number[] {
	const sum = shares.reduce((a, b) => a + b, 0);
	const widths = shares.map((s) => Math.floor((s / sum) * total));
	widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
	return widths;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;

/**
 * A table as wide as the text, its columns fixed in twips (so no program shrinks it to fit
 * its content), each row kept on one page, the header row repeated on every page. `align`
 * gives each column's alignment ('right' for amounts).
 */
export function table(
	header: CellContent[],
	rows: CellContent[][],
	shares: number[],
	align: ('left' | 'right')[] = [],
	total = TEXT_WIDTH
): Table {
	const widths = columnWidths(shares, total);
	// A small table stays whole, with its heading (Word and LibreOffice keep rows whose
	// paragraphs are kept with the next); a longer one may break between rows, its header repeated.
	const whole = rows.length <= 6;
	const cell = (content: CellContent, i: number, head: boolean, last = false) =>
		new TableCell({
			width: { size: widths[i], type: WidthType.DXA },
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E6F0F1' } : undefined,
			children: (typeof content === 'string' ? [{ text: content }] : content).map(
				(line, n) =>
					new Paragraph({
						alignment: align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
						spacing: { before: n && line.small ? 40 : 0, after: 0 },
						keepNext: head || (whole && !last),
						children: [
							new TextRun({
								text: line.text,
								bold: head || line.bold,
								italics: line.small,
								size: line.small ? 15 : 18,
								color: line.small ? '4B5A68' : undefined
							})
						]
					})
			)
		});
	return new Table({
		width: { size: total, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		borders: {
			top: BORDER,
			bottom: BORDER,
			left: BORDER,
			right: BORDER,
			insideHorizontal: BORDER,
			insideVertical: BORDER
		},
		rows: [
			new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
			...rows.map(
				(r, n) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false, n === rows.length - 1)) })
			)
		]
	});
}

/**
 * The indicators of an objective: code and kind, name, expected and achieved values (each
 * period's, with the note of its actual under the figure), and the status, sign and word.
 */
export function indicatorTable(indicators: DocIndicator[]): Table {
	const labels = [...new Set(indicators.flatMap((i) => i.periods.map((p) => p.label)))];
	const one = labels.length === 1;
	const values = (i: DocIndicator, which: 'target' | 'actual'): CellContent => {
		if (!i.periods.length) return '—';
		return i.periods.flatMap((p) => {
			const note = which === 'actual' ? actualNote(i, p.label) : null;
			return [{ text: one ? p[which] : `${p.label}: ${p[which]}` }, ...(note ? [{ text: note, small: true }] : [])];
		});
	};
	return table(
		[
			'Codice',
			'Indicatore',
			one ? [{ text: 'Atteso' }, { text: labels[0] }] : 'Atteso',
			one ? [{ text: 'Realizzato' }, { text: labels[0] }] : 'Realizzato',
			'Stato'
		],
		indicators.map((i) => [
			[
				{ text: i.code, bold: true },
				{ text: i.kind, small: true }
			],
			i.name,
			values(i, 'target'),
			values(i, 'actual'),
			i.status ? `${i.status.icon} ${i.status.word}` : '—'
		]),
		[13, 27, 16, 28, 16]
	);
}

/** The chart of an objective, below its caption and on the same page. */
function chart(code: string, title: string, indicators: DocIndicator[]): Paragraph[] {
	const image = objectiveChartImage(`${code}. ${title}`, indicators);
	if (!image) return [];
	const width = 600; // pixels: a little less than the text width (642 pixels)
	return [
		para(
			`Avanzamento degli indicatori di ${code} verso il valore atteso (100%)`,
			{ italics: true },
			{ keepNext: true, keepLines: true, spacing: { before: 160, after: 60 } }
		),
		new Paragraph({
			keepLines: true,
			spacing: { after: 160 },
			children: [
				new ImageRun({
					type: 'svg',
					data: image.svg,
					fallback: { type: 'png', data: image.png },
					transformation: { width, height: Math.round((image.height * width) / image.width) },
					altText: {
						name: `Grafico ${code}`,
						title: `Avanzamento degli indicatori di ${code}`,
						description: image.description
					}
				})
			]
		})
	];
}

export const indicatorCount = (d: PlanDocument) =>
	d.sections.reduce((n, s) => n + s.objectives.reduce((m, o) => m + o.indicators.length, 0), 0);

/** `progress` hears the share of objectives written so far (for long documents). */
export async function planDocx(
	d: PlanDocument,
	template: Template = DEFAULT_TEMPLATE,
	progress?: (fraction: number) => void
): Promise<Buffer> {
	const total = d.sections.reduce((n, s) => n + s.objectives.length, 0) || 1;
	const laidOut = indicatorCount(d) <= LAYOUT_LIMIT;
	const toc = contents(laidOut);
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
		new Paragraph({ children: [new TextRun({ text: 'Indice', bold: true, size: 32 })], spacing: { after: 240 } })
	);
	const tocAt = body.length;
	body.push(new Paragraph({ children: [new PageBreak()] }));
	const intro = (d.narrative ?? []).find((n) => n.key === 'introduction');
	body.push(toc.heading('Introduzione', 1));
	if (intro) body.push(...written(intro.blocks));
	else
		for (const p of (
			d.description || 'Il Piano di Zona è la programmazione triennale dei servizi sociali dei comuni dell’ambito.'
		)
			.split(/\n+/)
			.filter(Boolean))
			body.push(para(p));
	for (const n of (d.narrative ?? []).filter((x) => x.key !== 'introduction'))
		body.push(toc.heading(n.title, 1), ...written(n.blocks));

	body.push(toc.heading('Il percorso di costruzione del piano', 1));
	if (d.phases.length)
		body.push(
			table(
				['Fase', 'Responsabile', 'Periodo', 'Stato'],
				d.phases.map((p) => [p.name, p.owner, p.period, p.status]),
				[34, 22, 28, 16]
			)
		);
	else body.push(para('Le fasi del percorso non sono ancora state definite.'));

	for (const s of d.sections) {
		body.push(toc.heading(s.heading, 1), ...written(s.text ?? []));
		for (const o of s.objectives) {
			if (progress) {
				// other requests go on meanwhile
				progress(done++ / total);
				await nextTurn();
			}
			body.push(toc.heading(`${o.code}. ${o.title}`, 2));
			for (const p of o.description.split(/\n+/).filter(Boolean)) body.push(para(p));
			if (o.specifics.length) {
				body.push(heading('Obiettivi specifici', 3));
				o.specifics.forEach((x) => body.push(bullet(x)));
			}
			if (o.indicators.length) {
				body.push(heading('Indicatori', 3), indicatorTable(o.indicators), ...chart(o.code, o.title, o.indicators));
				const sources = indicatorSources(o.indicators);
				if (sources.length) {
					body.push(heading('Fonti degli indicatori', 3));
					sources.forEach((x) => body.push(bullet(x)));
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
							bullet: { level: 0 },
							spacing: { after: 60 }
						})
					)
				);
			}
		}
	}

	body.push(toc.heading('Progetti e risorse', 1));
	if (d.projects.length) {
		body.push(
			table(
				['Progetto', 'Ente capofila', 'Stato', 'Periodo', 'Finanziamento'],
				d.projects.map((p) => [p.title, p.lead, p.status, p.period ?? '—', p.funded.replace('€ ', '€\u00a0')]),
				[29, 22, 15, 18, 16],
				['left', 'left', 'left', 'left', 'right']
			)
		);
		body.push(
			para(
				d.fundedTotal === '—'
					? 'Nessun finanziamento è ancora registrato per i progetti collegati agli obiettivi del piano.'
					: `Totale dei finanziamenti dei progetti collegati agli obiettivi del piano: ${d.fundedTotal}.`,
				{ bold: true },
				{ spacing: { before: 120, after: 120 } }
			)
		);
	} else body.push(para('Nessun progetto è ancora collegato agli obiettivi del piano.'));

	body.push(toc.heading('I contributi dei tavoli tematici', 1));
	body.push(
		para(
			d.contributions
				? `${d.contributions} contributi raccolti nelle pareti partecipative dei tavoli sono diventati obiettivi o note del piano: sono citati sotto ciascun obiettivo, alla voce «Dalla partecipazione».`
				: 'Nessun contributo dei tavoli è ancora collegato agli obiettivi del piano.'
		)
	);

	body.splice(tocAt, 0, ...toc.table());
	return Packer.toBuffer(
		documentOf(body, {
			laidOut,
			title: `${d.title} - ${d.district}`,
			description: `Piano di Zona ${d.years}`,
			colour,
			header: template.headerText || `${d.district} · ${d.title}`,
			footer: template.footerText
		})
	);
}

/**
 * A document of pdz: A4 with 2 cm margins, Titillium Web embedded, heading styles in the
 * district's colour kept with what follows, page header and footer (with "Pagina n di m"), and
 * the table of contents' page numbers written in.
 */
export function documentOf(
	body: (Paragraph | Table | TableOfContents)[],
	o: {
		title: string;
		description: string;
		colour: string;
		header: string;
		footer: string;
		landscape?: boolean;
		/** Whether to lay the pages out to write the contents' page numbers (see `contents`). */
		laidOut: boolean;
	}
): Document {
	const fonts = titilliumFiles();
	const keep = { keepNext: true, keepLines: true };
	const [width, height] = o.landscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
	return new Document({
		creator: 'pdz',
		title: o.title,
		description: o.description,
		fonts: [
			{
				name: FONT_NAME,
				data: fonts.regular,
				bold: fonts.bold,
				italic: fonts.italic,
				boldItalic: fonts.boldItalic,
				characterSet: '00'
			}
		],
		// The page numbers of the table of contents, worked out with the embedded font's own
		// widths; past a character it has no glyph for (✓, ↑), the layout guesses rather than stops.
		...(o.laidOut
			? { pageNumbers: estimatePageNumbersWith({ guess: true, measureWidth }) }
			: { features: { updateFields: true } }),
		styles: {
			default: {
				document: {
					run: { font: FONT_NAME, size: 22, language: { value: 'it-IT' } },
					paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } }
				},
				title: { run: { font: FONT_NAME, color: o.colour, size: 56, bold: true } },
				heading1: {
					run: { font: FONT_NAME, color: o.colour, size: 32, bold: true },
					paragraph: { spacing: { before: 360, after: 120 }, ...keep }
				},
				heading2: {
					run: { font: FONT_NAME, color: o.colour, size: 26, bold: true },
					paragraph: { spacing: { before: 240, after: 80 }, ...keep }
				},
				heading3: {
					run: { font: FONT_NAME, size: 22, bold: true },
					paragraph: { spacing: { before: 160, after: 60 }, ...keep }
				}
			},
			paragraphStyles: [
				{
					id: 'TOC1',
					name: 'toc 1',
					basedOn: 'Normal',
					next: 'Normal',
					run: { bold: true },
					paragraph: { spacing: { before: 120, after: 40 } }
				},
				{
					id: 'TOC2',
					name: 'toc 2',
					basedOn: 'Normal',
					next: 'Normal',
					run: { size: 21 },
					paragraph: { indent: { left: 360 }, spacing: { after: 40 } }
				}
			]
		},
		sections: [
			{
				properties: {
					page: {
						size: { width, height, orientation: o.landscape ? 'landscape' : 'portrait' },
						margin: {
							top: PAGE.margin,
							bottom: PAGE.margin,
							left: PAGE.margin,
							right: PAGE.margin,
							header: 567,
							footer: 567
						}
					}
				},
				headers: {
					default: new Header({
						children: [
							new Paragraph({
								children: [new TextRun({ text: o.header, size: 18 })],
								alignment: AlignmentType.RIGHT
							})
						]
					})
				},
				footers: {
					default: new Footer({
						children: [
							...(o.footer
								? [
										new Paragraph({
											alignment: AlignmentType.CENTER,
											children: [new TextRun({ text: o.footer, size: 16 })]
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
}
