// The plan document as PDF (A4), tagged (PDF/UA-1, see pdf-tagged.ts): cover, table of
// contents with page numbers, bookmarks for every heading, indicator tables with the status of
// each indicator and the note of each actual under its figure, a chart of progress per
// objective (a figure with its text alternative), Italian as the document language. Drawn with
// pdfkit from the same model as the DOCX. A chapter starts on a new page only when less than a
// third of the page is left; tables continue with their header row repeated.
import { indicatorNotes, type DocIndicator, type PlanDocument } from './content';
import { TaggedPdf, type Cell, type Style } from '../pdf-tagged';
import { nextTurn } from '../generation';
import { DEFAULT_TEMPLATE, type Template } from './template';

const MARGIN = 56;
const TEXT: Style = { size: 10 };
const GREY = '#4b5a68';

/** The alternative text of an objective's chart: what the bars say, as the web page's chart says it. */
export function chartDescription(title: string, indicators: DocIndicator[]): string {
	const scored = indicators.filter((i) => i.progress !== null);
	return `${title}: avanzamento degli indicatori verso il valore atteso (100%). ${scored
		.map((i) => `${i.code} ${Math.round(i.progress! * 100)}%`)
		.join(', ')}.`;
}

/** The status cell of an indicator table: icon and word. */
export const statusCell = (i: DocIndicator) => (i.status ? `${i.status.icon} ${i.status.word}` : '—');

