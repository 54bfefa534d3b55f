// What the tests of every PDF check, read back as a reader would: the structure tree (pdf.js's
// getStructTree), the fonts (poppler's pdffonts), the text (pdftotext) and how full each page is.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

interface StructNode {
	role?: string;
	alt?: string;
	lang?: string;
	children?: StructNode[];
	type?: string;
}

export interface PdfFacts {
	file: string;
	pages: number;
	/** The roles of the structure tree, each with how many times it occurs. */
	roles: Map<string, number>;
	/** The alternative text of every Figure (undefined where a figure has none). */
	figureAlts: (string | undefined)[];
	/** Per page, how many lines of text pdftotext finds. */
	linesPerPage: number[];
	text: string;
	fonts: string;
	info: string;
}

/** Reads a generated PDF back with pdf.js and poppler. */
export async function readPdf(pdf: Buffer, name = 'document.pdf'): Promise<PdfFacts> {
	const dir = await mkdtemp(path.join(tmpdir(), 'pdz-pdf-'));
	const file = path.join(dir, name);
	await writeFile(file, pdf);
	const standardFontDataUrl = `${path.resolve('node_modules/pdfjs-dist/standard_fonts')}/`;
	const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, isEvalSupported: false }).promise;
	const roles = new Map<string, number>();
	const figureAlts: (string | undefined)[] = [];
	const walk = (n: StructNode | null | undefined) => {
		if (!n) return;
		if (n.role) roles.set(n.role, (roles.get(n.role) ?? 0) + 1);
		if (n.role === 'Figure') figureAlts.push(n.alt);
		n.children?.forEach(walk);
	};
	for (let p = 1; p <= doc.numPages; p++) walk((await (await doc.getPage(p)).getStructTree()) as StructNode);
	await doc.destroy();
	const [{ stdout: text }, { stdout: fonts }, { stdout: info }] = await Promise.all([
		run('pdftotext', [file, '-']),
		run('pdffonts', [file]),
		run('pdfinfo', [file])
	]);
	const pages = text.split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return {
		file,
		pages: pages.length,
		roles,
		figureAlts,
		linesPerPage: pages.map((p) => p.split('\n').filter((l) => l.trim()).length),
		text,
		fonts,
		info
	};
}

/** The fonts pdffonts lists that are not embedded or have no ToUnicode map ("emb" or "uni" says "no"). */
export function fontsNotEmbedded(fonts: string): string[] {
	return fonts
		.split('\n')
		.slice(2)
		.filter((l) => l.trim())
		.filter((l) => !/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/.test(l));
}

/**
 * How many painting operators (text, fills, strokes, images) of the page contents lie outside
 * any marked content: each would be content that is neither in the structure nor an artifact.
 */
export function paintedOutsideMarkedContent(pdf: Buffer): number {
	let outside = 0;
	for (const content of pageContents(pdf)) {
		let depth = 0;
		for (const op of content.split(/\s+/)) {
			if (op === 'BDC' || op === 'BMC') depth++;
			else if (op === 'EMC') depth--;
			else if (depth <= 0 && ['BT', 'f', 'S', 'B', 'Do'].includes(op)) outside++;
		}
	}
	return outside;
}

/** The page content streams of a PDF, inflated (the streams that draw text or rectangles). */
export function pageContents(pdf: Buffer): string[] {
	const out: string[] = [];
	for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
		let content: string;
		try {
			content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
		} catch {
			continue;
		}
		if (!content.includes('begincmap') && /\bBT\b|\bre\b/.test(content)) out.push(content);
	}
	return out;
}
