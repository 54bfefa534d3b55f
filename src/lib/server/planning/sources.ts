// Where an indicator's actuals come from. "manual" is typed in; other modules register
// computed sources (attendance, projects...) and the platform keeps their actuals current.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../db';
import { recordChange } from '../audit/service';
import type { Actor } from '../accounts/policy';
import { indicatorPeriods, indicators } from './schema';

export interface ComputedSource {
	id: string;
	/** Validates the parameters sent with the indicator form; returns them to be stored. */
	configure(tx: Executor, districtId: number, values: Record<string, string>): Promise<Record<string, unknown>>;
	/** The actual of one period, and a sentence saying how it was computed. */
	compute(tx: Executor, districtId: number, config: Record<string, unknown>, period: { startsOn: string; endsOn: string }): Promise<{ value: number | null; note: string }>;
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
 * Recomputes the actuals of the district's computed indicators that `affected` picks, writing (and auditing) only the periods whose value changed.
 */
export async function refreshComputed(
	tx: Executor,
	actor: Actor | null,
	districtId: number,
	affected: (indicator: typeof indicators.$inferSelect) => boolean
) {
	const rows = await tx
		.select()
		.from(indicators)
		.where(and(eq(indicators.districtId, districtId), ne(indicators.source, 'manual')));
	const targets = rows.filter((i) => sources.has(i.source) && affected(i));
	if (!targets.length) return;
	const periods = await tx.select().from(indicatorPeriods).where(inArray(indicatorPeriods.indicatorId, targets.map((i) => i.id)));
	for (const indicator of targets) {
		const source = sources.get(indicator.source)!;
		for (const period of periods.filter((p) => p.indicatorId === indicator.id)) {
			const { value, note } = await source.compute(tx, districtId, indicator.sourceConfig, period);
			const actualNumber = value === null ? null : String(Math.round(value * 100) / 100);
			if (actualNumber === period.actualNumber && note === period.actualComment) continue;
			const [after] = await tx
				.update(indicatorPeriods)
				.set({ actualNumber, actualText: null, actualComment: note, version: period.version + 1, updatedAt: new Date() })
				.where(eq(indicatorPeriods.id, period.id))
				.returning();
			await recordChange(tx, actor, districtId, { action: 'compute', entity: 'indicator_period', entityId: period.id, before: period, after });
		}
	}
}
