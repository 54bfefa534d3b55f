// Indicators with their targets and achieved values as a table: exported as XLSX and CSV
// (UTF-8 with BOM and ";", as Italian Excel expects), and imported back with a preview. Every
// row is checked and errors are listed by row and column; nothing is applied until the whole
// file is valid, and then everything is applied in one transaction. The same file twice
// changes nothing the second time. The preview is the import itself, rolled back.
import { assertCan, type Actor } from '../kernel/access';
import { and, asc, desc, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { indicatorPeriods, indicators, objectives, plans } from '../planning/schema';
import { addIndicator, insertPeriod, toNumber, writeActual } from '../planning/service';
import { parseItalianNumber } from '../validation';
import { toCsv, type Cell } from '../csv';
import { latestFile, nextTurn, registerGenerator } from '../generation/service';
import { readTable, toXlsx, unprotect } from '../tables';
import { importJobs } from './schema';

export const COLUMNS = ['Obiettivo', 'Codice indicatore', 'Indicatore', 'Tipo', 'Misura', 'Unità', 'Periodo', 'Inizio', 'Fine', 'Atteso', 'Atteso (testo)', 'Realizzato', 'Realizzato (testo)', 'Nota sul realizzato'] as const;
type Column = (typeof COLUMNS)[number];

const KINDS: Record<string, string> = { output: 'output', process: 'processo', outcome: 'esito' };
const MEASURES: Record<string, string> = { count: 'numero', percentage: 'percentuale', score: 'punteggio', hours: 'ore', text: 'testo' };
const reverse = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const KIND_OF = reverse(KINDS);
const MEASURE_OF = reverse(MEASURES);

// ---- export -------------------------------------------------------------------------------

/** One row per indicator and period, in the order of the plan. */
async function exportRows(districtId: number, planId: number): Promise<Cell[][]> {
	const rows = await db()
		.select({ objective: objectives, indicator: indicators, period: indicatorPeriods })
		.from(indicators)
		.innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
		.leftJoin(indicatorPeriods, eq(indicatorPeriods.indicatorId, indicators.id))
		.where(and(eq(indicators.districtId, districtId), eq(indicators.planId, planId)))
		.orderBy(asc(objectives.position), asc(objectives.id), asc(indicators.position), asc(indicators.id), asc(indicatorPeriods.startsOn));
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
	return toXlsx([[...COLUMNS], ...(await exportRows(actor.districtId, planId))], { sheet: 'Indicatori', widths: [10, 14, 50, 10, 12, 14, 10, 12, 12, 10, 24, 10, 24, 40] });
}

export async function indicatorsCsv(actor: Actor, planId: number): Promise<string> {
	assertCan(actor, 'planning.read');
	await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const rows = (await exportRows(actor.districtId, planId)).map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)));
	return toCsv([[...COLUMNS], ...rows]);
}

// ---- import -------------------------------------------------------------------------------

export interface RowError {
	/** The line in the file (1 is the header); 0 for the file as a whole. */
	row: number;
	column?: Column;
	message: string;
}
export interface ImportOutcome {
	changes: { row: number; text: string }[];
	errors: RowError[];
	notice?: string;
	counts: { actuals: number; indicators: number; periods: number };
}

/** Service fields named as the columns of the file. */
const FIELD_COLUMN: Record<string, Column> = {
	code: 'Codice indicatore',
	name: 'Indicatore',
	kind: 'Tipo',
	measure: 'Misura',
	unit: 'Unità',
	label: 'Periodo',
	startsOn: 'Inizio',
	endsOn: 'Fine',
	target: 'Atteso',
	targetText: 'Atteso (testo)',
	actualNumber: 'Realizzato',
	actualText: 'Realizzato (testo)',
	actualComment: 'Nota sul realizzato'
};

class DryRun extends Error {}

