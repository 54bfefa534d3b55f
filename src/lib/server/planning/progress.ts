// Indicator achievement as domain.md defines it: direction-aware, over-achievement kept as
// its own state, text actuals have no score, missing figures are "no data".
import type { Aggregation, Direction } from './schema';

export type ProgressStatus = 'achieved' | 'close' | 'behind' | 'over' | 'no_data' | 'no_score' | 'monitored';

export interface Progress {
	/** (actual - baseline) / (target - baseline), direction-aware; null when it has no meaning. */
	ratio: number | null;
	status: ProgressStatus;
}

/** "Close" means short of the target by at most this share of the way. */
export const CLOSE_MARGIN = 0.15;
const EPSILON = 1e-9;

export interface Figures {
	direction: Direction;
	baseline: number | null;
	target: number | null;
	actual: number | null;
	actualText?: string | null;
}

function classify(ratio: number): ProgressStatus {
	if (ratio > 1 + EPSILON) return 'over';
	if (ratio >= 1 - EPSILON) return 'achieved';
	if (ratio >= 1 - CLOSE_MARGIN - EPSILON) return 'close';
	return 'behind';
}

export function indicatorProgress(f: Figures): Progress {
	if (f.actual === null && f.actualText) return { ratio: null, status: 'no_score' };
	if (f.actual === null || f.target === null) return { ratio: null, status: 'no_data' };
	const { actual, target, direction } = f;
	if (direction === 'none') return { ratio: null, status: 'monitored' };

	if (direction === 'higher') {
		const baseline = f.baseline ?? 0;
		const span = target - baseline;
		if (Math.abs(span) < EPSILON) return { ratio: null, status: actual >= target ? (actual > target ? 'over' : 'achieved') : 'behind' };
		return { ratio: (actual - baseline) / span, status: classify((actual - baseline) / span) };
	}

	// Lower is better. With a baseline the distance travelled from it counts; without one the
	// target is compared with the actual directly (baseline 0 would reward increases).
	if (f.baseline !== null && Math.abs(f.baseline - target) > EPSILON) {
		const ratio = (f.baseline - actual) / (f.baseline - target);
		return { ratio, status: classify(ratio) };
	}
	if (Math.abs(actual - target) < EPSILON) return { ratio: 1, status: 'achieved' };
	if (actual < target) return { ratio: actual > EPSILON ? target / actual : null, status: 'over' };
	const ratio = target / actual;
	return { ratio, status: classify(ratio) };
}

export interface PeriodFigures {
	target: number | null;
	actual: number | null;
	actualText: string | null;
}

/** Adds the periods of an indicator up as its `aggregation` says. Periods in date order. */
export function aggregatePeriods(
	aggregation: Aggregation,
	periods: PeriodFigures[]
): { target: number | null; actual: number | null; actualText: string | null } {
	const targets = periods.map((p) => p.target).filter((v): v is number => v !== null);
	const actuals = periods.map((p) => p.actual).filter((v): v is number => v !== null);
	const lastText = [...periods].reverse().find((p) => p.actual === null && p.actualText)?.actualText ?? null;
	const target = targets.length === 0 ? null : aggregation === 'sum' ? sum(targets) : aggregation === 'average' ? sum(targets) / targets.length : targets[targets.length - 1];
	let actual: number | null;
	if (aggregation === 'latest') {
		const last = [...periods].reverse().find((p) => p.actual !== null || p.actualText);
		actual = last?.actual ?? null;
		return { target, actual, actualText: actual === null ? (last?.actualText ?? null) : null };
	}
	actual = actuals.length === 0 ? null : aggregation === 'sum' ? sum(actuals) : sum(actuals) / actuals.length;
	return { target, actual, actualText: actual === null ? lastText : null };
}

function sum(values: number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
