// Every table a command writes is registered once, beside its definition (each module's
// schema.ts): the name its rows carry in the audit log and the Italian words the log shows
// ("Indicatore G1.OUT1" rather than "indicator #14"). Writing to a table nobody registered
// is an error (see command.ts), so the log never holds a name it cannot explain.
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';

type Row = Record<string, unknown>;

export interface EntityInfo {
	/** The audit log's name for these rows (stable: old log rows keep it). */
	entity: string;
	/** What one row is called in Italian, capitalised ("Ente", "Indicatore"). */
	label: string;
	/** The words that tell one row from another, from the row as the log keeps it (JSON). */
	title?: (row: Row) => string | null | undefined;
	/** Columns the log leaves out of its copies of a row (file bytes, frozen snapshots). */
	omit?: string[];
	/**
	 * What the log stores with a change, read at write time: a fuller name than `title` can
	 * give from the row alone ("Indicatore G1.OUT1 · periodo 2026") and the plan it belongs to.
	 */
	context?: (tx: Executor, row: Row) => Promise<{ title?: string; planId?: number | null }>;
	/** Italian names of the row's columns, for the log's "Valore raggiunto: 3 → 4". */
	fields?: Record<string, string>;
}

const byEntity = new Map<string, EntityInfo>();
const byTable = new Map<PgTable, EntityInfo>();

/** Registers `table` (once, in its schema.ts) and returns it, so a definition can wrap itself. */
export function registerTable<T extends PgTable>(
	table: T,
	info: {
		entity: string;
		label: string;
		title?: (row: T['$inferSelect']) => string | null | undefined;
		omit?: (keyof T['$inferSelect'] & string)[];
		context?: (tx: Executor, row: T['$inferSelect']) => Promise<{ title?: string; planId?: number | null }>;
		fields?: Partial<Record<keyof T['$inferSelect'] & string, string>>;
	}
): T {
	registerEntity(info as EntityInfo);
	byTable.set(table, info as EntityInfo);
	return table;
}

/** An audited thing that is not one table's row (a district's language list, a whole register). */
export function registerEntity(info: EntityInfo): void {
	const known = byEntity.get(info.entity);
	if (known && known.label !== info.label) throw new Error(`Entità registrata due volte: ${info.entity}`);
	byEntity.set(info.entity, info);
}

/** The registration of `table`, or an error naming it: a write to it would be unexplained in the log. */
export function entityOf(table: PgTable | string): EntityInfo {
	const info = typeof table === 'string' ? byEntity.get(table) : byTable.get(table);
	if (!info)
		throw new Error(
			`Tabella non registrata nel kernel: ${typeof table === 'string' ? table : tableName(table)} (registerTable nel suo schema.ts)`
		);
	return info;
}

/** Every registered entity (the audit log's filter by kind of thing). */
export function registeredEntities(): EntityInfo[] {
	return [...byEntity.values()];
}

/** "Indicatore G1.OUT1", or "Indicatore n. 14" when the row has nothing to tell it by. */
export function describe(entity: string, id: string | number, row?: unknown): string {
	const info = byEntity.get(entity);
	if (!info) return `${entity} n. ${id}`;
	const title = row && typeof row === 'object' ? info.title?.(row as Row) : undefined;
	return title ? `${info.label} ${title}` : `${info.label} n. ${id}`;
}

function tableName(table: PgTable): string {
	return (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')] ?? '?';
}
