// Live walls across app instances: every change is announced with NOTIFY inside the
// transaction that makes it (so only committed changes are heard), and every instance
// LISTENs on one connection of its own and passes what it hears to its open screens.
// Notifications are gathered for a few milliseconds per wall, so that a burst of votes
// costs each instance one read, not one per screen.
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { databaseUrl, type Executor } from '../db';

const CHANNEL = 'pdz_wall';
const BATCH_MS = 15;

/** What changed on a wall: notes to show again (or remove), its header (open/closed, budget), or its layout. */
export interface WallChange {
	wallId: number;
	notes?: number[];
	header?: boolean;
	wall?: boolean;
	/** The facilitator's history of the wall changed (a merge, hide or grouping, or its undo). */
	history?: boolean;
}

export interface Batch {
	notes: number[];
	header: boolean;
	wall: boolean;
	history?: boolean;
}

export async function announce(tx: Executor, change: WallChange): Promise<void> {
	await tx.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(change)})`);
}

/** An open screen: gets the batched changes of its wall, and `resync` after a lost connection. */
export interface Listener {
	changed(change: Batch): void;
	resync(): void;
}

const listeners = new Map<number, Set<Listener>>();
const pending = new Map<number, { notes: Set<number>; header: boolean; wall: boolean; history: boolean }>();
let client: pg.Client | undefined;
let connecting: Promise<void> | undefined;
let stopped = false;

function deliver(wallId: number) {
	const batch = pending.get(wallId);
	pending.delete(wallId);
	if (!batch) return;
	for (const l of listeners.get(wallId) ?? [])
		l.changed({ notes: [...batch.notes], header: batch.header, wall: batch.wall, history: batch.history });
}

function heard(payload: string | undefined) {
	let change: WallChange;
	try {
		change = JSON.parse(payload ?? '');
	} catch {
		return;
	}
	if (!listeners.has(change.wallId)) return;
	let batch = pending.get(change.wallId);
	if (!batch) {
		batch = { notes: new Set(), header: false, wall: false, history: false };
		pending.set(change.wallId, batch);
		setTimeout(() => deliver(change.wallId), BATCH_MS);
	}
	for (const id of change.notes ?? []) batch.notes.add(id);
	batch.header ||= !!change.header;
	batch.wall ||= !!change.wall;
	batch.history ||= !!change.history;
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
	retry(500);
}

/** Listens again, backing off up to 30 s; screens then re-read their wall: nothing heard meanwhile is lost. */
function retry(ms: number) {
	setTimeout(() => {
		if (stopped || !listeners.size) return;
		ensureListening().then(
			() => {
				for (const set of listeners.values()) for (const l of set) l.resync();
			},
			() => retry(Math.min(ms * 2, 30_000))
		);
	}, ms);
}

function ensureListening(): Promise<void> {
	stopped = false;
	connecting ??= listen().catch((e) => {
		connecting = undefined;
		throw e;
	});
	return connecting;
}

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

export async function stopLive(): Promise<void> {
	stopped = true;
	const c = client;
	client = undefined;
	connecting = undefined;
	listeners.clear();
	await c?.end().catch(() => {});
}