/** Checks and (unless `apply` is false) applies a table of indicators to a plan. */
/** `progress` hears the share of rows done (the check of 20,000 rows takes minutes). */
export async function runImport(
	actor: Actor,
	planId: number,
	fileName: string,
	bytes: Uint8Array,
	apply: boolean,
	executor?: Executor,
	progress?: (fraction: number) => void
): Promise<ImportOutcome> {
	assertCan(actor, 'planning.recordActual');
	const { rows, notice } = await readTable(fileName, bytes);
	const outcome: ImportOutcome = { changes: [], errors: [], notice, counts: { actuals: 0, indicators: 0, periods: 0 } };
	const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
	const index = new Map<Column, number>();
	for (const c of COLUMNS) {
		const at = header.indexOf(c.toLowerCase());
		if (at < 0) outcome.errors.push({ row: 1, column: c, message: `Manca la colonna «${c}».` });
		else index.set(c, at);
	}
	header.forEach((h, i) => {
		if (h && !COLUMNS.some((c) => c.toLowerCase() === h)) outcome.errors.push({ row: 1, message: `La colonna «${rows[0][i].trim()}» non è prevista: toglierla o rinominarla (colonne attese: ${COLUMNS.join(', ')}).` });
	});
	if (rows.length < 2) outcome.errors.push({ row: 0, message: 'Il file non contiene righe di dati sotto l’intestazione.' });
	if (outcome.errors.length) return outcome;

	const work = async (tx: Executor) => {
		await findOwned(tx, plans, actor.districtId, planId, 'Piano');
		const planObjectives = new Map((await tx.select().from(objectives).where(eq(objectives.planId, planId))).map((o) => [o.code.toUpperCase(), o]));
		const planIndicators = new Map((await tx.select().from(indicators).where(eq(indicators.planId, planId))).map((i) => [i.code.toUpperCase(), i]));
		const seen = new Map<string, number>();
		for (let r = 1; r < rows.length; r++) {
			const line = r + 1;
			if (progress && r % 50 === 0) (progress(r / rows.length), await nextTurn());
			if (rows[r].every((c) => String(c).trim() === '')) continue; // a blank row
			const cell = (c: Column) => unprotect((rows[r][index.get(c)!] ?? '').trim());
			const rowErrors: RowError[] = [];
			const number = (c: Column) => {
				const n = parseItalianNumber(cell(c));
				if (n !== null && Number.isNaN(n)) rowErrors.push({ row: line, column: c, message: 'deve essere un numero (es. 120 oppure 12,5).' });
				return n;
			};
			const code = cell('Codice indicatore');
			const label = cell('Periodo');
			const values = { target: number('Atteso'), targetText: cell('Atteso (testo)'), actualNumber: number('Realizzato'), actualText: cell('Realizzato (testo)'), actualComment: cell('Nota sul realizzato') };
			if (!code) rowErrors.push({ row: line, column: 'Codice indicatore', message: 'il codice dell’indicatore è obbligatorio.' });
			const key = `${code.toUpperCase()}|${label}`;
			if (code && seen.has(key)) rowErrors.push({ row: line, column: 'Periodo', message: `l’indicatore ${code}${label ? ` per il periodo ${label}` : ''} è già alla riga ${seen.get(key)}.` });
			seen.set(key, line);
			if (rowErrors.length) {
				outcome.errors.push(...rowErrors);
				continue;
			}
			const effects: (() => void)[] = [];
			try {
				// Each row in a savepoint: a refused row leaves no trace, the others go on.
				await (tx as { transaction: <T>(f: (t: Executor) => Promise<T>) => Promise<T> }).transaction(async (rowTx) => {
					let indicator = planIndicators.get(code.toUpperCase());
					if (!indicator) {
						if (!(actor.role === 'admin')) throw new ForbiddenError('Solo l’Ufficio di Piano può aggiungere indicatori.');
						const objective = planObjectives.get(cell('Obiettivo').toUpperCase());
						if (!objective) throw new ValidationError({ objective: `l’obiettivo «${cell('Obiettivo')}» non è di questo piano: per un indicatore nuovo indicare il codice di un obiettivo esistente.` });
						const kind = KIND_OF[cell('Tipo').toLowerCase()];
						const measure = MEASURE_OF[cell('Misura').toLowerCase()];
						if (!kind) throw new ValidationError({ kind: `scrivere output, processo oppure esito.` });
						if (!measure) throw new ValidationError({ measure: `scrivere ${Object.values(MEASURES).join(', ')}.` });
						const created = await addIndicator(rowTx, actor, objective.id, { code, name: cell('Indicatore'), kind, measure, unit: cell('Unità'), direction: measure === 'text' ? 'none' : 'higher', aggregation: 'sum', source: 'manual', public: 'on' });
						indicator = created;
						effects.push(() => {
							planIndicators.set(code.toUpperCase(), created);
							outcome.counts.indicators++;
							outcome.changes.push({ row: line, text: `Nuovo indicatore ${code}: ${created.name} (obiettivo ${objective.code})` });
						});
					}
					if (!label) return;
					const [period] = await rowTx.select().from(indicatorPeriods).where(and(eq(indicatorPeriods.indicatorId, indicator.id), eq(indicatorPeriods.label, label)));
					if (!period) {
						await insertPeriod(rowTx, actor, indicator.id, { label, startsOn: cell('Inizio'), endsOn: cell('Fine'), ...stringify(values) });
						effects.push(() => {
							outcome.counts.periods++;
							outcome.changes.push({ row: line, text: `${code}: nuovo periodo ${label}` });
						});
						return;
					}
					if (toNumber(period.target) !== values.target || (period.targetText ?? '') !== values.targetText) {
						throw new ValidationError({ target: `il valore atteso del periodo ${label} è ${period.target ?? period.targetText ?? 'vuoto'} nella piattaforma: non si modifica con l’importazione, ma nella pagina dell’indicatore.` });
					}
					const before = { n: toNumber(period.actualNumber), t: period.actualText ?? '', c: period.actualComment };
					if (before.n === values.actualNumber && before.t === values.actualText && before.c === values.actualComment) return;
					if (indicator.source !== 'manual') throw new ValidationError({ actualNumber: 'questo indicatore è calcolato dalla piattaforma: il suo valore realizzato non si importa.' });
					await writeActual(rowTx, actor, period.id, period.version, { ...stringify(values), evidenceUrl: period.evidenceUrl ?? '' });
					effects.push(() => outcome.counts.actuals++);
					const show = (n: number | null, t: string) => (n !== null ? String(n).replace('.', ',') : t || '—');
					const what = before.n === values.actualNumber && before.t === values.actualText ? 'nota aggiornata' : `realizzato ${show(before.n, before.t)} → ${show(values.actualNumber, values.actualText)}`;
					effects.push(() => outcome.changes.push({ row: line, text: `${code} · ${label}: ${what}` }));
				});
				effects.forEach((apply) => apply());
			} catch (e) {
				if (e instanceof ValidationError) {
					for (const [field, message] of Object.entries(e.fields)) outcome.errors.push({ row: line, column: FIELD_COLUMN[field] ?? (field === 'objective' ? 'Obiettivo' : undefined), message: lowerFirst(message) });
				} else if (e instanceof ForbiddenError || e instanceof NotFoundError) outcome.errors.push({ row: line, message: lowerFirst(e.message) });
				else throw e;
			}
		}
		if (!apply || outcome.errors.length) throw new DryRun();
	};
	try {
		await (executor ? work(executor) : db().transaction(work));
	} catch (e) {
		if (!(e instanceof DryRun)) throw e;
	}
	if (apply && outcome.errors.length) outcome.counts = { actuals: 0, indicators: 0, periods: 0 };
	return outcome;
}

