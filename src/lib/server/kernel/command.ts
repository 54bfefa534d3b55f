// The command kernel: every write of the platform runs through `command`. In one call it
// checks the permission, parses the input (Italian messages by field) and the version the
// edit was based on, opens the transaction, and hands the body a context whose helpers
// create, update and remove rows of the district, refuse duplicates and ids of other
// districts, and write the audit log. It is the only code that bumps versions, writes the
// audit log and bumps the district's content version (public caches key on it).
// Modeled on Decidim's commands with `traceability` (one call saves and logs) and Immich's
// `requireAccess` (the permission is part of the call, per-record rules in access.ts).
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { db, type Tx } from '../db';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../errors';
import { parse, versionOnly } from '../validation';
import { assertCan, type Actor, type Permission } from './access';
import { describe, entityOf, type EntityInfo } from './registry';
import { auditLog, districts } from './schema';

type Table = PgTable & { id: PgColumn };
type Row<T extends PgTable> = T['$inferSelect'];
type Values<T extends PgTable> = Partial<T['$inferInsert']>;
type Columns = Record<string, PgColumn | undefined>;
/** A row's id, or the values of its composite key (`{ serviceId, lang }`) for a table without one. */
type Key<T extends PgTable> = number | Values<T>;
/** Reshapes what the log keeps of a change: adds what the row does not hold (its links), leaves out bytes or generated columns. */
type Log = (change: Change) => Change;

export interface CommandSpec<S extends z.ZodType | undefined> {
	/** The permission the actor must hold: checked before anything is read. */
	can?: Permission;
	/** The schema of the input, and the input as sent (a form's values). */
	input?: S;
	raw?: unknown;
	/** The edit names the version it was based on (`version` in `raw`): updates are refused when it is stale. */
	versioned?: boolean;
	/**
	 * The district the command writes in; defaults to the actor's (required when nobody is signed
	 * in). `null`: no district yet (the command creates one, then acts in it through `c.in`).
	 */
	districtId?: number | null;
	/** Where the change comes from, as the log shows it: a form (the default when someone is signed in), an import, the API. */
	origin?: Origin;
}

/** form, import, computed (the platform's own figures), api, system (nobody signed in: demo, CLI). */
export type Origin = 'form' | 'import' | 'computed' | 'api' | 'system';

export interface Change {
	action: string;
	id: string | number;
	before?: unknown;
	after?: unknown;
	/** The district the change belongs to, when not the command's (a new district, a restore). */
	districtId?: number | null;
	/** Where this change came from, when not the command's origin (a figure computed inside a form's command). */
	origin?: Origin;
	/** Why (a reopened period's reason): shown beside the change. */
	note?: string;
}

