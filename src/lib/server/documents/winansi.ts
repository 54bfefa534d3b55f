// pdfkit's built-in fonts know the Windows-1252 (WinAnsi) characters only; others would come
// out garbled and shift the rest of the line. Until a Unicode font is embedded, letters with
// accents are written without them (ă → a) and any other character as "?".
const EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.split(''));

const fits = (c: string) => {
	const code = c.codePointAt(0)!;
	return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(c) || c === '\n';
};

export function winAnsi(text: string): string {
	let out = '';
	for (const c of text) {
		if (fits(c)) out += c;
		else {
			const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
			out += [...bare].every(fits) && bare ? bare : '?';
		}
	}
	return out;
}
