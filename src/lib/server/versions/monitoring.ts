// The document of an approved version with its monitoring as of a chosen date: the programme
// as the mayors approved it (the frozen snapshot, never written again) with, on each
// indicator's periods, the actuals as they stood at the end of that day in Rome. A period
// with no record by then shows no actual.
import { eq } from 'drizzle-orm';
import { assertCan, type Actor } from '../kernel';
import { NotFoundError, ValidationError } from '../errors';
import { figure, indicatorStatus, italianDate, type PlanDocument } from '../documents';
import {
	aggregatePeriods,
	indicatorProgress,
	indicators,
	listIndicators,
	monitoringAsOf,
	romeToday,
	toNumber,
	type Aggregation,
	type Direction
} from '../planning';
import { romeToInstant } from '$lib/time';
import { isoDate } from '../validation';
import { approvedVersion, type PlanData } from './queries';

/** The field the date is asked in (the versions page's form, the document's address). */
export const AS_OF_FIELD = 'al';

const asOfInput = isoDate('La data del monitoraggio');

/** The day a version was approved: its deliberation's date. */
const approvedOn = (v: { deliberationOn: string | null; snapshot: { takenAt: string } }) =>
	v.deliberationOn ?? romeToday(new Date(v.snapshot.takenAt));

/**
 * Checks the date a document's monitoring is read at: a date, not before the version's
 * approval and not after today (in Rome). Refusals are Italian, by the field.
 */
export function checkAsOfDate(
	version: { number: number; deliberationOn: string | null; snapshot: { takenAt: string } },
	raw: unknown,
	today = romeToday()
): string {
	const parsed = asOfInput.safeParse(typeof raw === 'string' ? raw : '');
	if (!parsed.success) throw new ValidationError({ [AS_OF_FIELD]: parsed.error.issues[0].message });
	const date = parsed.data;
	const from = approvedOn(version);
	if (date < from)
		throw new ValidationError({
			[AS_OF_FIELD]: `La versione ${version.number} è stata approvata il ${italianDate(from)}: scegli una data da quel giorno in poi.`
		});
	if (date > today)
		throw new ValidationError({
			[AS_OF_FIELD]: `La data del monitoraggio non può essere futura: al più tardi oggi, ${italianDate(today)}.`
		});
	return date;
}

/** The last instant of a day in Rome: what was recorded during the day counts. */
export function endOfRomeDay(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
	return new Date(romeToInstant(next, '00:00')!.getTime() - 1);
}

/** The approved version `number`, or "not found" (a version not approved has no document of its own). */
async function approved(actor: Actor, planId: number, number: number) {
	const version = await approvedVersion(actor, planId, number);
	if (!version) throw new NotFoundError('Versione approvata');
	return version;
}

/** The error the versions page shows next to the date, or null when the date is good. */
export async function asOfDateError(actor: Actor, planId: number, number: number, raw: unknown) {
	try {
		checkAsOfDate(await approved(actor, planId, number), raw);
		return null;
	} catch (e) {
		if (e instanceof ValidationError) return e.fields[AS_OF_FIELD] ?? null;
		throw e;
	}
}

type Definition = {
	measure: string;
	unit: string;
	direction: Direction | null;
	baseline: number | null;
	aggregation: Aggregation | null;
	targets: Map<string, number | null>;
};

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

/**
 * Each indicator's definition as the version froze it: its targets and unit from the snapshot;
 * measure, direction, baseline and aggregation from the snapshot too when it kept them (older
 * snapshots did not: then the indicator's definition on the plan, which only a later draft changes).
 */
async function definitions(actor: Actor, planId: number, data: PlanData) {
	const current = new Map((await listIndicators(actor, eq(indicators.planId, planId))).map((i) => [i.code, i]));
	const out = new Map<string, Definition>();
	for (const i of data.objectives.flatMap((o) => o.indicators)) {
		const now = current.get(i.code);
		const measure = i.measure ?? now?.measure ?? 'count';
		out.set(i.code, {
			measure,
			unit: i.unit,
			direction: ((i.direction ?? now?.direction) as Direction | undefined) ?? null,
			baseline:
				i.baseline !== undefined
					? NUMBER.test(i.baseline)
						? Number(i.baseline)
						: null
					: toNumber(now?.baseline ?? null),
			aggregation: ((i.aggregation ?? now?.aggregation) as Aggregation | undefined) ?? null,
			targets: new Map(
				i.periods.map((p) => [p.label, measure !== 'text' && NUMBER.test(p.target) ? Number(p.target) : null])
			)
		});
	}
	return out;
}

/**
 * The document model of approved version `number` with its monitoring as of `rawDate`
 * (checked as `checkAsOfDate` says): the frozen programme, the actuals recorded by the end of
 * that day, the progress computed from them, and on the cover the approval and the date.
 */
export async function monitoringDocument(
	actor: Actor,
	planId: number,
	number: number,
	rawDate: unknown,
	now = new Date()
): Promise<{ model: PlanDocument; date: string }> {
	assertCan(actor, 'planning.read');
	const version = await approved(actor, planId, number);
	const date = checkAsOfDate(version, rawDate, romeToday(now));
	const { model, data } = version.snapshot;
	const [records, defs] = await Promise.all([
		monitoringAsOf(actor, planId, endOfRomeDay(date)),
		definitions(actor, planId, data)
	]);
	const key = (code: string, label: string) => `${code}\u0000${label}`;
	const recordOf = new Map(records.map((r) => [key(r.indicatorCode, r.label), r]));

	// As of a day after the plan's last year, an indicator behind reads "Non raggiunto".
	const concluded = Number(date.slice(0, 4)) > Number(model.years.split('-').at(-1));
	const indicator = (i: PlanDocument['sections'][number]['objectives'][number]['indicators'][number]) => {
		const def = defs.get(i.code);
		const periods = i.periods.map((p) => {
			const r = recordOf.get(key(i.code, p.label));
			const actualNumber = toNumber(r?.actualNumber ?? null);
			const actualText = r?.actualText ?? null;
			return {
				view: { ...p, actual: figure(actualNumber, actualText, def?.measure ?? 'count', def?.unit ?? '') },
				figures: { target: def?.targets.get(p.label) ?? null, actual: actualNumber, actualText }
			};
		});
		const scored =
			def?.direction && def.aggregation
				? indicatorProgress({
						direction: def.direction,
						baseline: def.baseline,
						...aggregatePeriods(
							def.aggregation,
							periods.map((p) => p.figures)
						)
					})
				: null;
		return {
			...i,
			periods: periods.map((p) => p.view),
			progress: scored?.ratio ?? null,
			status: scored ? indicatorStatus(scored.status, concluded) : (i.status ?? null)
		};
	};
	const approval = `Programma approvato il ${italianDate(approvedOn(version))}${
		version.deliberationNumber ? ` (deliberazione n. ${version.deliberationNumber})` : ''
	}; monitoraggio al ${italianDate(date)}`;
	return {
		date,
		model: {
			...model,
			status: `Versione ${version.number} · ${approval}`,
			generatedOn: italianDate(now),
			sections: model.sections.map((s) => ({
				...s,
				objectives: s.objectives.map((o) => ({ ...o, indicators: o.indicators.map(indicator) }))
			}))
		}
	};
}
