import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './richtext';

describe('sanitizeRichText', () => {
	it('turns plain text into paragraphs, escaping it', () => {
		expect(sanitizeRichText('Presenti 7 enti.\nSi decide:\n\n1 < 2 & «ok»')).toBe(
			'<p>Presenti 7 enti.<br />Si decide:</p>\n<p>1 &lt; 2 &amp; «ok»</p>'
		);
	});
	it('keeps formatting and drops anything that could run', () => {
		const out = sanitizeRichText(
			'<p onclick="x()">Testo <strong>forte</strong><script>alert(1)</script></p><a href="javascript:alert(1)">link</a><a href="https://ats.example.it">ATS</a><img src=x onerror=alert(1)><style>p{}</style>'
		);
		expect(out).toBe(
			'<p>Testo <strong>forte</strong></p><a rel="noopener noreferrer">link</a><a href="https://ats.example.it" rel="noopener noreferrer">ATS</a>'
		);
	});
	it('refuses links that leave the site without naming a scheme', () => {
		const out = sanitizeRichText(
			'<p><a href="//evil.example/x">a</a> <a href="\\\\evil.example">b</a> <a href="/gestione">c</a> <a href="mailto:udp@lodi.it">d</a></p>'
		);
		expect(out).not.toContain('evil.example');
		expect(out).toContain('href="/gestione"');
		expect(out).toContain('href="mailto:udp@lodi.it"');
	});
});
