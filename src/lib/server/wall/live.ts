// Live walls across app instances. A change is announced with NOTIFY inside the transaction
// that makes it, so only committed changes are ever heard. The instance that made it does not
// wait to hear itself: it delivers to its own screens as soon as the transaction commits
// (`publish`). The others get the change already serialised in the NOTIFY payload (a note, a
// dot count) and pass it on without reading the database; a change too big for a payload
// travels as a reference (the note ids), and they read it once. Nothing waits on a timer.
//
// Every instance LISTENs on one connection of its own. After it lost that connection, its
// screens and its caches start again from the database: nothing missed is kept.
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { databaseUrl, type Executor } from '../db';
import type { NoteView } from './screens';

const CHANNEL = 'pdz_wall';
/** NOTIFY takes payloads under 8,000 bytes: a bigger change travels as a reference. */
export const MAX_PAYLOAD = 7000;
/** Tells this instance's own notifications apart: it has delivered them already. */
export const INSTANCE = randomBytes(6).toString('base64url');

/** What a wall counts: its header shows them. */
export interface WallStats {
	participants: number;
	notes: number;
	votes: number;
}

/**
 * An event for screens, delivered as it is: `only: 'facilitator'` for the facilitator's screens.
 * New kinds of event fit here without touching the delivery.
 */
export interface WallEvent {
	event: string;
	data: unknown;
	only?: 'facilitator';
}

/** What changed on a wall. */
export interface WallChange {
	wallId: number;
	/** Notes to read again and show (or remove, when they are no longer shown): the reference form. */
	notes?: number[];
	/** Notes as screens show them, already read (with `participantId`, turned into `mine` per screen). */
	views?: NoteView[];
	/** New dot counts of notes. */
	votes?: { id: number; votes: number }[];
	/** Notes no longer on the wall for anybody. */
	removed?: number[];
	/** Other events, delivered as they are. */
	events?: WallEvent[];
	/** Its header (open/closed, budget) changed: read again. */
	header?: boolean;
	/** Its layout (columns, themes, groups) changed: screens read the whole wall again. */
	wall?: boolean;
	/** What the change adds to the wall's counts (they are corrected from the database now and then). */
	counts?: Partial<WallStats>;
	/** A participant removed from the wall: no instance may keep them. */
	participantGone?: number;
	/** The instance that made it, and when (ms since the epoch) it was about to commit. */
	origin?: string;
	at?: number;
	/** Screens and delay of another instance (see stream.ts): not a change of the wall. */
	presence?: { screens: number; delay: number | null };
}

/** Written first in every payload: an instance knows its own at a glance. */
const ORIGIN_FIRST = (change: WallChange) => (change.origin ? { origin: change.origin, ...change } : change);
const SELF = `{"origin":"${INSTANCE}"`;

/** The payload of a change: itself, or its reference form when it would not fit. */
export function payloadOf(change: WallChange): string {
	const full = JSON.stringify(ORIGIN_FIRST(change));
	if (Buffer.byteLength(full) <= MAX_PAYLOAD) return full;
	const notes = [
		...(change.notes ?? []),
		...(change.views ?? []).map((v) => v.id),
		...(change.votes ?? []).map((v) => v.id)
	];
	return JSON.stringify({
		origin: change.origin,
		wallId: change.wallId,
		notes,
		removed: change.removed,
		header: change.header,
		// Events too big to carry: screens read the wall again.
		wall: change.wall || !!change.events?.length,
		participantGone: change.participantGone,
		at: change.at
	} satisfies WallChange);
}

/**
 * Announces a change to every instance, this one included, which hears it from the database
 * like the others. For changes whose screens read the notes again; `publish` is the fast way.
 */
export async function announce(tx: Executor, change: WallChange): Promise<void> {
	await tx.execute(sql`select pg_notify(${CHANNEL}, ${payloadOf(change)})`);
}

/** Where a change is published: the transaction, and what runs once it has committed. */
export interface Committing {
	tx: Executor;
	afterCommit(work: () => Promise<void>): void;
}

/**
 * A change made in `c`'s transaction: delivered to this instance's screens as soon as it has
 * committed, and to the other instances through the payload. `notify: false` when the
 * transaction's own statement has already sent it (see `notifySql`).
 */
export async function publish(c: Committing, change: WallChange, options: { notify?: boolean } = {}) {
	change.origin = INSTANCE;
	change.at ??= Date.now();
	if (options.notify !== false) await c.tx.execute(sql`select pg_notify(${CHANNEL}, ${payloadOf(change)})`);
	c.afterCommit(async () => dispatch(change));
}