/** Numbers written back as the services read them: with a decimal comma ("2.125" would be 2125). */
const italian = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const stringify = (v: { target: number | null; targetText: string; actualNumber: number | null; actualText: string; actualComment: string }) => ({
	target: italian(v.target),
	targetText: v.targetText,
	actualNumber: italian(v.actualNumber),
	actualText: v.actualText,
	actualComment: v.actualComment
});
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// ---- import jobs: the file waits with its preview until applied ----------------------------

/** The person's uploaded file named by `params.import`, still waiting to be applied. */
async function notApplied(actor: Actor, params: Record<string, string | number>) {
	assertCan(actor, 'planning.recordActual');
	const job = await ownJob(actor, Number(params.import));
	if (job.status === 'applied') throw new ValidationError({ _form: 'Questo file è già stato applicato.' });
	return job;
}

const json = (value: unknown) => ({ bytes: Buffer.from(JSON.stringify(value)), fileName: 'importazione.json', contentType: 'application/json' });

/** The check of an uploaded file (a dry run of the import), made in the background. Params: import (id). */
registerGenerator('import-check', {
	listed: false,
	prepare: async (actor, params) => `Controllo di ${(await notApplied(actor, params)).fileName}`,
	async make(actor, params, progress) {
		const job = await ownJob(actor, Number(params.import));
		progress(0, 'Controllo delle righe');
		return json(await runImport(actor, job.planId, job.fileName, job.bytes, false, undefined, (f) => progress(f, 'Controllo delle righe')));
	}
});

