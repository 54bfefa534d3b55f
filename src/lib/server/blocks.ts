// Sanitised rich text (p, ul/ol/li, h2-h4, strong/em, a) as the blocks a document writes:
// paragraphs, list items and subheadings, in plain text.
export interface Block {
	kind: 'p' | 'li' | 'h';
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const decode = (s: string) =>
	s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
			: (ENTITIES[e] ?? m)
	);
const text = (html: string) =>
	decode(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''))
		.replace(/[ \t]+/g, ' ')
		.trim();

export function blocks(html: string): Block[] {
	const out: Block[] = [];
	const re = /<(p|li|h[1-6]|div)\b[^>]*>([\s\S]*?)<\/\1>/gi;
	let found = false;
	for (const m of html.matchAll(re)) {
		found = true;
		const t = text(m[2]);
		if (t)
			out.push({ kind: m[1].toLowerCase() === 'li' ? 'li' : m[1].toLowerCase().startsWith('h') ? 'h' : 'p', text: t });
	}
	// Plain text typed without JavaScript: one paragraph per line.
	if (!found) for (const line of text(html).split(/\n+/)) if (line.trim()) out.push({ kind: 'p', text: line.trim() });
	return out;
}