/** Stand for values only the statement that makes the change knows (a new note's id): see `notifyFilled`. */
export const HOLES = [-900000001, -900000002, -900000003] as const;

/**
 * The `pg_notify` call of a statement that makes the change and knows values `change` holds
 * as HOLES (in that order, before any text people typed): the statement fills them with
 * `values` (SQL text: a number, a quoted JSON string). Null when the payload would not fit.
 */
export function notifyFilled(change: WallChange, values: SQL[]): SQL | null {
	change.origin = INSTANCE;
	change.at ??= Date.now();
	let rest = JSON.stringify(ORIGIN_FIRST(change));
	// Room for what fills the holes: ids and a timestamp.
	if (Buffer.byteLength(rest) + 40 * values.length > MAX_PAYLOAD) return null;
	const parts: SQL[] = [];
	values.forEach((value, i) => {
		const at = rest.indexOf(String(HOLES[i]));
		parts.push(sql`${rest.slice(0, at)}::text`, value);
		rest = rest.slice(at + String(HOLES[i]).length);
	});
	parts.push(sql`${rest}::text`);
	return sql`pg_notify(${CHANNEL}, ${sql.join(parts, sql` || `)})`;
}

/** An open screen's hub: the changes of its wall, and `resync` after a lost connection. */
export interface Listener {
	changed(change: WallChange): void;
	resync(): void;
}

const listeners = new Map<number, Set<Listener>>();
/** Caches that forget what a change of any wall makes stale (http.ts), and `reset` after a lost connection. */
const watchers = new Set<{ changed(change: WallChange): void; reset(): void }>();
let client: pg.Client | undefined;
let connecting: Promise<void> | undefined;
let stopped = false;

function dispatch(change: WallChange) {
	for (const w of watchers) w.changed(change);
	for (const l of listeners.get(change.wallId) ?? []) l.changed(change);
}

function heard(payload: string | undefined) {
	if (payload?.startsWith(SELF)) return; // delivered when it committed
	let change: WallChange;
	try {
		change = JSON.parse(payload ?? '');
	} catch {
		return;
	}
	dispatch(change);
}

async function listen(): Promise<void> {
	// keepAlive: a connection that silently died (network, failover) is noticed and replaced.
	const c = new pg.Client({ connectionString: databaseUrl(), keepAlive: true });
	c.on('notification', (n) => heard(n.payload));
	c.on('error', () => lost(c));
	c.on('end', () => lost(c));
	await c.connect();
	await c.query(`listen ${CHANNEL}`);
	client = c;
}

function lost(c: pg.Client) {
	if (client !== c) return;
	client = undefined;
	connecting = undefined;
	void c.end().catch(() => {});
	for (const w of watchers) w.reset();
	retry(500);
}

/** Listens again, backing off up to 30 s; screens then re-read their wall: nothing heard meanwhile is lost. */
function retry(ms: number) {
	setTimeout(() => {
		if (stopped || (!listeners.size && !watchers.size)) return;
		ensureListening().then(
			() => {
				for (const w of watchers) w.reset();
				for (const set of listeners.values()) for (const l of set) l.resync();
			},
			() => retry(Math.min(ms * 2, 30_000))
		);
	}, ms);
}

export function ensureListening(): Promise<void> {
	stopped = false;
	connecting ??= listen().catch((e) => {
		connecting = undefined;
		throw e;
	});
	return connecting;
}

/** Whether this instance hears every change now (caches may trust what they hold). */
export const listening = () => !!client;

/** Starts hearing `wallId`'s changes; returns the function that stops. */
export async function subscribe(wallId: number, listener: Listener): Promise<() => void> {
	await ensureListening();
	let set = listeners.get(wallId);
	if (!set) listeners.set(wallId, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (!set.size) listeners.delete(wallId);
	};
}

/** Hears every wall's changes, for a cache; `reset` when some may have been missed. */
export function watch(watcher: { changed(change: WallChange): void; reset(): void }): void {
	watchers.add(watcher);
}

/** Tells the other instances something that is not a change (presence): sent at once, outside any transaction. */
export async function tell(change: WallChange): Promise<void> {
	const c = client;
	if (!c) return;
	change.origin = INSTANCE;
	await c.query('select pg_notify($1, $2)', [CHANNEL, payloadOf(change)]).catch(() => {});
}

export async function stopLive(): Promise<void> {
	stopped = true;
	const c = client;
	client = undefined;
	connecting = undefined;
	listeners.clear();
	for (const w of watchers) w.reset();
	await c?.end().catch(() => {});
}
