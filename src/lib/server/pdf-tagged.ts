// Tagged PDF (PDF/UA-1) for every document pdz draws, on pdfkit's structure support: a
// structure tree in reading order (H1-H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure with Alt,
// TOC/TOCI), page furniture marked as artifacts, bookmarks for the headings, the title shown in
// the title bar, /Lang for the document and a language span where the text switches script.
// Right-to-left runs are drawn in visual order, as PDF readers expect, and their ToUnicode map
// is exact (pdf-fonts.ts's exactUnicode), so that extracted text comes back in logical order.
//
// Text is laid out here rather than by pdfkit's own wrapper, because a line can mix fonts
// (Titillium Web and its fallbacks, see pdf-fonts.ts): words are measured run by run, lines
// are broken at spaces (and between Chinese characters), the runs of a line are put in visual
// order (Arabic right to left), and each run is drawn on a common baseline.
import PDFDocument from 'pdfkit';
import { exactUnicode, fontName, fontSafe, runs, type Run, type Weight } from './pdf-fonts';

export interface Style {
	size: number;
	weight?: Weight;
	color?: string;
	align?: 'left' | 'center' | 'right';
	/** Line height as a multiple of the size (default: Titillium Web's own, about 1.5). */
	leading?: number;
}

interface Segment {
	text: string;
	run: Run;
	width: number;
}
export interface Line {
	segments: Segment[];
	width: number;
	rtl: boolean;
}

type Element = PDFKit.PDFStructureElement;
type ElementOptions = {
	title?: string;
	lang?: string;
	alt?: string;
	actual?: string;
	scope?: 'Column' | 'Row' | 'Both';
	bbox?: number[];
	placement?: string;
};

export interface TableColumn {
	title: string;
	/** Width in points. */
	width: number;
	align?: 'left' | 'center' | 'right';
}
/** A cell: its text, and optionally a smaller line under it (the note of a figure). */
export type Cell = string | { text: string; note?: string };

// With features given, pdfkit lays a run out whole (not word by word), so that fontkit puts the
// words of a right-to-left run in visual order too.
const SHAPED = ['liga'] as PDFKit.Mixins.OpenTypeFeatures[];
const TITILLIUM_ASCENT = 1.133;
const TITILLIUM_LINE = 1.521;

export class TaggedPdf {
	readonly doc: PDFKit.PDFDocument;
	readonly lang: string;
	private readonly chunks: Buffer[] = [];
	private readonly ended: Promise<void>;
	private readonly stack: Element[] = [];
	/** Room kept at the bottom of each page (for the page number). */
	reserve: number;
	/** Called after each page break (to draw a running header and set the cursor). */
	onPage: (() => void) | null = null;

	constructor(options: {
		title: string;
		author: string;
		subject?: string;
		lang?: string;
		layout?: 'portrait' | 'landscape';
		margin: number;
		reserve?: number;
	}) {
		this.lang = options.lang ?? 'it-IT';
		this.reserve = options.reserve ?? 0;
		this.doc = new PDFDocument({
			size: 'A4',
			layout: options.layout ?? 'portrait',
			margin: options.margin,
			bufferPages: true,
			pdfVersion: '1.7',
			tagged: true,
			subset: 'PDF/UA',
			displayTitle: true,
			lang: this.lang,
			info: {
				Title: fontSafe(options.title),
				Author: fontSafe(options.author),
				...(options.subject ? { Subject: fontSafe(options.subject) } : {}),
				Creator: 'pdz'
			}
		} as unknown as PDFKit.PDFDocumentOptions);
		this.doc.on('data', (c: Buffer) => this.chunks.push(c));
		this.ended = new Promise<void>((resolve) => this.doc.on('end', () => resolve()));
		const root = this.doc.struct('Document');
		this.doc.addStructure(root);
		this.stack.push(root);
		this.doc.font(fontName(this.doc, 'titillium', 'regular'));
	}

	// ---- geometry -------------------------------------------------------------------------
	get left() {
		return this.doc.page.margins.left;
	}
	get top() {
		return this.doc.page.margins.top;
	}
	get width() {
		return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
	}
	get bottom() {
		return this.doc.page.height - this.doc.page.margins.bottom - this.reserve;
	}
	get y() {
		return this.doc.y;
	}
	set y(v: number) {
		this.doc.y = v;
	}
	/** Room left on the page below the cursor. */
	get room() {
		return this.bottom - this.doc.y;
	}
	get pageNumber() {
		return this.doc.bufferedPageRange().count;
	}
	newPage() {
		this.doc.addPage();
		this.doc.x = this.left;
		this.doc.y = this.top;
		this.onPage?.();
	}
	/** A new page unless `height` fits below the cursor (never on an empty page). */
	ensure(height: number) {
		if (this.doc.y + height > this.bottom && this.doc.y > this.top + 1) this.newPage();
	}
	gap(lines: number, size = 10) {
		this.doc.y += lines * size * TITILLIUM_LINE * 0.5;
	}

