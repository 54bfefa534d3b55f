// Monitoring on top of the programme. Approval freezes the programme (objectives, indicator
// definitions, targets, texts); the actuals go on as a stream of dated records, kept in
// indicator_actual, whichever way they arrive: the form, a spreadsheet import, a computed
// source or the API all go through `writeActualValues`. The period's own actual columns hold the
// latest record, so every read of "the actual" stays one row.
//
// The planning office closes a period (a label such as "2023") once checked: its actuals are
// locked until it is reopened with a reason. A computed figure of a closed period stays as
// closed; when its records change, the recalculated value is kept beside it for the office.
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { db } from '../db';
import { ValidationError } from '../errors';
import { formatDateTime } from '$lib/format';
import { command, type Actor, type Context, type Origin, type Reader } from '../kernel';
import { closeInput, reopenInput } from './input';
import { refreshComputed } from './sources';
import { indicatorActuals, indicatorPeriods, indicators, periodClosures, planVersions, plans } from './schema';

type Period = typeof indicatorPeriods.$inferSelect;
type Indicator = typeof indicators.$inferSelect;

/** What one monitoring record says. */
export interface ActualValues {
	actualNumber: string | null;
	actualText: string | null;
	actualComment: string;
	evidenceUrl: string | null;
}

const sameActual = (p: ActualValues, v: ActualValues) =>
	p.actualNumber === v.actualNumber &&
	p.actualText === v.actualText &&
	p.actualComment === v.actualComment &&
	p.evidenceUrl === v.evidenceUrl;

/** The closure of the plan's period `label`, if the office closed it. */
export async function closureOf(c: Pick<Context, 'tx'>, planId: number, label: string) {
	const [row] = await c.tx
		.select()
		.from(periodClosures)
		.where(and(eq(periodClosures.planId, planId), eq(periodClosures.label, label)));
	return row ?? null;
}

/** The sentence a refused write on a closed period shows: who closed it, and how to reopen. */
export function closedMessage(closure: { label: string; closedBy: string; closedAt: Date }) {
	return `Il periodo ${closure.label} è chiuso: lo ha chiuso ${closure.closedBy} il ${formatDateTime(closure.closedAt)}. Per modificarlo, riaprilo dalla pagina «Monitoraggio» del piano indicando il motivo.`;
}

/**
 * Writes the period's programme fields (`programme`, already checked by the caller) and its
 * actual (`values`, or null to leave it), as one change of the period on version `version`.
 * A changed actual is refused on a closed period, and kept as a new monitoring record.
 */
export async function writeActualValues(
	c: Context,
	period: Period,
	indicator: Pick<Indicator, 'planId' | 'measure'>,
	values: ActualValues | null,
	options: { version: number | 'any'; programme?: Partial<Period>; origin?: Origin }
) {
	const origin = options.origin ?? c.origin;
	const changed = values !== null && !sameActual(period, values);
	if (changed) {
		const closure = await closureOf(c, indicator.planId, period.label);
		if (closure)
			throw new ValidationError({
				[indicator.measure === 'text' ? 'actualText' : 'actualNumber']: closedMessage(closure)
			});
	}
	const programme = options.programme ?? {};
	if (!changed && !Object.keys(programme).length) {
		// Nothing to change: still a stale form is told, as any edit would be.
		if (typeof options.version === 'number') await c.update(indicatorPeriods, period.id, {}, options);
		return period;
	}
	const recordedAt = new Date();
	const after = await c.update(
		indicatorPeriods,
		period.id,
		{ ...programme, ...(changed ? actualColumns(values, origin, recordedAt) : {}) },
		{ version: options.version, origin, action: origin === 'computed' ? 'compute' : undefined }
	);
	if (changed) await keepRecord(c, period.id, values, origin, recordedAt);
	return after;
}

/** The period's columns for its latest actual (a new actual also settles any recalculated figure). */
export function actualColumns(values: ActualValues, origin: Origin, at: Date) {
	return {
		...values,
		actualOrigin: origin,
		actualAt: at,
		recomputedNumber: null,
		recomputedNote: null,
		recomputedAt: null
	};
}

