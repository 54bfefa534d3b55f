// The fonts of every PDF pdz draws: Titillium Web, the typeface of Designers Italia, from the
// TrueType files Bootstrap Italia ships (Latin and Latin Extended), and beside it the fallbacks
// for every other script the district writes in, from npm font packages (never downloaded at
// run time): Noto Sans (Latin, Cyrillic, Greek), Noto Sans Arabic (shaped by fontkit) and
// Noto Sans SC (Chinese). pdfkit embeds the subset a document uses. Text is split into runs
// by the first font that has each character; a character none has is written without its
// accent (ǹ → n), as a plain equivalent, or as "?".
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const titillium = (weight: string) =>
	require.resolve(`bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-${weight}.ttf`);
const google = (pkg: string, name: string, weight: '400Regular' | '700Bold') =>
	require.resolve(`@expo-google-fonts/${pkg}/${weight}/${name}_${weight}.ttf`);

/** The TrueType files, for other renderers (charts drawn to PNG). */
export const FONT_FILES = { regular: titillium('regular'), bold: titillium('700') };

export type Family = 'titillium' | 'noto' | 'arabic' | 'sc';
export type Weight = 'regular' | 'bold';

/** The families in the order they are tried, with the language their script implies. */
const FAMILIES: { family: Family; files: Record<Weight, string> }[] = [
	{ family: 'titillium', files: FONT_FILES },
	{
		family: 'noto',
		files: {
			regular: google('noto-sans', 'NotoSans', '400Regular'),
			bold: google('noto-sans', 'NotoSans', '700Bold')
		}
	},
	{
		family: 'arabic',
		files: {
			regular: google('noto-sans-arabic', 'NotoSansArabic', '400Regular'),
			bold: google('noto-sans-arabic', 'NotoSansArabic', '700Bold')
		}
	},
	{
		family: 'sc',
		files: {
			regular: google('noto-sans-sc', 'NotoSansSC', '400Regular'),
			bold: google('noto-sans-sc', 'NotoSansSC', '700Bold')
		}
	}
];

/** Font names for pdfkit's doc.font() (Titillium Web): register them with useFonts(doc) first. */
export const FONT = { regular: 'pdz-titillium-regular', bold: 'pdz-titillium-bold' } as const;

const buffers = new Map<string, Buffer>();
const read = (file: string) => {
	let b = buffers.get(file);
	if (!b) buffers.set(file, (b = readFileSync(file)));
	return b;
};
const coverage = new Map<Family, fontkit.Font>();
function covers(family: Family, cp: number): boolean {
	let font = coverage.get(family);
	if (!font) {
		font = fontkit.create(read(FAMILIES.find((f) => f.family === family)!.files.regular)) as fontkit.Font;
		coverage.set(family, font);
	}
	return font.hasGlyphForCodePoint(cp);
}