	// ---- text layout ----------------------------------------------------------------------
	lineHeight(style: Style) {
		return style.size * (style.leading ?? TITILLIUM_LINE);
	}
	private widthOf(text: string, run: Run, style: Style) {
		if (!text) return 0;
		this.doc.font(fontName(this.doc, run.family, style.weight ?? 'regular')).fontSize(style.size);
		return this.doc.widthOfString(text, run.rtl ? { features: SHAPED } : {});
	}

	/** The text broken into lines of at most `width` points. */
	lines(source: string, style: Style, width: number): Line[] {
		const text = fontSafe(source);
		const all = runs(text);
		const baseRtl = (() => {
			for (const c of text) {
				if (/\p{Script=Arabic}/u.test(c) && /\p{L}/u.test(c)) return true;
				if (/\p{L}/u.test(c)) return false;
			}
			return false;
		})();
		// Atoms: spaces (a break after), line ends (a forced break), a Chinese character (a break
		// on both sides), or a piece of a word.
		type Atom = { text: string; run: Run; kind: 'space' | 'newline' | 'cjk' | 'word' };
		const atoms: Atom[] = [];
		for (const run of all)
			for (const m of run.text.matchAll(
				/\n|[^\S\n]+|[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu
			))
				atoms.push({
					text: m[0],
					run,
					kind:
						m[0] === '\n'
							? 'newline'
							: /^\s/u.test(m[0])
								? 'space'
								: /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(m[0])
									? 'cjk'
									: 'word'
				});
		// Words: the atoms between two break opportunities, with the spaces that follow them.
		type Word = { parts: Segment[]; width: number; trailing: number; newline: boolean };
		const words: Word[] = [];
		let word: Word = { parts: [], width: 0, trailing: 0, newline: false };
		const flush = () => {
			if (word.parts.length || word.newline) words.push(word);
			word = { parts: [], width: 0, trailing: 0, newline: false };
		};
		for (const a of atoms) {
			if (a.kind === 'newline') {
				word.newline = true;
				flush();
				continue;
			}
			if (a.kind !== 'space' && word.trailing) flush();
			if (a.kind === 'cjk' && word.parts.length) flush();
			const w = this.widthOf(a.text, a.run, style);
			word.parts.push({ text: a.text, run: a.run, width: w });
			if (a.kind === 'space') word.trailing += w;
			else word.width += w;
			if (a.kind === 'cjk') {
				/* a break may follow */
				word.trailing = word.trailing || 0.0001;
			}
		}
		flush();

		const lines: Line[] = [];
		let line: Line = { segments: [], width: 0, rtl: baseRtl };
		let pendingSpace = 0;
		const push = (s: Segment) => {
			const last = line.segments.at(-1);
			if (last && last.run === s.run) {
				last.text += s.text;
				last.width += s.width;
			} else line.segments.push({ ...s });
		};
		const endLine = () => {
			// Spaces at the end of a line are not drawn.
			const last = line.segments.at(-1);
			if (last && /\s$/u.test(last.text)) {
				const kept = last.text.replace(/\s+$/u, '');
				last.width = this.widthOf(kept, last.run, style);
				last.text = kept;
				if (!kept) line.segments.pop();
			}
			line.width = line.segments.reduce((n, s) => n + s.width, 0);
			lines.push(line);
			line = { segments: [], width: 0, rtl: baseRtl };
			pendingSpace = 0;
		};
		for (const w of words) {
			if (w.parts.length) {
				if (line.segments.length && line.width + pendingSpace + w.width > width + 0.01) endLine();
				if (!line.segments.length && w.width > width) {
					// A word longer than the line: cut it where it no longer fits.
					for (const p of w.parts)
						for (const c of p.text) {
							const cw = this.widthOf(c, p.run, style);
							if (line.segments.length && line.width + cw > width) endLine();
							push({ text: c, run: p.run, width: cw });
							line.width += cw;
						}
					pendingSpace = 0;
				} else {
					for (const p of w.parts) push(p);
					line.width += pendingSpace + w.width;
					pendingSpace = w.trailing;
				}
			}
			if (w.newline) endLine();
		}
		if (line.segments.length || !lines.length) endLine();
		return lines;
	}

	/** The text on one line: cut, with "…", where it would wrap. */
	oneLine(text: string, style: Style, width: number): Line[] {
		let lines = this.lines(text, style, width);
		for (let n = text.length; lines.length > 1 && n > 1;) {
			n -= Math.max(1, Math.ceil(n * 0.05));
			lines = this.lines(`${text.slice(0, n).trimEnd()}…`, style, width);
		}
		return lines.slice(0, 1);
	}

	heightOf(text: string, style: Style, width: number) {
		return this.lines(text, style, width).length * this.lineHeight(style);
	}

	/** The segments of a line in the order they are drawn, left to right. */
	private visual(line: Line, style: Style): Segment[] {
		let segs = [...line.segments];
		const strongLtr = (s: Segment) => !s.run.rtl && /[\p{L}\p{N}]/u.test(s.text);
		const weak = (s: Segment) => !s.run.rtl && !/\p{L}/u.test(s.text);
		const out: Segment[] = [];
		if (!line.rtl) {
			// Right-to-left islands (with the numbers and signs between their words) reversed.
			for (let i = 0; i < segs.length;) {
				if (!segs[i].run.rtl) {
					out.push(segs[i++]);
					continue;
				}
				let j = i;
				let end = i;
				while (j < segs.length && (segs[j].run.rtl || weak(segs[j]))) {
					if (segs[j].run.rtl) end = j;
					j++;
				}
				out.push(...segs.slice(i, end + 1).reverse());
				i = end + 1;
			}
			return out;
		}
		// A right-to-left line: the order reversed, left-to-right groups (from their first to their
		// last letter or digit) kept as they are; spaces and signs around them follow the line.
		segs = segs.flatMap((s) => {
			const m = s.run.rtl ? null : /^([\s\p{P}]*)(.*?)([\s\p{P}]*)$/su.exec(s.text);
			if (!m || !m[2] || (!m[1] && !m[3])) return [s];
			return [m[1], m[2], m[3]]
				.filter(Boolean)
				.map((text) => ({ text, run: s.run, width: this.widthOf(text, s.run, style) }));
		});
		const reversed = segs.reverse();
		for (let i = 0; i < reversed.length;) {
			if (!strongLtr(reversed[i])) {
				out.push(reversed[i++]);
				continue;
			}
			let j = i;
			let last = i;
			while (j < reversed.length && !reversed[j].run.rtl) {
				if (strongLtr(reversed[j])) last = j;
				j++;
			}
			out.push(...reversed.slice(i, last + 1).reverse());
			i = last + 1;
		}
		return out;
	}

	/** Draws one line with its top at y (inside whatever marked content is open). */
	private drawLine(line: Line, x: number, y: number, width: number, style: Style) {
		const align = style.align ?? (line.rtl ? 'right' : 'left');
		let at = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
		const baseline = y + style.size * TITILLIUM_ASCENT;
		const doc = this.doc;
		doc.fillColor(style.color ?? '#1a1a1a');
		for (const s of this.visual(line, style)) {
			const foreign = s.run.lang && !this.lang.startsWith(s.run.lang.slice(0, 2));
			// The glyphs of a right-to-left run are in visual order, as in any PDF: readers put
			// them back in logical order (no ActualText: poppler would reverse it once more).
			if (foreign) doc.markContent('Span', { lang: s.run.lang! });
			doc.font(fontName(doc, s.run.family, style.weight ?? 'regular')).fontSize(style.size);
			if (s.run.family === 'arabic') exactUnicode(doc);
			doc.text(s.text, at, baseline, {
				lineBreak: false,
				baseline: 'alphabetic',
				...(s.run.rtl ? { features: SHAPED } : {})
			});
			if (foreign) doc.endMarkedContent();
			at += s.width;
		}
	}

	/** Draws lines from `y` without page breaks (inside a cell, a figure); returns the y below them. */
	drawLines(lines: Line[], x: number, y: number, width: number, style: Style): number {
		// pdfkit moves its cursor with each piece of text: the cursor stays where it was.
		const { x: cx, y: cy } = this.doc;
		for (const l of lines) {
			this.drawLine(l, x, y, width, style);
			y += this.lineHeight(style);
		}
		this.doc.x = cx;
		this.doc.y = cy;
		return y;
	}

	// ---- structure ------------------------------------------------------------------------
	get parent(): Element {
		return this.stack.at(-1)!;
	}
	/** A structure element under the current one (or `parent`), left open. */
	element(tag: string, options: ElementOptions = {}, parent: Element = this.parent): Element {
		const el = this.doc.struct(tag, options as { title?: string });
		parent.add(el);
		return el;
	}
	/** Opens an element: what is written until close() goes inside it. */
	open(tag: string, options: ElementOptions = {}): Element {
		const el = this.element(tag, options);
		this.stack.push(el);
		return el;
	}
	close() {
		this.stack.pop()!.end();
	}
	/** Marks what `draw` paints as the content of `el`. */
	content(el: Element, tag: string, draw: () => void) {
		const c = this.doc.markStructureContent(tag);
		draw();
		this.doc.endMarkedContent();
		el.add(c);
	}
	/** Page furniture and decoration, outside the reading order. */
	artifact(draw: () => void, type: 'Pagination' | 'Layout' | 'Page' = 'Layout') {
		this.doc.markContent('Artifact', { type });
		draw();
		this.doc.endMarkedContent();
	}

	/**
	 * A block of text (P, H1, LBody...) at the cursor, over as many pages as it needs, as the
	 * element `tag` under the current element. Returns the element.
	 */
	block(
		tag: string,
		text: string,
		style: Style,
		options: { x?: number; width?: number; parent?: Element; element?: Element } = {}
	): Element {
		const x = options.x ?? this.left;
		const width = options.width ?? this.left + this.width - x;
		const el = options.element ?? this.element(tag, {}, options.parent);
		const lines = this.lines(text, style, width);
		const h = this.lineHeight(style);
		let i = 0;
		while (i < lines.length) {
			if (this.doc.y + h > this.bottom && this.doc.y > this.top + 1) this.newPage();
			let n = i;
			let y = this.doc.y;
			while (n < lines.length && (n === i || y + h <= this.bottom)) {
				n++;
				y += h;
			}
			const page = lines.slice(i, n);
			this.content(el, tag, () => this.drawLines(page, x, this.doc.y, width, style));
			this.doc.y = y;
			i = n;
		}
		if (!options.element) el.end();
		this.doc.x = this.left;
		return el;
	}

	paragraph(text: string, style: Style = { size: 10 }, options: { x?: number; width?: number; after?: number } = {}) {
		this.block('P', text, style, options);
		this.doc.y += options.after ?? style.size * 0.4;
	}

	/** A heading, kept with the lines that follow it; level 1 and 2 become bookmarks. */
	heading(
		level: 1 | 2 | 3,
		text: string,
		style: Style,
		options: { bookmark?: PDFKit.PDFOutline | null; keep?: number; before?: number } = {}
	): PDFKit.PDFOutline | null {
		this.doc.y += this.doc.y > this.top + 1 ? (options.before ?? 0) : 0;
		this.ensure(this.heightOf(text, style, this.width) + (options.keep ?? 40));
		const top = this.doc.y;
		this.block(`H${level}`, text, style);
		this.doc.y += style.size * 0.3;
		if (options.bookmark === null) return null;
		const parent = options.bookmark ?? this.doc.outline;
		return (parent as PDFKit.PDFOutline & { addItem(t: string, o: object): PDFKit.PDFOutline }).addItem(
			fontSafe(text),
			{ top, left: this.doc.page.width }
		);
	}

	/** A list with hanging bullets: wrapped lines start under the text, not under the bullet. */
	list(items: string[], style: Style = { size: 10 }, options: { x?: number; width?: number; bullet?: string } = {}) {
		if (!items.length) return;
		const x = options.x ?? this.left;
		const width = options.width ?? this.left + this.width - x;
		const indent = style.size * 1.3;
		const list = this.open('L');
		for (const item of items) {
			const h = this.lineHeight(style);
			this.ensure(h * Math.min(2, this.lines(item, style, width - indent).length));
			const li = this.element('LI', {}, list);
			const lbl = this.element('Lbl', {}, li);
			const y = this.doc.y;
			this.content(lbl, 'Lbl', () =>
				this.drawLines(this.lines(options.bullet ?? '•', style, indent), x, y, indent, style)
			);
			lbl.end();
			this.doc.y = y;
			this.block('LBody', item, style, { x: x + indent, width: width - indent, parent: li });
			li.end();
			this.doc.y += style.size * 0.25;
		}
		this.close();
		this.doc.y += style.size * 0.3;
		void list;
	}

	/**
	 * A table: a header row (TH, scope Column) repeated as an artifact at the top of each page
	 * it continues on, rows never split. `fill` colours the header's background.
	 */
	table(
		columns: TableColumn[],
		rows: Cell[][],
		options: {
			size?: number;
			fill?: string;
			pad?: number;
			x?: number;
			minRows?: number;
			noteSize?: number;
			onBreak?: () => void;
		} = {}
	) {
		const doc = this.doc;
		const size = options.size ?? 8.5;
		const pad = options.pad ?? 3;
		const x0 = options.x ?? this.left;
		const total = columns.reduce((n, c) => n + c.width, 0);
		const head: Style = { size, weight: 'bold' };
		const body: Style = { size };
		const note: Style = { size: options.noteSize ?? size - 1, color: '#4b5a68' };
		type Laid = { main: Line[]; note: Line[] };
		const lay = (cells: Cell[], style: Style): { cells: Laid[]; height: number } => {
			const laid = cells.map((c, i) => {
				const w = columns[i].width - 2 * pad;
				const s = { ...style, align: columns[i].align };
				const text = typeof c === 'string' ? c : c.text;
				const n = typeof c === 'string' ? undefined : c.note;
				return { main: this.lines(text, s, w), note: n ? this.lines(n, { ...note, align: columns[i].align }, w) : [] };
			});
			const height =
				Math.max(...laid.map((l) => l.main.length * this.lineHeight(style) + l.note.length * this.lineHeight(note))) +
				2 * pad;
			return { cells: laid, height };
		};
		const header = lay(
			columns.map((c) => c.title),
			head
		);
		const drawRow = (laid: { cells: Laid[]; height: number }, style: Style, tags: Element[] | null, tag: string) => {
			const y = doc.y;
			this.artifact(() => {
				if (tag === 'TH') doc.rect(x0, y, total, laid.height).fill(options.fill ?? '#e6f0f1');
				doc
					.moveTo(x0, y + laid.height)
					.lineTo(x0 + total, y + laid.height)
					.lineWidth(0.5)
					.strokeColor('#999')
					.stroke();
			});
			let x = x0;
			laid.cells.forEach((c, i) => {
				const w = columns[i].width - 2 * pad;
				const s = { ...style, align: columns[i].align };
				const draw = () => {
					const after = this.drawLines(c.main, x + pad, y + pad, w, s);
					this.drawLines(c.note, x + pad, after, w, { ...note, align: columns[i].align });
				};
				if (tags) {
					if (c.main.some((l) => l.segments.length) || c.note.length) this.content(tags[i], tag, draw);
				} else this.artifact(draw, 'Pagination');
				x += columns[i].width;
			});
			doc.y = y + laid.height;
		};
		const laidRows = rows.map((r) => lay(r, body));
		// The header with the first rows (or the whole of a short table) on one page.
		const keep = laidRows.slice(0, options.minRows ?? 2).reduce((n, r) => n + r.height, header.height);
		this.ensure(keep);
		const table = this.open('Table');
		const tr = this.element('TR', {}, table);
		const ths = columns.map(() => this.element('TH', { scope: 'Column' }, tr));
		drawRow(header, head, ths, 'TH');
		ths.forEach((t) => t.end());
		tr.end();
		for (const r of laidRows) {
			if (doc.y + r.height > this.bottom && doc.y > this.top + header.height + 1) {
				this.newPage();
				options.onBreak?.();
				drawRow(header, head, null, 'TH');
			}
			const row = this.element('TR', {}, table);
			const tds = columns.map(() => this.element('TD', {}, row));
			drawRow(r, body, tds, 'TD');
			tds.forEach((t) => t.end());
			row.end();
		}
		this.close();
		doc.x = this.left;
	}

	/** A figure (a chart drawn with vectors) with its text alternative, kept on one page. */
	figure(alt: string, height: number, draw: (top: number) => void) {
		this.ensure(height);
		const top = this.doc.y;
		const el = this.element('Figure', {
			alt: fontSafe(alt),
			bbox: [this.left, top, this.left + this.width, top + height],
			placement: 'Block'
		});
		this.content(el, 'Figure', () => draw(top));
		el.end();
		this.doc.y = top + height;
		this.doc.x = this.left;
	}

	/** Writes text that is page furniture (running header, page number), outside the structure. */
	furniture(text: string, x: number, y: number, width: number, style: Style) {
		const margins = { ...this.doc.page.margins };
		this.doc.page.margins.top = 0;
		this.doc.page.margins.bottom = 0;
		this.artifact(() => this.drawLines(this.lines(text, style, width).slice(0, 1), x, y, width, style), 'Pagination');
		this.doc.page.margins = margins;
	}

	async end(): Promise<Buffer> {
		while (this.stack.length) this.stack.pop()!.end();
		this.doc.end();
		await this.ended;
		return Buffer.concat(this.chunks);
	}
}