export interface Context {
	readonly tx: Tx;
	readonly actor: Actor | null;
	readonly districtId: number;
	/** Where the command's changes come from (see `Origin`). */
	readonly origin: Origin;
	/** The version the edit was based on (commands declared `versioned`). */
	readonly version: number;
	/** The row of this district, or "not found" (also when it belongs to another district). */
	find<T extends PgTable>(table: T, id: Key<T>, options?: { lock?: boolean }): Promise<Row<T>>;
	/**
	 * Every id names a row of this district, or "not found": for ids a form sends (selects,
	 * checkbox lists). With `refusal`, the form is told instead, next to the field.
	 */
	owned<T extends Table>(table: T, ids: readonly number[], refusal?: { field: string; message: string }): Promise<void>;
	/** Refuses a row of this district with the same values (`lower()` for the `ignoreCase` columns), other than `except`. */
	unique<T extends PgTable>(
		table: T,
		values: Values<T>,
		refusal: { field: string; message: string; except?: number; ignoreCase?: boolean; where?: SQL }
	): Promise<void>;
	/** Inserts rows of this district (districtId filled in) and logs each. */
	create<T extends PgTable>(table: T, values: Values<T>, options?: { action?: string; log?: Log }): Promise<Row<T>>;
	createMany<T extends PgTable>(
		table: T,
		values: Values<T>[],
		options?: { action?: string; log?: Log }
	): Promise<Row<T>[]>;
	/**
	 * Updates a row of this district and logs before and after. A table with a version is
	 * checked against the version the edit was based on (the command's, or `version`) and
	 * bumped; `updatedAt` is set. `version: 'any'` bumps without checking (a button with no form).
	 * `audit: false` leaves the change out of the log (a wall guest's own words: no account to name).
	 */
	update<T extends PgTable>(
		table: T,
		id: Key<T>,
		values: Values<T>,
		options?: { version?: number | 'any'; action?: string; log?: Log; audit?: boolean; origin?: Origin }
	): Promise<Row<T>>;
	/** Deletes a row of this district and logs what it was. */
	remove<T extends PgTable>(table: T, id: Key<T>, options?: { action?: string; log?: Log }): Promise<Row<T>>;
	/** Bumps a row's version and `updatedAt` when what it contains changed elsewhere (its texts, its places). */
	touch<T extends PgTable>(table: T, id: Key<T>): Promise<void>;
	/** Logs a change made through `tx` (composite keys, several rows at once). */
	audit(table: PgTable | string, change: Change): Promise<void>;
	/** Work done once per command before it commits, however many times asked (recomputing indicators, live announcements). */
	atEnd(key: string, work: () => Promise<void>): void;
	/** Work done after the commit (mail): it cannot undo the command; its failure is logged. */
	afterCommit(work: () => Promise<void>): void;
	/** The same command (transaction, end work, log) acting in another district: the one it just created. */
	in(districtId: number): Context;
}

/**
 * Runs one write. `body` gets the context and the parsed input; whatever it returns is the
 * command's result. Validation, permission, "not found" and conflict errors reach the caller
 * before or instead of any change.
 */
export async function command<S extends z.ZodType | undefined = undefined, R = void>(
	actor: Actor | null,
	spec: CommandSpec<S>,
	body: (c: Context, input: S extends z.ZodType ? z.output<S> : undefined) => Promise<R>
): Promise<R> {
	if (spec.can) {
		if (!actor) throw new NotFoundError();
		assertCan(actor, spec.can);
	}
	const districtId = spec.districtId === undefined ? actor?.districtId : spec.districtId;
	if (districtId === undefined) throw new Error('command: districtId richiesto senza utente');
	const input = parseAll(spec);
	const after: (() => Promise<void>)[] = [];
	const result = await db().transaction(async (tx) => {
		const origin = spec.origin ?? (actor?.userId ? 'form' : 'system');
		const c = new CommandContext(tx, actor, districtId, input.version, origin);
		const out = await body(c, input.data as never);
		await c.finish();
		after.push(...c.afterCommitWork);
		return out;
	});
	for (const work of after) await work().catch((e) => console.error('[kernel] dopo il salvataggio:', e));
	return result;
}

