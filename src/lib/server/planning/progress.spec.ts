import { describe, expect, it } from 'vitest';
import { aggregatePeriods, indicatorProgress } from './progress';

const p = (
	direction: 'higher' | 'lower' | 'none',
	target: number | null,
	actual: number | null,
	baseline: number | null = null,
	actualText: string | null = null
) => indicatorProgress({ direction, target, actual, baseline, actualText });

describe('indicatorProgress, higher is better', () => {
	it('is achieved exactly at the target', () => {
		expect(p('higher', 70, 70)).toEqual({ ratio: 1, status: 'achieved' });
	});
	it('keeps over-achievement as its own state, never capped', () => {
		expect(p('higher', 300, 600)).toEqual({ ratio: 2, status: 'over' });
		expect(p('higher', 900, 2000).ratio).toBeCloseTo(2.2222, 3);
	});
	it('is close within 15% short and behind beyond', () => {
		expect(p('higher', 100, 85).status).toBe('close');
		expect(p('higher', 100, 84.9).status).toBe('behind');
		expect(p('higher', 15, 5)).toEqual({ ratio: 1 / 3, status: 'behind' });
	});
	it('measures from the baseline when there is one', () => {
		expect(p('higher', 60, 50, 40)).toEqual({ ratio: 0.5, status: 'behind' });
		expect(p('higher', 60, 40, 40)).toEqual({ ratio: 0, status: 'behind' });
		expect(p('higher', 60, 30, 40).ratio).toBe(-0.5);
	});
	it('does not divide by zero when target equals baseline', () => {
		expect(p('higher', 10, 10, 10)).toEqual({ ratio: null, status: 'achieved' });
		expect(p('higher', 10, 12, 10).status).toBe('over');
		expect(p('higher', 10, 8, 10).status).toBe('behind');
	});
});

describe('indicatorProgress, lower is better', () => {
	it('uses the distance from the baseline', () => {
		expect(p('lower', 50, 70, 100)).toEqual({ ratio: 0.6, status: 'behind' });
		expect(p('lower', 50, 50, 100)).toEqual({ ratio: 1, status: 'achieved' });
		expect(p('lower', 50, 40, 100)).toEqual({ ratio: 1.2, status: 'over' });
		expect(p('lower', 50, 57, 100).status).toBe('close');
	});
	it('without a baseline compares target and actual directly', () => {
		expect(p('lower', 10, 10)).toEqual({ ratio: 1, status: 'achieved' });
		expect(p('lower', 10, 5)).toEqual({ ratio: 2, status: 'over' });
		expect(p('lower', 10, 20)).toEqual({ ratio: 0.5, status: 'behind' });
		expect(p('lower', 10, 0)).toEqual({ ratio: null, status: 'over' });
	});
});

describe('indicatorProgress, no score and no data', () => {
	it('gives a text actual no score', () => {
		expect(p('higher', 1, null, null, 'in definizione')).toEqual({ ratio: null, status: 'no_score' });
	});
	it('reports missing actual or target as no data', () => {
		expect(p('higher', 1, null)).toEqual({ ratio: null, status: 'no_data' });
		expect(p('higher', null, 5)).toEqual({ ratio: null, status: 'no_data' });
	});
	it('only monitors an indicator without direction', () => {
		expect(p('none', 10, 3)).toEqual({ ratio: null, status: 'monitored' });
	});
});

describe('aggregatePeriods', () => {
	const periods = [
		{ target: 100, actual: 80, actualText: null },
		{ target: 100, actual: 120, actualText: null },
		{ target: 100, actual: null, actualText: null }
	];
	it('sums to date: targets of the periods not reported yet do not count', () => {
		expect(aggregatePeriods('sum', periods)).toEqual({ target: 200, actual: 200, actualText: null });
	});
	it('averages to date', () => {
		expect(aggregatePeriods('average', periods)).toEqual({ target: 100, actual: 100, actualText: null });
	});
	it('compares the latest actual with the target of its own period', () => {
		expect(aggregatePeriods('latest', periods)).toEqual({ target: 100, actual: 120, actualText: null });
		expect(
			aggregatePeriods('latest', [
				{ target: 50, actual: 60, actualText: null },
				{ target: 80, actual: null, actualText: null }
			])
		).toEqual({ target: 50, actual: 60, actualText: null });
	});
	it('shows the whole target while nothing is reported', () => {
		expect(
			aggregatePeriods(
				'sum',
				periods.map((p) => ({ ...p, actual: null }))
			)
		).toEqual({ target: 300, actual: null, actualText: null });
		expect(
			aggregatePeriods(
				'latest',
				periods.map((p) => ({ ...p, actual: null }))
			)
		).toEqual({ target: 100, actual: null, actualText: null });
	});
	it('carries a text actual when there is no number', () => {
		expect(aggregatePeriods('sum', [{ target: 1, actual: null, actualText: 'in definizione' }])).toEqual({
			target: 1,
			actual: null,
			actualText: 'in definizione'
		});
	});
});
