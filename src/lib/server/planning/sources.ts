// Where an indicator's actuals come from. "manual" is typed in; other modules register
// computed sources (attendance, projects...) and the platform keeps their actuals current.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../db';
import type { Context } from '../kernel';
import { indicatorPeriods, indicators, periodClosures } from './schema';
import { writeComputed } from './monitoring';

export interface ComputedSource {
	id: string;
	/** Validates the parameters sent with the indicator form; returns them to be stored. */
	configure(tx: Executor, districtId: number, values: Record<string, string>): Promise<Record<string, unknown>>;
	/**
	 * The actual of one period, and a sentence saying how it was computed. `text`: the figure
	 * in words where there is no number yet (agreements "In definizione"), with `value` null.
	 */
	compute(
		tx: Executor,
		districtId: number,
		config: Record<string, unknown>,
		period: { startsOn: string; endsOn: string }
	): Promise<{ value: number | null; note: string; text?: string }>;
	/** Where a reader can see the records behind the figure. */
	link(districtSlug: string, config: Record<string, unknown>): string;
}

const sources = new Map<string, ComputedSource>();

export function registerSource(source: ComputedSource) {
	sources.set(source.id, source);
}

export function computedSource(id: string): ComputedSource | undefined {
	return sources.get(id);
}

/**
 * Recomputes the actuals of the district's computed indicators that `affected` picks, inside
 * the command `c`, writing (and auditing) only the periods whose value changed (on a closed
 * period, beside the closed figure: see monitoring.ts). An indicator
 * whose source no module registered is an error: its figure would silently stop moving.
 */
export async function refreshComputed(c: Context, affected: (indicator: typeof indicators.$inferSelect) => boolean) {
	const rows = await c.tx
		.select()
		.from(indicators)
		.where(and(eq(indicators.districtId, c.districtId), ne(indicators.source, 'manual')));
	const targets = rows.filter(affected);
	if (!targets.length) return;
	const periods = await c.tx
		.select()
		.from(indicatorPeriods)
		.where(
			inArray(
				indicatorPeriods.indicatorId,
				targets.map((i) => i.id)
			)
		);
	const closures = await c.tx
		.select({ planId: periodClosures.planId, label: periodClosures.label })
		.from(periodClosures)
		.where(inArray(periodClosures.planId, [...new Set(targets.map((i) => i.planId))]));
	const closed = new Set(closures.map((x) => `${x.planId}|${x.label}`));
	for (const indicator of targets) {
		const source = sources.get(indicator.source);
		if (!source)
			throw new Error(
				`Fonte di calcolo non registrata: ${indicator.source} (indicatore ${indicator.code}); manca in modules.ts?`
			);
		for (const period of periods.filter((p) => p.indicatorId === indicator.id)) {
			const { value, note, text } = await source.compute(c.tx, c.districtId, indicator.sourceConfig, period);
			const actualNumber = value === null ? null : String(Math.round(value * 100) / 100);
			await writeComputed(
				c,
				period,
				indicator,
				{ actualNumber, actualText: value === null ? (text ?? null) : null, note },
				closed.has(`${indicator.planId}|${period.label}`)
			);
		}
	}
}
