import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { rankingChart } from './ranking-chart';
import { progressChart } from './objective-chart';

/** Parses the SVG as a renderer does: invalid XML throws. */
const render = (svg: string) => new Resvg(svg).render().width;

describe('chart SVG with user text', () => {
	it('keeps replacement patterns as text: a note "$\' x" renders a valid SVG', () => {
		const tricky = ["$' x", '$` y', '$& z', '$$ w', '"<b>" & </svg>'];
		const svg = rankingChart(
			'Proposte',
			tricky.map((label, i) => ({ label, votes: 5 - i }))
		);
		expect(render(svg)).toBe(760);
		expect(svg.match(/<svg /g)).toHaveLength(1);
		const label = /aria-label="([^"]*)"/.exec(svg)![1];
		expect(label).toBe(
			"Proposte: $' x, 5 punti; $` y, 4 punti; $&amp; z, 3 punti; $$ w, 2 punti; &quot;&lt;b&gt;&quot; &amp; &lt;/svg&gt;, 1 punti."
		);
	});

	it("does the same for an objective's indicators", () => {
		const svg = progressChart("Obiettivo $'", [
			{ code: "G1.$'", ratio: 0.5 },
			{ code: '$&', ratio: 1 }
		]);
		expect(render(svg)).toBeGreaterThan(0);
		expect(svg).toContain('aria-label="Obiettivo $\'');
	});
});