/** Keeps a monitoring record: the history itself (the period's change is what the audit log tells). */
export async function keepRecord(c: Context, periodId: number, values: ActualValues, origin: Origin, at: Date) {
	await c.tx.insert(indicatorActuals).values({
		districtId: c.districtId,
		periodId,
		actualNumber: values.actualNumber,
		actualText: values.actualText,
		comment: values.actualComment,
		evidenceUrl: values.evidenceUrl,
		origin,
		recordedBy: c.actor?.name ?? 'sistema',
		recordedAt: at
	});
}

/**
 * A computed source's new value for a period: written as any actual while the period is open;
 * on a closed period kept beside the closed figure ("ricalcolato oggi"), or cleared when the
 * records agree with it again.
 */
export async function writeComputed(
	c: Context,
	period: Period,
	indicator: Pick<Indicator, 'planId' | 'measure'>,
	value: { actualNumber: string | null; actualText?: string | null; note: string },
	closed: boolean
) {
	if (!closed) {
		const actual = {
			actualNumber: value.actualNumber,
			actualText: value.actualText ?? null,
			actualComment: value.note
		};
		await writeActualValues(
			c,
			period,
			indicator,
			{ ...actual, evidenceUrl: period.evidenceUrl },
			{
				version: 'any',
				origin: 'computed'
			}
		);
		return;
	}
	const agrees = value.actualNumber === period.actualNumber;
	const recomputed = agrees
		? { recomputedNumber: null, recomputedNote: null, recomputedAt: null }
		: { recomputedNumber: value.actualNumber, recomputedNote: value.note, recomputedAt: new Date() };
	if (period.recomputedNumber === recomputed.recomputedNumber && (agrees || period.recomputedNote === value.note))
		return;
	await c.update(indicatorPeriods, period.id, recomputed, { version: 'any', origin: 'computed', action: 'compute' });
}

// ---- closing and reopening -------------------------------------------------------------

/** The labels of the plan's periods, in the order of their dates. */
async function periodLabels(tx: Context['tx'], planId: number) {
	const rows = await tx
		.selectDistinct({ label: indicatorPeriods.label, startsOn: indicatorPeriods.startsOn })
		.from(indicatorPeriods)
		.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
		.where(eq(indicators.planId, planId))
		.orderBy(asc(indicatorPeriods.startsOn));
	return [...new Set(rows.map((r) => r.label))];
}

/** The planning office closes a period's monitoring once checked: its actuals are then locked. */
export function closePeriod(actor: Actor, planId: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: closeInput, raw: input }, async (c, data) => {
		await c.find(plans, planId);
		if (!(await periodLabels(c.tx, planId)).includes(data.label))
			throw new ValidationError({ label: `Il piano non ha indicatori con un periodo “${data.label}”.` });
		const closed = await closureOf(c, planId, data.label);
		if (closed) throw new ValidationError({ label: closedMessage(closed) });
		return c.create(periodClosures, { planId, label: data.label, closedBy: actor.name, note: data.note });
	});
}

/**
 * Reopens a closed period, with the reason (kept in the audit log). The computed figures of the
 * period then take the recalculated values, if their records changed since the closing.
 */
export function reopenPeriod(actor: Actor, planId: number, input: unknown) {
	return command(actor, { can: 'planning.manage', input: reopenInput, raw: input }, async (c, data) => {
		await c.find(plans, planId);
		const closed = await closureOf(c, planId, data.label);
		if (!closed) throw new ValidationError({ label: `Il periodo ${data.label} non è chiuso.` });
		await c.tx.delete(periodClosures).where(eq(periodClosures.id, closed.id));
		await c.audit(periodClosures, { action: 'reopen', id: closed.id, before: closed, note: data.reason });
		await refreshComputed(c, (i) => i.planId === planId);
		return closed;
	});
}

// ---- reads ---------------------------------------------------------------------------

