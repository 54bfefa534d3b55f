// Reads of the exchange: the plan's indicators as XLSX and CSV (UTF-8 with BOM and ";", as
// Italian Excel expects), and the person's uploaded files with their check.
import { and, asc, desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { NotFoundError } from '../errors';
import { indicatorPeriods, indicators, objectives, plans, toNumber } from '../planning';
import { toCsv, type Cell } from '../csv';
import { latestFile } from '../generation';
import { toXlsx } from '../tables';
import { COLUMNS, KINDS, MEASURES } from './columns';
import type { ImportOutcome } from './import';
import { importJobs } from './schema';

/** One row per indicator and period, in the order of the plan. */
async function exportRows(actor: Pick<Actor, 'districtId'>, planId: number): Promise<Cell[][]> {
	const rows = await db()
		.select({ objective: objectives, indicator: indicators, period: indicatorPeriods })
		.from(indicators)
		.innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
		.leftJoin(indicatorPeriods, eq(indicatorPeriods.indicatorId, indicators.id))
		.where(and(eq(indicators.districtId, actor.districtId), eq(indicators.planId, planId)))
		.orderBy(
			asc(objectives.position),
			asc(objectives.id),
			asc(indicators.position),
			asc(indicators.id),
			asc(indicatorPeriods.startsOn)
		);
	return rows.map(({ objective: o, indicator: i, period: p }) => [
		o.code,
		i.code,
		i.name,
		KINDS[i.kind],
		MEASURES[i.measure],
		i.unit,
		p?.label ?? '',
		p?.startsOn ?? '',
		p?.endsOn ?? '',
		p ? toNumber(p.target) : null,
		p?.targetText ?? '',
		p ? toNumber(p.actualNumber) : null,
		p?.actualText ?? '',
		p?.actualComment ?? ''
	]);
}

export async function indicatorsXlsx(actor: Actor, planId: number): Promise<Buffer> {
	assertCan(actor, 'planning.read');
	await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	return toXlsx([[...COLUMNS], ...(await exportRows(actor, planId))], {
		sheet: 'Indicatori',
		widths: [10, 14, 50, 10, 12, 14, 10, 12, 12, 10, 24, 10, 24, 40]
	});
}

export async function indicatorsCsv(actor: Actor, planId: number): Promise<string> {
	assertCan(actor, 'planning.read');
	await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const rows = (await exportRows(actor, planId)).map((r) =>
		r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c))
	);
	return toCsv([[...COLUMNS], ...rows]);
}

/** One of the actor's own uploaded files (nobody else's). */
export async function ownJob(actor: Actor, id: number) {
	const [job] = await db()
		.select()
		.from(importJobs)
		.where(
			and(eq(importJobs.id, id), eq(importJobs.districtId, actor.districtId), eq(importJobs.userId, actor.userId))
		);
	if (!job) throw new NotFoundError('Importazione');
	return job;
}

/**
 * An uploaded file with its check: the dry run made in the background (see generators.ts),
 * what applying it would change or why it cannot be applied, and the apply under way.
 */
export async function previewImport(actor: Actor, id: number) {
	assertCan(actor, 'planning.recordActual');
	const job = await ownJob(actor, id);
	const [earlier] = await db()
		.select({ appliedAt: importJobs.appliedAt })
		.from(importJobs)
		.where(
			and(
				eq(importJobs.districtId, actor.districtId),
				eq(importJobs.planId, job.planId),
				eq(importJobs.sha256, job.sha256),
				eq(importJobs.status, 'applied')
			)
		)
		.orderBy(desc(importJobs.appliedAt))
		.limit(1);
	const check = job.status === 'applied' ? null : await latestFile(actor, 'import-check', { import: id });
	const applying = job.status === 'applied' ? null : await latestFile(actor, 'import-apply', { import: id });
	const { bytes: _, ...meta } = job;
	const bare = <T extends { json: unknown }>(f: T | null) => (f ? (({ json: __, ...rest }) => rest)(f) : null);
	return {
		job: meta,
		check: bare(check),
		outcome: (check?.json as ImportOutcome | null) ?? null,
		applying: applying?.status === 'done' ? null : bare(applying),
		appliedBefore: earlier?.appliedAt ?? null
	};
}

/** The person's recent imports for a plan: files wait here until applied. */
export async function listImports(actor: Actor, planId: number) {
	assertCan(actor, 'planning.recordActual');
	return db()
		.select({
			id: importJobs.id,
			fileName: importJobs.fileName,
			status: importJobs.status,
			createdAt: importJobs.createdAt,
			appliedAt: importJobs.appliedAt,
			result: importJobs.result
		})
		.from(importJobs)
		.where(
			and(
				eq(importJobs.districtId, actor.districtId),
				eq(importJobs.planId, planId),
				eq(importJobs.userId, actor.userId)
			)
		)
		.orderBy(desc(importJobs.createdAt))
		.limit(20);
}
