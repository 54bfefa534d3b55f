// The plan document as PDF (A4): cover, table of contents with page numbers, bookmarks for
// every heading, indicator tables with a bar of progress per indicator, Italian as the
// document language. Drawn with pdfkit from the same model as the DOCX.
import PDFDocument from 'pdfkit';
import { indicatorNotes, type PlanDocument } from './content';
import { clean, FONT, useFonts } from '../pdf-fonts';
import { nextTurn } from '../generation';
import { DEFAULT_TEMPLATE, type Template } from './template';

const MARGIN = 56;

/** `progress` hears the share of objectives drawn so far (for long documents). */
export async function planPdf(
	model: PlanDocument,
	template: Template = DEFAULT_TEMPLATE,
	progress?: (fraction: number) => void
): Promise<Buffer> {
	const d = clean(model);
	const PRIMARY = template.colour;
	const look = clean({ header: template.headerText, footer: template.footerText });
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		bufferPages: true,
		info: {
			Title: `${d.title} - ${d.district}`,
			Author: d.district,
			Subject: `Piano di Zona ${d.years}`,
			Creator: 'pdz'
		},
		lang: 'it-IT',
		displayTitle: true
	} as PDFKit.PDFDocumentOptions);
	useFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	const width = doc.page.width - 2 * MARGIN;
	const bottom = () => doc.page.height - MARGIN - 30;
	const ensure = (h: number) => {
		if (doc.y + h > bottom()) doc.addPage();
	};
	const toc: { title: string; level: number; page: number }[] = [];
	const tocEntryHeight = (e: { title: string; level: number }) =>
		doc
			.font(e.level === 1 ? FONT.bold : FONT.regular)
			.fontSize(e.level === 1 ? 10.5 : 9.5)
			.heightOfString(e.title, { width: width - 60 - (e.level - 1) * 14 }) + 2;
	let outline = doc.outline;

	const heading = (title: string, level: 1 | 2 | 3) => {
		const size = level === 1 ? 18 : level === 2 ? 13 : 11;
		// A chapter starts on a page of its own (one page, even when the last one just filled up).
		if (level === 1 && toc.length) {
			if (doc.y > doc.page.margins.top + 1) doc.addPage();
		} else ensure(size * 4);
		doc
			.moveDown(level === 1 ? 0 : 0.6)
			.font(FONT.bold)
			.fontSize(size)
			.fillColor(level === 3 ? 'black' : PRIMARY)
			.text(title, { width });
		doc.fillColor('black').font(FONT.regular).fontSize(10).moveDown(0.3);
		if (level < 3) {
			toc.push({ title, level, page: doc.bufferedPageRange().start + doc.bufferedPageRange().count });
			if (level === 1) outline = doc.outline.addItem(title);
			else outline.addItem(title);
		}
	};
	const text = (s: string, options: PDFKit.Mixins.TextOptions = {}) => {
		ensure(14);
		doc
			.font(FONT.regular)
			.fontSize(10)
			.text(s, { width, ...options });
	};
	const bullets = (items: string[]) => items.forEach((x) => text(`•  ${x}`, { indent: 8 }));

	function table(header: string[], rows: string[][], widths: number[]) {
		const cols = widths.map((w) => (w / 100) * width);
		const drawRow = (cells: string[], bold: boolean) => {
			doc.font(bold ? FONT.bold : FONT.regular).fontSize(8.5);
			const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i] - 6 }))) + 6;
			if (doc.y + h > bottom()) {
				doc.addPage();
				if (!bold) drawRow(header, true);
			}
			const y = doc.y;
			let x = MARGIN;
			if (bold) doc.rect(MARGIN, y, width, h).fill('#e6f0f1').fillColor('black');
			cells.forEach((c, i) => {
				doc
					.font(bold ? FONT.bold : FONT.regular)
					.fontSize(8.5)
					.text(c, x + 3, y + 3, { width: cols[i] - 6 });
				x += cols[i];
			});
			doc
				.moveTo(MARGIN, y + h)
				.lineTo(MARGIN + width, y + h)
				.lineWidth(0.5)
				.strokeColor('#999')
				.stroke();
			doc.x = MARGIN;
			doc.y = y + h;
		};
		drawRow(header, true);
		rows.forEach((r) => drawRow(r, false));
		doc.moveDown(0.6);
	}

	/** One bar per indicator: progress towards its target to date (a chart, with its numbers). */
	function progressChart(indicators: PlanDocument['sections'][number]['objectives'][number]['indicators']) {
		const scored = indicators.filter((i) => i.progress !== null);
		if (!scored.length) return;
		text('Avanzamento verso il valore atteso (100%):', { continued: false });
		for (const i of scored) {
			ensure(16);
			const y = doc.y;
			const pct = Math.max(0, Math.min(1.5, i.progress!));
			doc.font(FONT.regular).fontSize(8.5).text(i.code, MARGIN, y, { width: 70 });
			doc
				.rect(MARGIN + 72, y, (width - 140) * (pct / 1.5), 9)
				.fill(pct >= 1 ? '#00663d' : pct >= 0.85 ? '#8a5a00' : '#a61919');
			doc.rect(MARGIN + 72 + (width - 140) / 1.5, y - 2, 0.8, 13).fill('black');
			doc
				.fillColor('black')
				.text(`${Math.round(i.progress! * 100)}%`, MARGIN + width - 60, y, { width: 60, align: 'right' });
			doc.x = MARGIN;
			doc.y = y + 14;
		}
		doc.moveDown(0.5);
	}

	// Cover.
	doc.rect(0, 0, doc.page.width, 220).fill(PRIMARY);
	if (template.logo) doc.image(template.logo.data, MARGIN, 24, { fit: [160, 56] });
	doc.fillColor('white').font(FONT.regular).fontSize(16).text(d.district, MARGIN, 90, { width });
	doc.font(FONT.bold).fontSize(30).text(d.title, MARGIN, 130, { width });
	doc
		.fillColor('black')
		.font(FONT.regular)
		.fontSize(14)
		.text(`Programmazione sociale ${d.years} · ${d.status}`, MARGIN, 280, { width });
	// Below the status, however many lines it takes (a version's document says its approval there).
	doc
		.fontSize(10)
		.fillColor('#4b5a68')
		.text(`Documento generato dalla piattaforma pdz il ${d.generatedOn}`, MARGIN, Math.max(310, doc.y + 10), { width })
		.fillColor('black');
	// The table of contents is written once the pages are known: as many pages as its entries
	// take are kept for it now, measured with the fonts they will be written in.
	const tocEntries = [
		{ title: 'Introduzione', level: 1 },
		...(d.narrative ?? []).filter((n) => n.key !== 'introduction').map((n) => ({ title: n.title, level: 1 })),
		{ title: 'Il percorso di costruzione del piano', level: 1 },
		...d.sections.flatMap((s) => [
			{ title: s.heading, level: 1 },
			...s.objectives.map((o) => ({ title: `${o.code}. ${o.title}`, level: 2 }))
		]),
		{ title: 'Progetti e risorse', level: 1 },
		{ title: 'I contributi dei tavoli tematici', level: 1 }
	];
	const tocTitleHeight =
		doc.font(FONT.bold).fontSize(18).heightOfString('Indice', { width }) + doc.currentLineHeight(true) * 0.5;
	// Counted with a little room to spare on each page: an entry never has to go past the last page kept.
	const SPARE = 24;
	let tocPages = 1;
	let used = tocTitleHeight;
	for (const e of tocEntries) {
		const h = tocEntryHeight(e);
		if (MARGIN + used + h > bottom() - SPARE) {
			tocPages++;
			used = 0;
		}
		used += h;
	}
	for (let i = 0; i < tocPages; i++) doc.addPage();
	const tocPage = doc.bufferedPageRange().count - tocPages;

	doc.addPage();
	const written = (list: PlanDocument['narrative'][number]['blocks']) =>
		list.forEach((b) =>
			b.kind === 'li' ? bullets([b.text]) : b.kind === 'h' ? heading(b.text, 3) : (text(b.text), doc.moveDown(0.3))
		);
	const intro = (d.narrative ?? []).find((n) => n.key === 'introduction');
	heading('Introduzione', 1);
	if (intro) written(intro.blocks);
	else
		text(d.description || 'Il Piano di Zona è la programmazione triennale dei servizi sociali dei comuni dell’ambito.');
	for (const n of (d.narrative ?? []).filter((x) => x.key !== 'introduction')) {
		heading(n.title, 1);
		written(n.blocks);
	}
	heading('Il percorso di costruzione del piano', 1);
	if (d.phases.length)
		table(
			['Fase', 'Responsabile', 'Periodo', 'Stato'],
			d.phases.map((p) => [p.name, p.owner, p.period, p.status]),
			[34, 22, 30, 14]
		);
	else text('Le fasi del percorso non sono ancora state definite.');

	const total = d.sections.reduce((n, s) => n + s.objectives.length, 0) || 1;
	let drawn = 0;
	for (const s of d.sections) {
		heading(s.heading, 1);
		written(s.text ?? []);
		for (const o of s.objectives) {
			if (progress) {
				// other requests go on meanwhile
				progress(drawn++ / total);
				await nextTurn();
			}
			heading(`${o.code}. ${o.title}`, 2);
			if (o.description) text(o.description);
			if (o.specifics.length) {
				heading('Obiettivi specifici', 3);
				bullets(o.specifics);
			}
			if (o.indicators.length) {
				heading('Indicatori', 3);
				const labels = [...new Set(o.indicators.flatMap((i) => i.periods.map((p) => p.label)))].slice(0, 3);
				const w = labels.length ? 40 / labels.length : 0;
				table(
					['Codice', 'Indicatore', 'Tipo', ...labels.map((l) => `Atteso / realizzato ${l}`)],
					o.indicators.map((i) => [
						i.code,
						i.name,
						i.kind,
						...labels.map((l) => {
							const p = i.periods.find((x) => x.label === l);
							return p ? `${p.target} / ${p.actual}` : '—';
						})
					]),
					[13, labels.length ? 37 : 77, 10, ...labels.map(() => w)]
				);
				progressChart(o.indicators);
				const notes = indicatorNotes(o.indicators);
				if (notes.length) {
					heading('Fonti e note degli indicatori', 3);
					bullets(notes);
				}
			}
			if (o.achievements.length) {
				heading('Che cosa è stato fatto', 3);
				bullets(o.achievements);
			}
			if (o.projects.length) {
				heading('Progetti', 3);
				bullets(o.projects);
			}
			if (o.origins.length) {
				heading('Dalla partecipazione', 3);
				bullets(o.origins.map((x) => `«${x.text}» (${x.source})`));
			}
		}
	}
	heading('Progetti e risorse', 1);
	if (d.projects.length) {
		table(
			['Progetto', 'Ente capofila', 'Stato', 'Periodo', 'Finanziamento'],
			d.projects.map((p) => [p.title, p.lead, p.status, p.period ?? '—', p.funded]),
			[30, 22, 14, 20, 14]
		);
		text(`Totale dei finanziamenti dei progetti collegati agli obiettivi del piano: ${d.fundedTotal}.`);
	} else text('Nessun progetto è ancora collegato agli obiettivi del piano.');
	heading('I contributi dei tavoli tematici', 1);
	text(
		d.contributions
			? `${d.contributions} contributi raccolti nelle pareti partecipative dei tavoli sono diventati obiettivi o note del piano: sono citati sotto ciascun obiettivo, alla voce «Dalla partecipazione».`
			: 'Nessun contributo dei tavoli è ancora collegato agli obiettivi del piano.'
	);

	// Table of contents, then page numbers and running header on every page but the cover.
	doc.switchToPage(tocPage);
	doc.x = MARGIN;
	doc.y = MARGIN;
	doc.font(FONT.bold).fontSize(18).fillColor(PRIMARY).text('Indice', { width }).fillColor('black').moveDown(0.5);
	let tocAt = tocPage;
	for (const entry of toc) {
		if (doc.y + tocEntryHeight(entry) > bottom() && tocAt < tocPage + tocPages - 1) {
			doc.switchToPage(++tocAt);
			doc.x = MARGIN;
			doc.y = MARGIN;
		}
		const y = doc.y;
		doc.font(entry.level === 1 ? FONT.bold : FONT.regular).fontSize(entry.level === 1 ? 10.5 : 9.5);
		doc.text(entry.title, MARGIN + (entry.level - 1) * 14, y, { width: width - 60 - (entry.level - 1) * 14 });
		const after = doc.y;
		doc.text(String(entry.page), MARGIN + width - 40, y, { width: 40, align: 'right' });
		doc.x = MARGIN;
		doc.y = after + 2;
	}
	const range = doc.bufferedPageRange();
	for (let i = 1; i < range.count; i++) {
		doc.switchToPage(i);
		// Writing in the margins must not start a new page.
		const margins = { ...doc.page.margins };
		doc.page.margins.top = 0;
		doc.page.margins.bottom = 0;
		doc.font(FONT.regular).fontSize(8).fillColor('#4b5a68');
		doc.text(look.header || `${d.district} · ${d.title}`, MARGIN, MARGIN / 2, {
			width,
			align: 'right',
			lineBreak: false
		});
		if (look.footer)
			doc.text(look.footer, MARGIN, doc.page.height - MARGIN / 2 - 18, { width, align: 'center', lineBreak: false });
		doc.text(`Pagina ${i + 1} di ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, {
			width,
			align: 'center',
			lineBreak: false
		});
		doc.fillColor('black');
		doc.page.margins = margins;
	}
	doc.end();
	await done;
	return Buffer.concat(chunks);
}
