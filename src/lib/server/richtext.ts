// Rich text that people write (minutes, later narratives) is stored sanitised: only a small
// set of formatting tags survives; scripts, styles, event handlers and javascript: links never do.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'b',
		'em',
		'i',
		'u',
		'ul',
		'ol',
		'li',
		'h3',
		'h4',
		'blockquote',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	// "//evil.example" would leave the site without saying so: links name their scheme.
	allowProtocolRelative: false,
	transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
	disallowedTagsMode: 'discard'
};

function escapeText(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sanitised HTML from what was typed: plain text becomes paragraphs, HTML is filtered. */
export function sanitizeRichText(input: string): string {
	const text = input.trim();
	if (!/<[a-z!/]/i.test(text)) {
		return text
			.split(/\n\s*\n/)
			.map((p) => p.trim())
			.filter(Boolean)
			.map((p) => `<p>${escapeText(p).replace(/\n/g, '<br />')}</p>`)
			.join('\n');
	}
	return sanitizeHtml(text, OPTIONS);
}