/** `progress` hears the share of objectives drawn so far (for long documents). */
export async function planPdf(
	d: PlanDocument,
	template: Template = DEFAULT_TEMPLATE,
	progress?: (fraction: number) => void
): Promise<Buffer> {
	const PRIMARY = template.colour;
	const t = new TaggedPdf({
		title: `${d.title} - ${d.district}`,
		author: d.district,
		subject: `Piano di Zona ${d.years}`,
		margin: MARGIN,
		reserve: 30
	});
	const doc = t.doc;
	const width = t.width;
	const H1: Style = { size: 18, weight: 'bold', color: PRIMARY };
	const H2: Style = { size: 13, weight: 'bold', color: PRIMARY };
	const H3: Style = { size: 11, weight: 'bold' };
	const toc: { title: string; level: number; page: number }[] = [];
	let chapter: PDFKit.PDFOutline | null = null;

	/** `whole`: the height of a short chapter's text, when known (a chapter that fits stays). */
	const heading = (title: string, level: 1 | 2 | 3, whole?: number) => {
		if (level === 1) {
			// A chapter starts on a new page only when less than a third of this one is left
			// (and it does not fit whole in what is left).
			const fits = whole !== undefined && t.room > whole + t.heightOf(title, H1, width) + 40;
			if (t.room < (t.bottom - t.top) / 3 && !fits) t.newPage();
			else if (t.y > t.top + 1) t.gap(2);
		}
		const style = level === 1 ? H1 : level === 2 ? H2 : H3;
		const item = t.heading(level, title, style, {
			before: level === 1 ? 0 : 6,
			keep: level === 3 ? 30 : 50,
			bookmark: level === 1 ? undefined : level === 2 ? (chapter ?? undefined) : null
		});
		if (level === 1) chapter = item;
		if (level < 3) toc.push({ title, level, page: t.pageNumber });
	};
	const text = (s: string) => t.paragraph(s, TEXT);
	const bullets = (items: string[]) => t.list(items, TEXT);
	const table = (header: string[], rows: Cell[][], widths: number[]) => {
		t.table(
			header.map((title, i) => ({ title, width: (widths[i] / 100) * width })),
			rows,
			{ size: 8.5, fill: '#e6f0f1' }
		);
		t.gap(1);
	};

	/** One bar per indicator: progress towards its target to date (a figure, with its numbers). */
	function progressChart(title: string, indicators: DocIndicator[]) {
		const scored = indicators.filter((i) => i.progress !== null);
		if (!scored.length) return;
		const ROW = 14;
		const caption = 'Avanzamento verso il valore atteso (100%):';
		// A chart taller than a page is drawn in parts, each a figure of its own.
		const perPage = Math.floor((t.bottom - t.top - 40) / ROW);
		for (let from = 0; from < scored.length; from += perPage) {
			const part = scored.slice(from, from + perPage);
			const height = part.length * ROW + 6;
			t.ensure(height + t.lineHeight(TEXT) + 4);
			t.paragraph(from ? `${caption} (segue)` : caption, TEXT, { after: 2 });
			t.figure(chartDescription(title, part), height, (top) => {
				const label: Style = { size: 8.5 };
				part.forEach((i, n) => {
					const y = top + n * ROW;
					const pct = Math.max(0, Math.min(1.5, i.progress!));
					t.drawLines(t.lines(i.code, label, 70), MARGIN, y - 1, 70, label);
					doc
						.rect(MARGIN + 72, y, (width - 140) * (pct / 1.5), 9)
						.fill(pct >= 1 ? '#00663d' : pct >= 0.85 ? '#8a5a00' : '#a61919');
					doc.rect(MARGIN + 72 + (width - 140) / 1.5, y - 2, 0.8, 13).fill('black');
					t.drawLines(
						t.lines(`${Math.round(i.progress! * 100)}%`, { ...label, align: 'right' }, 60),
						MARGIN + width - 60,
						y - 1,
						60,
						{
							...label,
							align: 'right'
						}
					);
				});
			});
		}
		t.gap(1);
	}

	// Cover.
	t.artifact(() => {
		doc.rect(0, 0, doc.page.width, 220).fill(PRIMARY);
		if (template.logo) doc.image(template.logo.data, MARGIN, 24, { fit: [160, 56] });
	});
	t.y = 90;
	t.paragraph(d.district, { size: 16, color: 'white' });
	t.y = 130;
	t.heading(1, d.title, { size: 30, weight: 'bold', color: 'white' }, { keep: 0, bookmark: null });
	t.y = 280;
	t.paragraph(`Programmazione sociale ${d.years} · ${d.status}`, { size: 14 });
	// Below the status, however many lines it takes (a version's document says its approval there).
	t.y = Math.max(310, t.y + 6);
	t.paragraph(`Documento generato dalla piattaforma pdz il ${d.generatedOn}`, { size: 10, color: GREY });

	// The table of contents is written once the pages are known: as many pages as its entries
	// take are kept for it now, measured with the fonts they will be written in. Its elements
	// take their place in the reading order now, their content comes at the end.
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
	const entryStyle = (level: number): Style => (level === 1 ? { size: 10.5, weight: 'bold' } : { size: 9.5 });
	const entryWidth = (level: number) => width - 60 - (level - 1) * 14;
	const entryHeight = (e: { title: string; level: number }) =>
		t.heightOf(e.title, entryStyle(e.level), entryWidth(e.level)) + 2;
	const tocTitleHeight = t.heightOf('Indice', H1, width) + 9;
	// Counted with a little room to spare on each page: an entry never has to go past the last page kept.
	const SPARE = 24;
	let tocPages = 1;
	let used = tocTitleHeight;
	for (const e of tocEntries) {
		const h = entryHeight(e);
		if (MARGIN + used + h > t.bottom - SPARE) {
			tocPages++;
			used = 0;
		}
		used += h;
	}
	const tocHeading = t.element('H1');
	const tocElement = t.element('TOC');
	for (let i = 0; i < tocPages; i++) t.newPage();
	const tocPage = doc.bufferedPageRange().count - tocPages;

	t.newPage();
	const written = (list: PlanDocument['narrative'][number]['blocks']) => {
		for (const b of list) {
			if (b.kind === 'li') bullets([b.text]);
			else if (b.kind === 'h') heading(b.text, 3);
			else text(b.text);
		}
	};
	const intro = (d.narrative ?? []).find((n) => n.key === 'introduction');
	heading('Introduzione', 1);
	if (intro) written(intro.blocks);
	else
		text(d.description || 'Il Piano di Zona è la programmazione triennale dei servizi sociali dei comuni dell’ambito.');
	for (const n of (d.narrative ?? []).filter((x) => x.key !== 'introduction')) {
		heading(n.title, 1);
		written(n.blocks);
	}
	const noPhases = 'Le fasi del percorso non sono ancora state definite.';
	heading('Il percorso di costruzione del piano', 1, d.phases.length ? undefined : t.heightOf(noPhases, TEXT, width));
	if (d.phases.length)
		table(
			['Fase', 'Responsabile', 'Periodo', 'Stato'],
			d.phases.map((p) => [p.name, p.owner, p.period, p.status]),
			[34, 22, 30, 14]
		);
	else text(noPhases);

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
				const w = labels.length ? 36 / labels.length : 0;
				table(
					['Codice', 'Indicatore', 'Tipo', ...labels.map((l) => `Atteso / realizzato ${l}`), 'Stato'],
					o.indicators.map((i) => [
						i.code,
						i.name,
						i.kind,
						...labels.map((l): Cell => {
							const p = i.periods.find((x) => x.label === l);
							// The note of the actual under the figure (a computed one says how it was computed).
							const note = i.notes.find((n) => n.label === l)?.note;
							return p ? { text: `${p.target} / ${p.actual}`, note } : '—';
						}),
						statusCell(i)
					]),
					[12, labels.length ? 28 : 64, 9, ...labels.map(() => w), 15]
				);
				progressChart(`${o.code}. ${o.title}`, o.indicators);
				// Where the figures come from, and the notes of the periods the table has no column for.
				const notes = indicatorNotes(
					o.indicators.map((i) => ({ ...i, notes: i.notes.filter((n) => !labels.includes(n.label)) }))
				);
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
	const noProjects = 'Nessun progetto è ancora collegato agli obiettivi del piano.';
	heading('Progetti e risorse', 1, d.projects.length ? undefined : t.heightOf(noProjects, TEXT, width));
	if (d.projects.length) {
		table(
			['Progetto', 'Ente capofila', 'Stato', 'Periodo', 'Finanziamento'],
			d.projects.map((p) => [p.title, p.lead, p.status, p.period ?? '—', p.funded]),
			[30, 22, 14, 20, 14]
		);
		text(
			d.fundedTotal === '—'
				? 'Per i progetti collegati agli obiettivi del piano non è ancora indicato alcun finanziamento.'
				: `Totale dei finanziamenti dei progetti collegati agli obiettivi del piano: ${d.fundedTotal}.`
		);
	} else text(noProjects);
	const contributions = d.contributions
		? `${d.contributions} contributi raccolti nelle pareti partecipative dei tavoli sono diventati obiettivi o note del piano: sono citati sotto ciascun obiettivo, alla voce «Dalla partecipazione».`
		: 'Nessun contributo dei tavoli è ancora collegato agli obiettivi del piano.';
	heading('I contributi dei tavoli tematici', 1, t.heightOf(contributions, TEXT, width));
	text(contributions);

	// Table of contents, on the pages kept for it.
	doc.switchToPage(tocPage);
	t.y = MARGIN;
	t.content(tocHeading, 'H1', () => {
		t.y = t.drawLines(t.lines('Indice', H1, width), MARGIN, MARGIN, width, H1) + 9;
	});
	tocHeading.end();
	let tocAt = tocPage;
	for (const entry of toc) {
		const style = entryStyle(entry.level);
		const lines = t.lines(entry.title, style, entryWidth(entry.level));
		const h = lines.length * t.lineHeight(style) + 2;
		if (t.y + h > t.bottom && tocAt < tocPage + tocPages - 1) {
			doc.switchToPage(++tocAt);
			t.y = MARGIN;
		}
		const y = t.y;
		const item = t.element('TOCI', {}, tocElement);
		t.content(item, 'TOCI', () => {
			t.drawLines(lines, MARGIN + (entry.level - 1) * 14, y, entryWidth(entry.level), style);
			t.drawLines(t.lines(String(entry.page), { ...style, align: 'right' }, 40), MARGIN + width - 40, y, 40, {
				...style,
				align: 'right'
			});
		});
		item.end();
		t.y = y + h;
	}
	tocElement.end();

	// Running header, footer and page number on every page but the cover: artifacts.
	const look = { header: template.headerText, footer: template.footerText };
	const range = doc.bufferedPageRange();
	const furniture: Style = { size: 8, color: GREY };
	for (let i = 1; i < range.count; i++) {
		doc.switchToPage(i);
		t.furniture(look.header || `${d.district} · ${d.title}`, MARGIN, MARGIN / 2 - 4, width, {
			...furniture,
			align: 'right'
		});
		if (look.footer)
			t.furniture(look.footer, MARGIN, doc.page.height - MARGIN / 2 - 22, width, { ...furniture, align: 'center' });
		t.furniture(`Pagina ${i + 1} di ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 10, width, {
			...furniture,
			align: 'center'
		});
	}
	return t.end();
}