/** The plan's periods with whether each is closed and how far its monitoring has got. */
export async function monitoringOverview(reader: Reader, planId: number) {
	const [rows, closures] = await Promise.all([
		db()
			.select({
				label: indicatorPeriods.label,
				startsOn: indicatorPeriods.startsOn,
				endsOn: indicatorPeriods.endsOn,
				actualNumber: indicatorPeriods.actualNumber,
				actualText: indicatorPeriods.actualText,
				recomputedNumber: indicatorPeriods.recomputedNumber,
				code: indicators.code,
				indicatorId: indicators.id,
				measure: indicators.measure,
				unit: indicators.unit,
				unitOne: indicators.unitOne
			})
			.from(indicatorPeriods)
			.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
			.where(and(eq(indicators.planId, planId), eq(indicators.districtId, reader.districtId)))
			.orderBy(asc(indicatorPeriods.startsOn), asc(indicators.position), asc(indicators.id)),
		db()
			.select()
			.from(periodClosures)
			.where(and(eq(periodClosures.planId, planId), eq(periodClosures.districtId, reader.districtId)))
	]);
	const labels = [...new Set(rows.map((r) => r.label))];
	return labels.map((label) => {
		const periods = rows.filter((r) => r.label === label);
		return {
			label,
			startsOn: periods.map((p) => p.startsOn).sort()[0],
			endsOn: periods
				.map((p) => p.endsOn)
				.sort()
				.at(-1)!,
			periods: periods.length,
			recorded: periods.filter((p) => p.actualNumber !== null || p.actualText !== null).length,
			closure: closures.find((x) => x.label === label) ?? null,
			recalculated: periods
				.filter((p) => p.recomputedNumber !== null)
				.map((p) => ({
					indicatorId: p.indicatorId,
					code: p.code,
					closed: p.actualNumber,
					recalculated: p.recomputedNumber!,
					measure: p.measure,
					unit: p.unit,
					unitOne: p.unitOne
				}))
		};
	});
}

/** The closures of a plan's periods, by label. */
export async function listClosures(reader: Reader, planId: number) {
	return db()
		.select()
		.from(periodClosures)
		.where(and(eq(periodClosures.planId, planId), eq(periodClosures.districtId, reader.districtId)));
}

/** A period's monitoring records, newest first: who recorded what, when and how. */
export async function actualHistory(reader: Reader, periodIds: number[]) {
	if (!periodIds.length) return [];
	return db()
		.select()
		.from(indicatorActuals)
		.where(and(inArray(indicatorActuals.periodId, periodIds), eq(indicatorActuals.districtId, reader.districtId)))
		.orderBy(desc(indicatorActuals.recordedAt), desc(indicatorActuals.id));
}

/**
 * The monitoring of a plan as it stood at `at`: for each period with a record by then, the
 * latest record (what a document of an approved version shows "as of" a chosen date).
 */
export async function monitoringAsOf(reader: Reader, planId: number, at: Date) {
	const rows = await db()
		.selectDistinctOn([indicatorActuals.periodId], {
			periodId: indicatorActuals.periodId,
			indicatorCode: indicators.code,
			label: indicatorPeriods.label,
			actualNumber: indicatorActuals.actualNumber,
			actualText: indicatorActuals.actualText,
			comment: indicatorActuals.comment,
			evidenceUrl: indicatorActuals.evidenceUrl,
			origin: indicatorActuals.origin,
			recordedBy: indicatorActuals.recordedBy,
			recordedAt: indicatorActuals.recordedAt
		})
		.from(indicatorActuals)
		.innerJoin(indicatorPeriods, eq(indicatorPeriods.id, indicatorActuals.periodId))
		.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
		.where(
			and(
				eq(indicators.planId, planId),
				eq(indicatorActuals.districtId, reader.districtId),
				lte(indicatorActuals.recordedAt, at)
			)
		)
		.orderBy(indicatorActuals.periodId, desc(indicatorActuals.recordedAt), desc(indicatorActuals.id));
	return rows;
}

/**
 * What monitoring an indicator's page shows: whether the programme is frozen (by which
 * version), the closed periods, and each period's records.
 */
export async function indicatorMonitoring(reader: Reader, planId: number, periodIds: number[]) {
	const [[latest], closures, history] = await Promise.all([
		db()
			.select({ number: planVersions.number, status: planVersions.status })
			.from(planVersions)
			.where(and(eq(planVersions.planId, planId), eq(planVersions.districtId, reader.districtId)))
			.orderBy(desc(planVersions.number))
			.limit(1),
		listClosures(reader, planId),
		actualHistory(reader, periodIds)
	]);
	const frozen = latest && ['submitted', 'approved', 'sent'].includes(latest.status) ? latest : null;
	return {
		/** The version whose programme is frozen (with the mayors or approved), or null while drafting. */
		frozen,
		closures: Object.fromEntries(closures.map((x) => [x.label, x])),
		history: Object.fromEntries(periodIds.map((id) => [id, history.filter((h) => h.periodId === id)]))
	};
}
