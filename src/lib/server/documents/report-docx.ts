// The results report as DOCX, for the office to edit before the mayors' assembly: the slides
// of report.ts as a document (a chapter per area, a section per objective with what was done,
// the output, process and outcome tables with status and the notes of the actuals, what the
// roundtables said), laid out as the plan document is (docx.ts: fixed tables, Titillium Web
// embedded, table of contents with its page numbers).
import { AlignmentType, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableOfContents, TextRun } from 'docx';
import { contents, documentOf, indicatorCount, indicatorTable, LAYOUT_LIMIT } from './docx';
import { indicatorSources, type DocIndicator, type PlanDocument } from './content';
import type { Slide } from './report';
import { DEFAULT_TEMPLATE, type Template } from './template';

const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });
const para = (text: string, italics = false) =>
	new Paragraph({ children: [new TextRun({ text, italics })], spacing: { after: 120 } });

export async function reportDocx(
	report: { model: PlanDocument; slides: Slide[] },
	template: Template = DEFAULT_TEMPLATE
): Promise<Buffer> {
	const { model, slides } = report;
	const byCode = new Map<string, DocIndicator>(
		model.sections.flatMap((s) => s.objectives.flatMap((o) => o.indicators.map((i) => [i.code, i] as const)))
	);
	const objectives = new Map(model.sections.flatMap((s) => s.objectives.map((o) => [o.code, o] as const)));
	// The slides shout their titles (capitals, as on a projector); a document writes them as the plan does.
	const areaTitle = (title: string) =>
		model.sections.find((s) => s.heading.toLocaleUpperCase('it') === title)?.heading ?? title;
	const systemCode = (s: Slide) => /^\(Obiettivo di sistema (.+)\)$/.exec(s.subtitle ?? '')?.[1];
	const laidOut = indicatorCount(model) <= LAYOUT_LIMIT;
	const toc = contents(laidOut);
	const body: (Paragraph | Table | TableOfContents)[] = [];
	const [cover, ...rest] = slides;
	body.push(
		new Paragraph({
			children: [new TextRun({ text: model.district, size: 32 })],
			alignment: AlignmentType.CENTER,
			spacing: { before: 2400, after: 400 }
		}),
		new Paragraph({ text: cover.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
		...(cover.subtitle
			? [
					new Paragraph({
						children: [new TextRun({ text: cover.subtitle, size: 28 })],
						alignment: AlignmentType.CENTER,
						spacing: { after: 400 }
					})
				]
			: []),
		new Paragraph({
			children: [
				new TextRun({ text: `Documento generato dalla piattaforma pdz il ${model.generatedOn}`, italics: true })
			],
			alignment: AlignmentType.CENTER
		}),
		new Paragraph({ children: [new PageBreak()] }),
		new Paragraph({ children: [new TextRun({ text: 'Indice', bold: true, size: 32 })], spacing: { after: 240 } })
	);
	const tocAt = body.length;
	body.push(new Paragraph({ children: [new PageBreak()] }));
	// Objectives before the first area are the system objectives: their chapter is named here.
	if (rest[0]?.kind === 'objective') body.push(toc.heading('Obiettivi di sistema', 1));
	let participation = false;
	for (const s of rest) {
		if (s.kind === 'area') body.push(toc.heading(areaTitle(s.title), 1));
		else if (s.kind === 'objective') {
			const code = systemCode(s);
			const objective = code ? objectives.get(code) : undefined;
			if (objective) body.push(toc.heading(`${objective.code}. ${objective.title}`, 2));
			else {
				body.push(toc.heading(s.title, 2));
				if (s.subtitle) body.push(para(s.subtitle, true));
			}
			for (const c of [s.left, s.right])
				if (c?.items.length) body.push(toc.heading(c.heading, 3), ...c.items.map(bullet));
		} else if (s.kind === 'indicators' && s.rows?.length) {
			const indicators = s.rows.map(
				(r): DocIndicator =>
					byCode.get(r.code) ?? {
						code: r.code,
						name: r.name,
						kind: '',
						periods: [{ label: '', target: r.expected, actual: r.achieved }],
						source: null,
						notes: [],
						progress: null,
						status: null,
						description: ''
					}
			);
			body.push(toc.heading(s.title, 3), indicatorTable(indicators));
			const sources = indicatorSources(indicators);
			if (sources.length)
				body.push(
					new Paragraph({
						children: [new TextRun({ text: 'Fonti degli indicatori', bold: true, size: 20 })],
						keepNext: true,
						spacing: { before: 120, after: 40 }
					}),
					...sources.map(bullet)
				);
		} else if (s.kind === 'participation') {
			if (!participation) body.push(toc.heading('Dai tavoli tematici', 1));
			participation = true;
			body.push(toc.heading(s.left?.heading ?? s.title, 2), ...(s.left?.items ?? []).map(bullet));
		}
	}
	body.splice(tocAt, 0, ...toc.table());
	return Packer.toBuffer(
		documentOf(body, {
			laidOut,
			title: cover.title,
			description: `Esiti del Piano di Zona ${model.years}`,
			colour: template.colour.slice(1).toUpperCase(),
			header: template.headerText || `${model.district} · ${cover.title}`,
			footer: template.footerText
		})
	);
}
