// Data-quality checks of a plan's monitoring, as DHIS2 runs its validation rules: each rule
// looks at an indicator's periods and lists the cases to check, with a sentence saying what
// is wrong and a link to the indicator's page where it is fixed. Nothing is refused: a
// percentage above 100 may be right, but someone should look at it.
//
// The rules (a period "has ended" when its end date is before today in Europe/Rome):
// - over_100: the actual of a percentage indicator is above 100;
// - outlier: the actual is more than three times, or less than a third of, the mean of the
//   numeric actuals of the indicator's earlier periods (by start date), when there are at
//   least two of them and their mean is above zero (a ratio to zero says nothing). One rule,
//   the same for few periods and many: plans have three to five periods, too few for a
//   standard deviation to mean much;
// - missing_actual: the period has ended and has no actual (neither a number nor a text);
// - missing_target: the period has no target (neither a number nor a text), whatever the measure;
// - text_actual: a numeric indicator's period has ended with a text actual ("in definizione").
// Periods of a closed plan, and closed periods, still count: the figures stay in the documents.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import type { Reader } from '../kernel';
import { formatDate, formatValue, todayInRome } from '$lib/format';
import { indicatorPeriods, indicators, objectives, periodClosures, plans } from './schema';
import { ownerNames, ownerValue, type OwnerView } from './owners';

export const QUALITY_KINDS = ['over_100', 'outlier', 'missing_actual', 'missing_target', 'text_actual'] as const;
export type QualityKind = (typeof QUALITY_KINDS)[number];

/** How far from the earlier periods' mean an actual may go (times, or a fraction) before it is checked. */
export const OUTLIER_FACTOR = 3;

type Indicator = typeof indicators.$inferSelect;
type Period = typeof indicatorPeriods.$inferSelect;

/** One case to check, as the rules find it in an indicator's periods. */
export interface Finding {
	kind: QualityKind;
	period: Pick<Period, 'id' | 'label' | 'startsOn' | 'endsOn'>;
	message: string;
}

const number = (s: string | null) => (s === null ? null : Number(s));

/**
 * The cases of one indicator, by the rules above, in the order of its periods (sorted here by
 * start date). `today` is a date of Europe/Rome, YYYY-MM-DD.
 */
export function checkIndicator(
	indicator: Pick<Indicator, 'measure' | 'unit' | 'unitOne'>,
	periods: Period[],
	today: string
): Finding[] {
	const sorted = [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id);
	const value = (n: number) => formatValue(n, indicator.measure, indicator.unit, indicator.unitOne);
	const found: Finding[] = [];
	for (const p of sorted) {
		const at = { id: p.id, label: p.label, startsOn: p.startsOn, endsOn: p.endsOn };
		const add = (kind: QualityKind, message: string) => found.push({ kind, period: at, message });
		const actual = number(p.actualNumber);
		const ended = p.endsOn < today;
		if (indicator.measure === 'percentage' && actual !== null && actual > 100)
			add(
				'over_100',
				`Il valore raggiunto nel periodo ${p.label} è ${value(actual)}: una percentuale non supera il 100%. Controllare che non sia stato inserito un numero assoluto.`
			);
		if (actual !== null) {
			const earlier = sorted.filter((e) => e.startsOn < p.startsOn && e.actualNumber !== null);
			const mean = earlier.reduce((sum, e) => sum + Number(e.actualNumber), 0) / (earlier.length || 1);
			const high = actual > OUTLIER_FACTOR * mean;
			const low = actual < mean / OUTLIER_FACTOR;
			if (earlier.length >= 2 && mean > 0 && (high || low))
				add(
					'outlier',
					`Nel periodo ${p.label}: ${value(actual)} contro una media di ${value(Math.round(mean * 100) / 100)} nei periodi precedenti (${earlier.map((e) => e.label).join(', ')}), ${high ? 'più del triplo' : 'meno di un terzo'}. Controllare che non sia un errore di battitura o di unità di misura.`
				);
		}
		if (ended && actual === null && p.actualText === null)
			add(
				'missing_actual',
				`Il periodo ${p.label} è terminato il ${formatDate(p.endsOn)} e il valore raggiunto non è stato inserito.`
			);
		if (p.target === null && p.targetText === null)
			add('missing_target', `Il periodo ${p.label} non ha un valore atteso.`);
		if (indicator.measure !== 'text' && ended && p.actualText !== null)
			add(
				'text_actual',
				`Il periodo ${p.label} è terminato il ${formatDate(p.endsOn)} e il valore raggiunto è un testo («${p.actualText}»): l’indicatore si misura con un numero.`
			);
	}
	return found;
}

/** One case of a plan, with what the page needs to show and reach it. */
export interface QualityCase extends Finding {
	indicator: { id: number; code: string; name: string };
	/** The period is closed: it must be reopened (from the plan's Monitoraggio page) to fix it. */
	closed: boolean;
	owner: OwnerView | null;
	/** The indicator's staff page, at the period. */
	href: string;
}

/**
 * The cases to check of a plan, grouped by kind (every kind, with its count), in the order of
 * the plan's objectives and indicators. `district` is the district's slug, for the links.
 */
export async function planQuality(reader: Reader, planId: number, options: { district: string; now?: Date }) {
	await findOwned(db(), plans, reader.districtId, planId, 'Piano');
	const today = todayInRome(options.now ?? new Date());
	const rows = await db()
		.select({ indicator: indicators })
		.from(indicators)
		.innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
		.where(and(eq(indicators.planId, planId), eq(indicators.districtId, reader.districtId)))
		.orderBy(asc(objectives.position), asc(objectives.id), asc(indicators.position), asc(indicators.id));
	const list = rows.map((r) => r.indicator);
	const [periods, closures, owners] = await Promise.all([
		list.length
			? db()
					.select()
					.from(indicatorPeriods)
					.where(
						inArray(
							indicatorPeriods.indicatorId,
							list.map((i) => i.id)
						)
					)
			: [],
		db()
			.select({ label: periodClosures.label })
			.from(periodClosures)
			.where(and(eq(periodClosures.planId, planId), eq(periodClosures.districtId, reader.districtId))),
		ownerNames(reader, list)
	]);
	const closed = new Set(closures.map((x) => x.label));
	const cases: QualityCase[] = list.flatMap((i) =>
		checkIndicator(
			i,
			periods.filter((p) => p.indicatorId === i.id),
			today
		).map((f) => ({
			...f,
			indicator: { id: i.id, code: i.code, name: i.name },
			closed: closed.has(f.period.label),
			owner: owners.get(ownerValue(i.ownerKind, i.ownerId)) ?? null,
			href: `/gestione/${options.district}/indicatori/${i.id}#periodo-${f.period.id}`
		}))
	);
	return {
		total: cases.length,
		groups: QUALITY_KINDS.map((kind) => {
			const of = cases.filter((c) => c.kind === kind);
			return { kind, count: of.length, cases: of };
		})
	};
}
