// Inside right-to-left text, a run that reads left to right (an Italian name, a phone number, an
// address, an e-mail) must be isolated, or the bidi algorithm takes it apart: "0371 000 101"
// reads "101 000 0371" and "(Sportello Stranieri&Rifugiati)" loses its brackets. The runs are
// found here, and rendered in <bdi dir="ltr"> by Bidi.svelte (or wrapped in Unicode isolates
// where no markup is possible, as in <title>).
import { getLocale } from '$lib/paraglide/runtime';

/** `whole`: a number (a phone number, a code of digits) that must not break across lines either. */
export type Segment = { text: string; ltr: boolean; whole?: boolean };

const RTL_LOCALES = new Set(['ar', 'fa', 'he', 'ur']);
export const isRtl = (locale: string = getLocale()) => RTL_LOCALES.has(locale);

// Starts and ends on a Latin letter or a digit (or + and @ of phones and e-mails); inside, also
// spaces and the punctuation of names, numbers and addresses. Brackets and quotes stay out, so
// that they take the direction of the text around them and mirror as they should.
const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F0-9`;
const LTR_RUN = new RegExp(String.raw`[${LETTER}+@][${LETTER} .,:;'’&@/_+\-–#°]*[${LETTER}]|[${LETTER}]`, 'g');

/** The text cut into the runs that read left to right and the rest. */
export function segments(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(LTR_RUN)) {
		const start = match.index;
		if (start > last) out.push({ text: text.slice(last, start), ltr: false });
		out.push({ text: match[0], ltr: true, whole: !/[^\d +.\-–/]/.test(match[0]) && /\s/.test(match[0]) });
		last = start + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), ltr: false });
	return out;
}

const LRI = '\u2066';
const PDI = '\u2069';

/** Plain text with its left-to-right runs in Unicode isolates, for places without markup. */
export function isolateText(text: string, locale: string = getLocale()): string {
	if (!isRtl(locale)) return text;
	return segments(text)
		.map((s) => (s.ltr ? `${LRI}${s.text}${PDI}` : s.text))
		.join('');
}
