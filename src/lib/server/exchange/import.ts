// Reading a table of indicators back into a plan. Every row is checked and errors are listed
// by row and column; nothing is applied until the whole file is valid, and then everything is
// applied in one command. The same file twice changes nothing the second time. The preview
// is the import itself, rolled back.
import { and, eq } from 'drizzle-orm';
import { assertCan, command, type Actor, type Context } from '../kernel';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import {
	addIndicator,
	indicatorPeriods,
	indicators,
	insertPeriod,
	objectives,
	plans,
	toNumber,
	writeActual
} from '../planning';
import { parseItalianNumber } from '../validation';
import { nextTurn } from '../generation';
import { readTable, unprotect } from '../tables';
import { COLUMNS, FIELD_COLUMN, KIND_OF, MEASURE_OF, MEASURES, type Column } from './columns';

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

class DryRun extends Error {}

/**
 * Checks and (unless `apply` is false) applies a table of indicators to a plan, inside the
 * command `within` when given (applying an uploaded file), else in a command of its own.
 * `progress` hears the share of rows done (the check of 20,000 rows takes minutes).
 */
export async function runImport(
	actor: Actor,
	planId: number,
	fileName: string,
	bytes: Uint8Array,
	apply: boolean,
	within?: Context,
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
		if (h && !COLUMNS.some((c) => c.toLowerCase() === h))
			outcome.errors.push({
				row: 1,
				message: `La colonna «${rows[0][i].trim()}» non è prevista: toglierla o rinominarla (colonne attese: ${COLUMNS.join(', ')}).`
			});
	});
	if (rows.length < 2)
		outcome.errors.push({ row: 0, message: 'Il file non contiene righe di dati sotto l’intestazione.' });
	if (outcome.errors.length) return outcome;

	const work = async (c: Context) => {
		await c.find(plans, planId);
		const planObjectives = new Map(
			(await c.tx.select().from(objectives).where(eq(objectives.planId, planId))).map((o) => [o.code.toUpperCase(), o])
		);
		const planIndicators = new Map(
			(await c.tx.select().from(indicators).where(eq(indicators.planId, planId))).map((i) => [i.code.toUpperCase(), i])
		);
		const seen = new Map<string, number>();
		for (let r = 1; r < rows.length; r++) {
			const line = r + 1;
			if (progress && r % 50 === 0) {
				progress(r / rows.length);
				await nextTurn();
			}
			if (rows[r].every((cell) => String(cell).trim() === '')) continue; // a blank row
			const cell = (col: Column) => unprotect((rows[r][index.get(col)!] ?? '').trim());
			const rowErrors: RowError[] = [];
			const number = (col: Column) => {
				const n = parseItalianNumber(cell(col));
				if (n !== null && Number.isNaN(n))
					rowErrors.push({ row: line, column: col, message: 'deve essere un numero (es. 120 oppure 12,5).' });
				return n;
			};
			const code = cell('Codice indicatore');
			const label = cell('Periodo');
			const values = {
				target: number('Atteso'),
				targetText: cell('Atteso (testo)'),
				actualNumber: number('Realizzato'),
				actualText: cell('Realizzato (testo)'),
				actualComment: cell('Nota sul realizzato')
			};
			if (!code)
				rowErrors.push({
					row: line,
					column: 'Codice indicatore',
					message: 'il codice dell’indicatore è obbligatorio.'
				});
			const key = `${code.toUpperCase()}|${label}`;
			if (code && seen.has(key))
				rowErrors.push({
					row: line,
					column: 'Periodo',
					message: `l’indicatore ${code}${label ? ` per il periodo ${label}` : ''} è già alla riga ${seen.get(key)}.`
				});
			seen.set(key, line);
			if (rowErrors.length) {
				outcome.errors.push(...rowErrors);
				continue;
			}
			const effects: (() => void)[] = [];
			try {
				// Each row in a savepoint on the command's connection: a refused row leaves no
				// trace (what it wrote through `c`, its audit rows included), the others go on.
				await c.tx.transaction(async () => {
					let indicator = planIndicators.get(code.toUpperCase());
					if (!indicator) {
						if (!(actor.role === 'admin'))
							throw new ForbiddenError('Solo l’Ufficio di Piano può aggiungere indicatori.');
						const objective = planObjectives.get(cell('Obiettivo').toUpperCase());
						if (!objective)
							throw new ValidationError({
								objective: `l’obiettivo «${cell('Obiettivo')}» non è di questo piano: per un indicatore nuovo indicare il codice di un obiettivo esistente.`
							});
						const kind = KIND_OF[cell('Tipo').toLowerCase()];
						const measure = MEASURE_OF[cell('Misura').toLowerCase()];
						if (!kind) throw new ValidationError({ kind: `scrivere output, processo oppure esito.` });
						if (!measure) throw new ValidationError({ measure: `scrivere ${Object.values(MEASURES).join(', ')}.` });
						const created = await addIndicator(c, objective.id, {
							code,
							name: cell('Indicatore'),
							kind,
							measure,
							unit: cell('Unità'),
							direction: measure === 'text' ? 'none' : 'higher',
							aggregation: 'sum',
							source: 'manual',
							public: 'on'
						});
						indicator = created;
						effects.push(() => {
							planIndicators.set(code.toUpperCase(), created);
							outcome.counts.indicators++;
							outcome.changes.push({
								row: line,
								text: `Nuovo indicatore ${code}: ${created.name} (obiettivo ${objective.code})`
							});
						});
					}
					if (!label) return;
					const [period] = await c.tx
						.select()
						.from(indicatorPeriods)
						.where(and(eq(indicatorPeriods.indicatorId, indicator.id), eq(indicatorPeriods.label, label)));
					if (!period) {
						await insertPeriod(c, indicator.id, {
							label,
							startsOn: cell('Inizio'),
							endsOn: cell('Fine'),
							...stringify(values)
						});
						effects.push(() => {
							outcome.counts.periods++;
							outcome.changes.push({ row: line, text: `${code}: nuovo periodo ${label}` });
						});
						return;
					}
					if (toNumber(period.target) !== values.target || (period.targetText ?? '') !== values.targetText) {
						throw new ValidationError({
							target: `il valore atteso del periodo ${label} è ${period.target ?? period.targetText ?? 'vuoto'} nella piattaforma: non si modifica con l’importazione, ma nella pagina dell’indicatore.`
						});
					}
					const before = { n: toNumber(period.actualNumber), t: period.actualText ?? '', c: period.actualComment };
					if (before.n === values.actualNumber && before.t === values.actualText && before.c === values.actualComment)
						return;
					if (indicator.source !== 'manual')
						throw new ValidationError({
							actualNumber: 'questo indicatore è calcolato dalla piattaforma: il suo valore realizzato non si importa.'
						});
					await writeActual(c, period.id, period.version, {
						...stringify(values),
						evidenceUrl: period.evidenceUrl ?? ''
					});
					effects.push(() => outcome.counts.actuals++);
					const show = (n: number | null, t: string) => (n !== null ? String(n).replace('.', ',') : t || '—');
					const what =
						before.n === values.actualNumber && before.t === values.actualText
							? 'nota aggiornata'
							: `realizzato ${show(before.n, before.t)} → ${show(values.actualNumber, values.actualText)}`;
					effects.push(() => outcome.changes.push({ row: line, text: `${code} · ${label}: ${what}` }));
				});
				effects.forEach((apply) => apply());
			} catch (e) {
				if (e instanceof ValidationError) {
					for (const [field, message] of Object.entries(e.fields))
						outcome.errors.push({
							row: line,
							column: FIELD_COLUMN[field] ?? (field === 'objective' ? 'Obiettivo' : undefined),
							message: lowerFirst(message)
						});
				} else if (e instanceof ForbiddenError || e instanceof NotFoundError)
					outcome.errors.push({ row: line, message: lowerFirst(e.message) });
				else throw e;
			}
		}
		// A preview, or a file with errors, is rolled back whole.
		if (!apply || outcome.errors.length) throw new DryRun();
	};
	try {
		await (within ? work(within) : command(actor, { origin: 'import' }, work));
	} catch (e) {
		if (!(e instanceof DryRun)) throw e;
	}
	if (apply && outcome.errors.length) outcome.counts = { actuals: 0, indicators: 0, periods: 0 };
	return outcome;
}

/** Numbers written back as the services read them: with a decimal comma ("2.125" would be 2125). */
const italian = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const stringify = (v: {
	target: number | null;
	targetText: string;
	actualNumber: number | null;
	actualText: string;
	actualComment: string;
}) => ({
	target: italian(v.target),
	targetText: v.targetText,
	actualNumber: italian(v.actualNumber),
	actualText: v.actualText,
	actualComment: v.actualComment
});
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
