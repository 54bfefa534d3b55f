// The fonts of every PDF pdz draws: Titillium Web, the typeface of Designers Italia, from the
// TrueType files Bootstrap Italia ships (Latin and Latin Extended: every European language
// written in Latin letters). pdfkit embeds the subset a document uses. A character the font
// lacks would print as an empty box: a letter is written without its accent (ǹ → n), any
// other character as "?".
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const file = (weight: string) =>
	require.resolve(`bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-${weight}.ttf`);

/** The TrueType files, for other renderers (charts drawn to PNG). */
export const FONT_FILES = { regular: file('regular'), bold: file('700') };

/** Font names for pdfkit's doc.font(): register them with useFonts(doc) first. */
export const FONT = { regular: 'pdz-regular', bold: 'pdz-bold' } as const;

let files: { regular: Buffer; bold: Buffer; covers: (codePoint: number) => boolean } | undefined;

function load() {
	if (!files) {
		const regular = readFileSync(FONT_FILES.regular);
		const bold = readFileSync(FONT_FILES.bold);
		const font = fontkit.create(regular) as fontkit.Font;
		files = { regular, bold, covers: (cp) => font.hasGlyphForCodePoint(cp) };
	}
	return files;
}

/** Registers the fonts with a pdfkit document and makes the regular one current. */
export function useFonts(doc: PDFKit.PDFDocument): void {
	const { regular, bold } = load();
	doc.registerFont(FONT.regular, regular);
	doc.registerFont(FONT.bold, bold);
	doc.font(FONT.regular);
}

const printable = (c: string) => c === '\n' || load().covers(c.codePointAt(0)!);

/** Characters the font lacks that have a plain equivalent (or none: soft hyphens, zero-width marks). */
const SUBSTITUTES: Record<string, string> = {
	'\t': ' ',
	'\u00ad': '',
	'\u200b': '',
	'\u200c': '',
	'\u200d': '',
	'\u2060': '',
	'\ufeff': '',
	'\u2007': ' ',
	'\u2009': ' ',
	'\u200a': ' ',
	'\u202f': '\u00a0',
	'\u2010': '-',
	'\u2011': '-',
	'\u2212': '-',
	'‰': ' per mille',
	'→': '->',
	'≤': '<=',
	'≥': '>=',
	'№': 'n.'
};

/** The text with the characters the font has (line ends as typed in any system). */
export function fontSafe(text: string): string {
	let out = '';
	for (const c of text.replace(/\r\n?/g, '\n')) {
		if (printable(c)) out += c;
		else if (c in SUBSTITUTES) out += SUBSTITUTES[c];
		else {
			// A letter without its accent, a ligature as its letters (ﬁ → fi), or "?".
			const plain = [c.normalize('NFD').replace(/\p{M}/gu, ''), c.normalize('NFKD').replace(/\p{M}/gu, '')].find(
				(x) => x && [...x].every(printable)
			);
			out += plain ?? '?';
		}
	}
	return out;
}

/** Every string of a value, written with the characters the font has. */
export function clean<T>(value: T): T {
	return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? fontSafe(v) : v)) as T;
}
