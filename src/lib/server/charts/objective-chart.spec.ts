import { describe, expect, it } from 'vitest';
import { progressChart } from './objective-chart';

describe('progressChart', () => {
	it('renders an SVG with one bar label per scored indicator', () => {
		const svg = progressChart('G1', [
			{ code: 'G1.OUT1', ratio: 2 },
			{ code: 'G1.OUTC2', ratio: null },
			{ code: 'G1.OUTC7', ratio: 1 / 3 }
		]);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('G1.OUT1');
		expect(svg).toContain('200%');
		expect(svg).toContain('33%');
		expect(svg).not.toContain('G1.OUTC2');
		expect(svg).toContain('aria-label');
	});
});