/** Applying an uploaded file, in the background. Params: import (id). */
registerGenerator('import-apply', {
	listed: false,
	prepare: async (actor, params) => `Applicazione di ${(await notApplied(actor, params)).fileName}`,
	async make(actor, params, progress) {
		progress(0, 'Applicazione delle modifiche');
		return json(await applyImport(actor, Number(params.import), (f) => progress(f, 'Applicazione delle modifiche')));
	}
});

export async function createImport(actor: Actor, planId: number, file: File | null) {
	assertCan(actor, 'planning.recordActual');
	if (!file || file.size === 0) throw new ValidationError({ file: 'Scegliere un file .xlsx o .csv.' });
	const bytes = new Uint8Array(await file.arrayBuffer());
	await readTable(file.name, bytes); // refuses unreadable files now, with the reason
	await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const [job] = await db()
		.insert(importJobs)
		.values({ districtId: actor.districtId, planId, userId: actor.userId, fileName: file.name.length > 200 ? file.name.slice(0, 190) + file.name.slice(file.name.lastIndexOf('.')) : file.name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: Buffer.from(bytes) })
		.returning({ id: importJobs.id });
	return job;
}

async function ownJob(actor: Actor, id: number) {
	const [job] = await db().select().from(importJobs).where(and(eq(importJobs.id, id), eq(importJobs.districtId, actor.districtId), eq(importJobs.userId, actor.userId)));
	if (!job) throw new NotFoundError('Importazione');
	return job;
}

/**
 * An uploaded file with its check: the dry run made in the background (see the generators
 * below), what applying it would change or why it cannot be applied, and the apply under way.
 */
export async function previewImport(actor: Actor, id: number) {
	assertCan(actor, 'planning.recordActual');
	const job = await ownJob(actor, id);
	const [earlier] = await db()
		.select({ appliedAt: importJobs.appliedAt })
		.from(importJobs)
		.where(and(eq(importJobs.districtId, actor.districtId), eq(importJobs.planId, job.planId), eq(importJobs.sha256, job.sha256), eq(importJobs.status, 'applied')))
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

export async function applyImport(actor: Actor, id: number, progress?: (fraction: number) => void) {
	assertCan(actor, 'planning.recordActual');
	const job = await ownJob(actor, id);
	if (job.status === 'applied') throw new ValidationError({ _form: 'Questo file è già stato applicato.' });
	return db().transaction(async (tx) => {
		// Locks the job: two clicks on "Applica" apply it once.
		const [locked] = await tx.select().from(importJobs).where(eq(importJobs.id, id)).for('update');
		if (locked.status === 'applied') throw new ValidationError({ _form: 'Questo file è già stato applicato.' });
		const outcome = await runImport(actor, job.planId, job.fileName, job.bytes, true, tx, progress);
		if (outcome.errors.length) throw new ValidationError({ _form: `Il file contiene ${outcome.errors.length} errori: correggerli e caricarlo di nuovo.` });
		await tx.update(importJobs).set({ status: 'applied', appliedAt: new Date(), result: outcome.counts }).where(eq(importJobs.id, id));
		return outcome;
	});
}

/** The person's recent imports for a plan: files wait here until applied. */
export async function listImports(actor: Actor, planId: number) {
	assertCan(actor, 'planning.recordActual');
	return db()
		.select({ id: importJobs.id, fileName: importJobs.fileName, status: importJobs.status, createdAt: importJobs.createdAt, appliedAt: importJobs.appliedAt, result: importJobs.result })
		.from(importJobs)
		.where(and(eq(importJobs.districtId, actor.districtId), eq(importJobs.planId, planId), eq(importJobs.userId, actor.userId)))
		.orderBy(desc(importJobs.createdAt))
		.limit(20);
}
