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

/**
 * A plan is over when it is closed or its last year has passed (`today` is YYYY-MM-DD in Rome).
 * Its statuses stay what they are, but their words change where time has run out: an
 * indicator "behind" (In ritardo) in a running plan reads "not achieved" (Non raggiunto) in a
 * concluded one (StatusBadge's `concluded`), a phase not done reads "Non completata" (phases.ts).
 */
export function planConcluded(plan: { status: string; endYear: number }, today: string): boolean {
	return plan.status === 'closed' || plan.endYear < Number(today.slice(0, 4));
}

export function indicatorProgress(f: Figures): Progress {
	if (f.actual === null && f.actualText) return { ratio: null, status: 'no_score' };
	if (f.actual === null || f.target === null) return { ratio: null, status: 'no_data' };
	const { actual, target, direction } = f;
	if (direction === 'none') return { ratio: null, status: 'monitored' };

	if (direction === 'higher') {
		const baseline = f.baseline ?? 0;
		const span = target - baseline;
		if (Math.abs(span) < EPSILON)
			return { ratio: null, status: actual >= target ? (actual > target ? 'over' : 'achieved') : 'behind' };
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

/**
 * Adds the periods of an indicator up as its `aggregation` says, to date: targets count only
 * for the periods that have an actual, so a plan on schedule is not "behind" until its last
 * year. `latest` compares the actual and the target of the same (last reported) period.
 * With nothing reported yet, the whole target is shown with no actual. Periods in date order.
 */
export function aggregatePeriods(
	aggregation: Aggregation,
	periods: PeriodFigures[]
): { target: number | null; actual: number | null; actualText: string | null } {
	const numbers = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
	const combine = (values: number[]) =>
		values.length === 0 ? null : aggregation === 'average' ? sum(values) / values.length : sum(values);
	const lastText = [...periods].reverse().find((p) => p.actual === null && p.actualText)?.actualText ?? null;
	if (aggregation === 'latest') {
		const last = [...periods].reverse().find((p) => p.actual !== null || p.actualText);
		if (!last) return { target: numbers(periods.map((p) => p.target)).at(-1) ?? null, actual: null, actualText: null };
		return { target: last.target, actual: last.actual, actualText: last.actual === null ? last.actualText : null };
	}
	const reported = periods.filter((p) => p.actual !== null);
	if (reported.length === 0)
		return { target: combine(numbers(periods.map((p) => p.target))), actual: null, actualText: lastText };
	return {
		target: combine(numbers(reported.map((p) => p.target))),
		actual: combine(numbers(reported.map((p) => p.actual))),
		actualText: null
	};
}

function sum(values: number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