/** The input and the version, with the errors of both at once. */
function parseAll(spec: CommandSpec<z.ZodType | undefined>): { data: unknown; version: number } {
	const errors: FieldErrors = {};
	let data: unknown;
	let version = 0;
	try {
		if (spec.input) data = parse(spec.input, spec.raw);
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		Object.assign(errors, e.fields);
	}
	try {
		if (spec.versioned) version = parse(versionOnly, spec.raw).version;
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		Object.assign(errors, e.fields);
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return { data, version };
}

class CommandContext implements Context {
	readonly afterCommitWork: (() => Promise<void>)[] = [];
	private readonly endWork = new Map<string, () => Promise<void>>();
	private readonly changed = new Set<number>();

	constructor(
		readonly tx: Tx,
		readonly actor: Actor | null,
		private readonly district: number | null,
		private readonly given: number,
		readonly origin: Origin
	) {}

	get districtId(): number {
		if (this.district === null)
			throw new Error('command: nessun ambito (districtId: null): agire con c.in(id) nell’ambito creato');
		return this.district;
	}

	in(districtId: number): Context {
		const other = new CommandContext(this.tx, this.actor, districtId, this.given, this.origin);
		// One command: the end work, the after-commit work and the districts changed are shared.
		Object.assign(other, { afterCommitWork: this.afterCommitWork, endWork: this.endWork, changed: this.changed });
		return other;
	}

	get version(): number {
		if (!this.given) throw new Error('command: versione chiesta da un comando non dichiarato versioned');
		return this.given;
	}

	private scope(table: PgTable, id?: Key<PgTable>): SQL | undefined {
		const cols = table as unknown as Columns;
		const match =
			id === undefined
				? undefined
				: typeof id === 'number'
					? eq(cols.id!, id)
					: and(...Object.entries(id).map(([k, v]) => eq(cols[k]!, v)));
		return and(match, cols.districtId ? eq(cols.districtId, this.districtId) : undefined);
	}

	async find<T extends PgTable>(table: T, id: Key<T>, options: { lock?: boolean } = {}): Promise<Row<T>> {
		const info = entityOf(table);
		const query = this.tx
			.select()
			.from(table as PgTable)
			.where(this.scope(table, id));
		const [row] = await (options.lock ? query.for('update') : query);
		if (!row) throw new NotFoundError(info.label);
		return row as Row<T>;
	}

	async owned<T extends Table>(
		table: T,
		ids: readonly number[],
		refusal?: { field: string; message: string }
	): Promise<void> {
		const wanted = [...new Set(ids)];
		if (!wanted.length) return;
		const rows = await this.tx
			.select({ id: table.id })
			.from(table as PgTable)
			.where(and(inArray(table.id, wanted), this.scope(table)));
		if (rows.length === wanted.length) return;
		if (refusal) throw new ValidationError({ [refusal.field]: refusal.message });
		throw new NotFoundError(entityOf(table).label);
	}

	async unique<T extends PgTable>(
		table: T,
		values: Values<T>,
		refusal: { field: string; message: string; except?: number; ignoreCase?: boolean; where?: SQL }
	) {
		const cols = table as unknown as Columns;
		const same = Object.entries(values).map(([k, v]) =>
			refusal.ignoreCase && typeof v === 'string' ? sql`lower(${cols[k]}) = lower(${v})` : eq(cols[k]!, v)
		);
		const [clash] = await this.tx
			.select({ one: sql`1` })
			.from(table as PgTable)
			.where(
				and(
					...same,
					this.scope(table),
					refusal.except !== undefined ? ne(cols.id!, refusal.except) : undefined,
					refusal.where
				)
			)
			.limit(1);
		if (clash) throw new ValidationError({ [refusal.field]: refusal.message });
	}

	async create<T extends PgTable>(
		table: T,
		values: Values<T>,
		options: { action?: string; log?: Log } = {}
	): Promise<Row<T>> {
		const [row] = await this.createMany(table, [values], options);
		return row;
	}

	async createMany<T extends PgTable>(
		table: T,
		values: Values<T>[],
		options: { action?: string; log?: Log } = {}
	): Promise<Row<T>[]> {
		entityOf(table);
		if (!values.length) return [];
		const owned = 'districtId' in (table as unknown as Columns);
		const rows = (await this.tx
			.insert(table)
			.values(values.map((v) => (owned ? { districtId: this.districtId, ...v } : v)) as never)
			.returning()) as Row<T>[];
		for (const row of rows)
			await this.audit(
				table,
				reshaped({ action: options.action ?? 'create', id: keyOf(row), after: row }, options.log)
			);
		return rows;
	}

	async update<T extends PgTable>(
		table: T,
		id: Key<T>,
		values: Values<T>,
		options: { version?: number | 'any'; action?: string; log?: Log; audit?: boolean; origin?: Origin } = {}
	): Promise<Row<T>> {
		const cols = table as unknown as Columns;
		const before = await this.find(table, id);
		const expected = options.version ?? (this.given || undefined);
		const set: Record<string, unknown> = { ...values };
		let where = this.scope(table, id);
		if (cols.version) {
			if (typeof expected === 'number') {
				if ((before as { version: number }).version !== expected)
					throw new ConflictError(before as Record<string, unknown>);
				where = and(where, eq(cols.version, expected));
			}
			set.version = sql`${cols.version} + 1`;
		}
		if (cols.updatedAt) set.updatedAt = sql`now()`;
		const [after] = await this.tx
			.update(table as PgTable)
			.set(set as never)
			.where(where)
			.returning();
		if (!after) throw new ConflictError((await this.find(table, id)) as Record<string, unknown>);
		if (options.audit !== false)
			await this.audit(
				table,
				reshaped(
					{ action: options.action ?? 'update', id: keyName(id), before, after, origin: options.origin },
					options.log
				)
			);
		return after as Row<T>;
	}

	async remove<T extends PgTable>(table: T, id: Key<T>, options: { action?: string; log?: Log } = {}): Promise<Row<T>> {
		const before = await this.find(table, id);
		await this.tx.delete(table as PgTable).where(this.scope(table, id));
		await this.audit(table, reshaped({ action: options.action ?? 'delete', id: keyName(id), before }, options.log));
		return before;
	}

	async touch<T extends PgTable>(table: T, id: Key<T>): Promise<void> {
		const cols = table as unknown as Columns;
		const set: Record<string, unknown> = {};
		if (cols.version) set.version = sql`${cols.version} + 1`;
		if (cols.updatedAt) set.updatedAt = sql`now()`;
		await this.tx
			.update(table as PgTable)
			.set(set as never)
			.where(this.scope(table, id));
	}

	async audit(table: PgTable | string, change: Change): Promise<void> {
		const districtId = change.districtId === undefined ? this.districtId : change.districtId;
		const info = entityOf(table);
		const row = (change.after ?? change.before) as Record<string, unknown> | null | undefined;
		const known = row && typeof row === 'object' && info.context ? await info.context(this.tx, row) : {};
		await this.tx.insert(auditLog).values({
			districtId,
			userId: this.actor?.userId || null,
			userName: this.actor?.name ?? 'sistema',
			action: change.action,
			entity: info.entity,
			entityId: String(change.id),
			before: logged(info, change.before),
			after: logged(info, change.after),
			origin: change.origin ?? this.origin,
			title: known.title ?? describe(info.entity, change.id, row),
			planId: known.planId ?? (typeof row?.planId === 'number' ? row.planId : null),
			note: change.note ?? null
		});
		if (districtId !== null) this.changed.add(districtId);
	}

	atEnd(key: string, work: () => Promise<void>): void {
		if (!this.endWork.has(key)) this.endWork.set(key, work);
	}

	afterCommit(work: () => Promise<void>): void {
		this.afterCommitWork.push(work);
	}

	/** The work asked for at the end (which may ask for more), then one content version bump per district changed. */
	async finish(): Promise<void> {
		const done = new Set<string>();
		for (let next = this.pending(done); next; next = this.pending(done)) {
			done.add(next[0]);
			await next[1]();
		}
		if (this.changed.size)
			await this.tx
				.update(districts)
				.set({ contentVersion: sql`${districts.contentVersion} + 1` })
				.where(inArray(districts.id, [...this.changed]));
	}

	private pending(done: Set<string>) {
		return [...this.endWork].find(([k]) => !done.has(k));
	}
}

/** A row as the log keeps it: without the columns its table leaves out (`omit`). */
function logged(info: EntityInfo, value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (!info.omit?.length || typeof value !== 'object') return value;
	return Object.fromEntries(Object.entries(value).filter(([k]) => !info.omit!.includes(k)));
}

function reshaped(change: Change, log?: Log): Change {
	return log ? log(change) : change;
}

/** How the log names a row: its id, or its composite key's values ("12:fr"). */
function keyName(key: Key<PgTable>): string | number {
	return typeof key === 'number' ? key : Object.values(key).join(':');
}

function keyOf(row: unknown): string | number {
	const r = row as Record<string, unknown>;
	return (r.id as number | undefined) ?? Object.values(r).slice(0, 2).join(':');
}
