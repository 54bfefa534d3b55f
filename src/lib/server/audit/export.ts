// The log as a spreadsheet: the filtered view, every row of it, read a batch at a time and sent
// as it is read. Semicolons and a byte-order mark, so that Excel in Italian opens it as it is.
import { toCsv, type Cell } from '../csv';
import { assertCan, type Actor } from '../kernel';
import { auditBatches, type AuditFilters } from './queries';
import { readEntry, romeDateTime, type AuditRow } from './render';

export const AUDIT_CSV_HEADER = ['data e ora', 'persona', 'origine', 'azione', 'oggetto', 'piano', 'modifiche', 'nota'];

/** One row of the export. */
export function auditCsvRow(row: AuditRow, plans: Map<number, string>): Cell[] {
	const e = readEntry(row);
	return [
		romeDateTime(e.at, true),
		e.who,
		e.origin,
		e.action,
		e.title,
		e.planId ? (plans.get(e.planId) ?? `Piano n. ${e.planId}`) : '',
		e.changes.map((c) => c.text).join('\n'),
		e.note ?? ''
	];
}

/** The export of the rows `filters` match, as a stream of UTF-8 CSV (header first, with the mark). */
export function auditCsv(actor: Actor, filters: AuditFilters, plans: Map<number, string>): ReadableStream<Uint8Array> {
	assertCan(actor, 'audit.read');
	const encoder = new TextEncoder();
	let batches: AsyncGenerator<AuditRow[]> | undefined;
	return new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode(toCsv([AUDIT_CSV_HEADER], { bom: true })));
		},
		async pull(controller) {
			batches ??= auditBatches(actor, filters);
			const next = await batches.next();
			if (next.done) return controller.close();
			controller.enqueue(
				encoder.encode(
					toCsv(
						next.value.map((r) => auditCsvRow(r, plans)),
						{ bom: false }
					)
				)
			);
		},
		async cancel() {
			await batches?.return(undefined);
		}
	});
}