/** The first family that has the character, or null. */
export function familyOf(c: string): Family | null {
	const cp = c.codePointAt(0)!;
	for (const f of FAMILIES) if (covers(f.family, cp)) return f.family;
	return null;
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();
/** The pdfkit name of a family's weight, registered with the document the first time it is used. */
export function fontName(doc: PDFKit.PDFDocument, family: Family, weight: Weight): string {
	const name = `pdz-${family}-${weight}`;
	let set = registered.get(doc);
	if (!set) registered.set(doc, (set = new Set()));
	if (!set.has(name)) {
		doc.registerFont(name, read(FAMILIES.find((f) => f.family === family)!.files[weight]));
		set.add(name);
	}
	return name;
}

/** Registers Titillium Web with a pdfkit document and makes the regular weight current. */
export function useFonts(doc: PDFKit.PDFDocument): void {
	fontName(doc, 'titillium', 'regular');
	fontName(doc, 'titillium', 'bold');
	doc.font(FONT.regular);
}

const printable = (c: string) => c === '\n' || familyOf(c) !== null;

/** Characters no font has that have a plain equivalent (or none: soft hyphens, zero-width marks). */
const SUBSTITUTES: Record<string, string> = {
	'\t': ' ',
	'\u00ad': '',
	'\u200b': '',
	'\u200c': '',
	'\u200d': '',
	'\u2060': '',
	'\ufeff': '',
	'\u200e': '',
	'\u200f': '',
	'\u2007': ' ',
	'\u2009': ' ',
	'\u200a': ' ',
	'\u202f': '\u00a0',
	'\u2010': '-',
	'\u2011': '-',
	'\u2212': '-'
};

/** The text with the characters the fonts have (line ends as typed in any system). */
export function fontSafe(text: string): string {
	let out = '';
	for (const c of text.replace(/\r\n?/g, '\n')) {
		if (c in SUBSTITUTES) out += SUBSTITUTES[c];
		else if (printable(c)) out += c;
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

/** Every string of a value, written with the characters the fonts have. */
export function clean<T>(value: T): T {
	return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? fontSafe(v) : v)) as T;
}

export interface Run {
	text: string;
	family: Family;
	/** Right to left (Arabic letters): fontkit shapes the run and lays its glyphs out in visual order. */
	rtl: boolean;
	/** The language of the run when its script says it (BCP 47), else the document's. */
	lang: string | null;
}

const ARABIC = /[\p{Script=Arabic}]/u;
const NEUTRAL = /[\s\p{P}\p{S}\p{M}]/u;
const langOf = (family: Family, c: string) =>
	family === 'arabic'
		? 'ar'
		: family === 'sc'
			? /\p{Script=Han}/u.test(c)
				? 'zh-Hans'
				: null
			: /\p{Script=Cyrillic}/u.test(c)
				? 'uk'
				: /\p{Script=Greek}/u.test(c)
					? 'el'
					: null;

/**
 * The text (already font-safe) as runs of one font each: a neutral character (space,
 * punctuation, mark) stays in the run before it when that font has it; digits never join an
 * Arabic run (they are written left to right); spaces that end an Arabic run leave it.
 */
export function runs(text: string): Run[] {
	const out: Run[] = [];
	let current: Run | null = null;
	for (const c of text) {
		const neutral = NEUTRAL.test(c);
		const family = familyOf(c) ?? 'titillium';
		const rtl: boolean =
			ARABIC.test(c) && !/\p{Nd}/u.test(c) ? true : neutral && (current as Run | null)?.rtl ? true : false;
		if (
			current &&
			((neutral && covers(current.family, c.codePointAt(0)!) && (current.rtl ? rtl : true)) ||
				(current.family === family && current.rtl === rtl))
		) {
			current.text += c;
			if (!current.lang && !neutral) current.lang = langOf(family, c);
			continue;
		}
		current = { text: c, family, rtl, lang: neutral ? null : langOf(family, c) };
		out.push(current);
	}
	// Spaces at the end of a right-to-left run belong to the text around it.
	for (let i = 0; i < out.length; i++) {
		const r = out[i];
		const m = r.rtl ? /\s+$/u.exec(r.text) : null;
		if (m && m.index > 0) {
			r.text = r.text.slice(0, m.index);
			out.splice(i + 1, 0, { text: m[0], family: 'titillium', rtl: false, lang: null });
			i++;
		}
	}
	return out;
}

interface EmbeddedFont {
	layout(
		text: string,
		features?: unknown
	): { glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]; positions: unknown[] };
	subset: { includeGlyph(id: number): number; glyphs: number[] };
	widths: number[];
	unicode: number[][];
	scale: number;
	font: { getGlyph(id: number, letters?: number[]): { codePoints: number[] } | null };
	encode(text: string, features?: unknown): [string[], unknown[]];
	pdzExact?: boolean;
}

/**
 * Makes the ToUnicode map of a font exact where the font draws different letters with one
 * glyph: Noto Sans Arabic draws ب ت ث ن ي (in their joined forms) as one dotless shape plus
 * dots, and fontkit and pdfkit map a glyph to the letters it was first seen with, so "للتضامن"
 * would be extracted as "لليضامن". A glyph met with other letters goes into the subset once more, as a
 * glyph of its own with its own letters.
 */
export function exactUnicode(doc: PDFKit.PDFDocument): void {
	const font = (doc as unknown as { _font: EmbeddedFont })._font;
	if (!font || font.pdzExact || typeof font.encode !== 'function' || !font.subset) return;
	font.pdzExact = true;
	// fontkit keeps one glyph object per glyph, with the letters of its first use: a glyph met
	// with other letters is handed out as a copy that carries its own.
	const original = font.font.getGlyph.bind(font.font);
	font.font.getGlyph = (id: number, letters: number[] = []) => {
		const glyph = original(id, letters);
		if (!glyph || (glyph.codePoints ?? []).join() === letters.join()) return glyph;
		return Object.create(glyph, { codePoints: { value: letters } });
	};
	const aliases = new Map<string, number>();
	font.encode = function (this: EmbeddedFont, text: string, features?: unknown) {
		const { glyphs, positions } = this.layout(text, features);
		const out = glyphs.map((glyph) => {
			const letters = glyph.codePoints ?? [];
			let gid = this.subset.includeGlyph(glyph.id);
			const known = this.unicode[gid];
			if (known != null && known.join() !== letters.join()) {
				const key = `${glyph.id}:${letters.join()}`;
				let alias = aliases.get(key);
				if (alias === undefined) {
					this.subset.glyphs.push(glyph.id);
					alias = this.subset.glyphs.length - 1;
					aliases.set(key, alias);
				}
				gid = alias;
			}
			if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
			if (this.unicode[gid] == null) this.unicode[gid] = letters;
			return `0000${gid.toString(16)}`.slice(-4);
		});
		return [out, positions];
	};
}
