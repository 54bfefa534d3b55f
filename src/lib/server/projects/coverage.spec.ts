import { describe, expect, it } from 'vitest';
import { addMonths, coverage, warnings, type Span } from './coverage';

const span = (id: number, startsOn: string, endsOn: string, sourceId = id): Span => ({
	id,
	label: `G${id}`,
	sourceId,
	startsOn,
	endsOn
});

describe('coverage of an intervention by its grants', () => {
	it('joins grants that follow each other day by day, across month and year ends', () => {
		const c = coverage([span(1, '2021-01-01', '2021-12-31'), span(2, '2022-01-01', '2022-06-30')], '2022-06-30');
		expect(c.covered).toEqual([{ from: '2021-01-01', to: '2022-06-30' }]);
		expect(c.gaps).toEqual([]);
	});

	it('finds the hole between two grants and after the last one, up to the horizon', () => {
		const c = coverage([span(2, '2023-03-01', '2024-02-29'), span(1, '2021-01-01', '2022-12-31')], '2024-12-31');
		expect(c.gaps).toEqual([
			{ from: '2023-01-01', to: '2023-02-28' },
			{ from: '2024-03-01', to: '2024-12-31', open: true }
		]);
		// An intervention that ended has no gap after its end.
		expect(coverage([span(1, '2021-01-01', '2022-12-31')], '2024-12-31', '2022-12-31').gaps).toEqual([]);
		expect(coverage([span(1, '2021-01-01', '2022-12-31')], '2024-12-31', '2023-05-31').gaps).toEqual([
			{ from: '2023-01-01', to: '2023-05-31' }
		]);
	});

	it('flags the same source paying twice for the same days, and not different sources', () => {
		const c = coverage(
			[
				span(1, '2024-01-01', '2024-12-31', 7),
				span(2, '2024-10-01', '2025-03-31', 7),
				span(3, '2024-06-01', '2024-06-30', 8)
			],
			'2025-03-31'
		);
		expect(c.doubles.map((d) => [d.a.id, d.b.id, d.from, d.to])).toEqual([[1, 2, '2024-10-01', '2024-12-31']]);
	});

	it('warns of gaps within six months and of a single grant ending within twelve', () => {
		const c = coverage([span(1, '2025-01-01', '2026-12-31'), span(2, '2027-03-01', '2027-12-31')], '2028-06-30');
		expect(warnings(c, '2026-11-26').gapsSoon).toEqual([{ from: '2027-01-01', to: '2027-02-28' }]);
		expect(warnings(c, '2026-11-26').singleEnding?.id).toBe(1);
		expect(warnings(c, '2026-05-01').gapsSoon).toEqual([]);
		expect(warnings(c, '2025-06-01').singleEnding).toBeNull();
		// A gap already open counts too.
		expect(warnings(c, '2027-02-01').gapsSoon).toEqual([{ from: '2027-01-01', to: '2027-02-28' }]);
		// A grant that hands over to the next the day after it ends is no warning.
		const handover = coverage([span(1, '2025-01-01', '2026-12-31'), span(2, '2027-01-01', '2029-12-31')], '2029-12-31');
		expect(warnings(handover, '2026-11-26').singleEnding).toBeNull();
	});

	it('adds months the calendar way', () => {
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
		expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
		expect(addMonths('2026-11-26', 12)).toBe('2027-11-26');
	});
});
