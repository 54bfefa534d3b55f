// Server-sent events for open wall screens. One hub per wall and app instance hears its changes
// (live.ts) and turns each into bytes once per way of seeing it (hidden notes only for the
// facilitator, "mine" for its author): the same Buffer is written to every screen that sees
// that version, straight to the Node response. Nothing waits on a timer: a change is written as
// soon as the event loop comes round, together with those that came while it was busy; a
// screen whose socket is busy gets what came meanwhile in one write when it drains, and one
// that falls far behind reads the wall again.
// Changes are handled in the order they come: one that needs a read (a reference, a header)
// holds the ones after it, so no screen ends on an older count.
import type { ServerResponse } from 'node:http';
import { participantOf, type WallViewer } from './access';
import { wallById } from './public';
import { forViewer, noteViews, wallHeader, wallStats, type NoteView } from './screens';
import type { Wall } from './schema';
import { ensureListening, subscribe, tell, watch, type WallChange, type WallStats } from './live';

/** The counts are read again at most this often, a while after changes came. */
const CORRECT_MS = 3000;
/** Presence and the facilitator's room health, every so often; a heartbeat every 4th time. */
const TICK_MS = 5000;
/** What another instance said about its screens counts this long. */
const PRESENCE_MS = 15_000;
/** A screen this far behind (bytes waiting) is told to read the wall again instead. */
const MAX_BACKLOG = 256 * 1024;

const text = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
const READY = Buffer.from(`retry: 2000\n${text('ready', {})}`);
const HEARTBEAT = Buffer.from(': \n\n');
const RESYNC = Buffer.from(text('wall', {}));

interface Screen {
	viewer: WallViewer;
	send(bytes: Buffer): void;
}

interface Hub {
	wallId: number;
	screens: Set<Screen>;
	/** The database subscription, shared by the wall's screens on this instance. */
	subscribed: Promise<() => void>;
	/** Changes waiting for a read: the next waits for them. */
	queue: Promise<void>;
	waiting: number;
	/** The wall's counts: kept up to date by the changes, corrected from the database. */
	stats: WallStats | null;
	statsSent: string;
	correcting: ReturnType<typeof setTimeout> | null;
	reading: boolean;
	changedWhileReading: boolean;
	/** Commit → written to every screen here, ms, the latest ones. */
	delays: number[];
	/** Changes handed over and not written yet (see `deliver`). */
	outgoing: Outgoing[];
	ticks: number;
	timer: ReturnType<typeof setInterval>;
}

const hubs = new Map<number, Hub>();
/** Screens other instances have on each wall, as they last said (every TICK_MS). */
const presence = new Map<number, Map<string, { screens: number; delay: number | null; at: number }>>();

watch({
	changed(change) {
		if (!change.presence || !change.origin) return;
		let walls = presence.get(change.wallId);
		if (!walls) presence.set(change.wallId, (walls = new Map()));
		if (change.presence.screens) walls.set(change.origin, { ...change.presence, at: Date.now() });
		else walls.delete(change.origin);
		if (!walls.size) presence.delete(change.wallId);
	},
	reset() {}
});

function broadcast(hub: Hub, bytes: Buffer) {
	for (const s of hub.screens) s.send(bytes);
}

function statsEvent(hub: Hub): string {
	if (!hub.stats) return '';
	const json = JSON.stringify(hub.stats);
	if (json === hub.statsSent) return '';
	hub.statsSent = json;
	return `event: stats\ndata: ${json}\n\n`;
}

function addCounts(hub: Hub, counts: Partial<WallStats> | undefined) {
	if (!counts || !hub.stats) return;
	hub.stats = {
		participants: hub.stats.participants + (counts.participants ?? 0),
		notes: hub.stats.notes + (counts.notes ?? 0),
		votes: hub.stats.votes + (counts.votes ?? 0)
	};
}

/** Reads the counts again a while after changes (at most every CORRECT_MS), and tells screens if they were off. */
function correctLater(hub: Hub, ms = CORRECT_MS) {
	if (hub.reading) hub.changedWhileReading = true;
	if (hub.correcting || hub.reading) return;
	hub.correcting = setTimeout(() => void correct(hub), ms);
}

async function correct(hub: Hub) {
	hub.correcting = null;
	hub.reading = true;
	hub.changedWhileReading = false;
	try {
		hub.stats = await wallStats(hub.wallId);
	} catch (e) {
		console.error('[parete] conteggi non letti:', e);
	} finally {
		hub.reading = false;
	}
	if (!hubs.has(hub.wallId)) return;
	const stats = statsEvent(hub);
	if (stats) broadcast(hub, Buffer.from(stats));
	// A change delivered while the counts were read may not be in them: read once more.
	if (hub.changedWhileReading) correctLater(hub);
}

/** The version of a change one screen sees: who it is, and which of the notes are theirs. */
function versionKey(viewer: WallViewer, views: NoteView[]): string {
	let key = viewer.facilitator ? 'f' : 'p';
	const me = viewer.participant?.id;
	if (me !== undefined) for (const v of views) if (v.participantId === me) key += `:${v.id}`;
	return key;
}

function noteText(v: NoteView, viewer: WallViewer): string {
	const shown = forViewer(v, viewer);
	return shown ? text('note', shown) : text('removed', { id: v.id });
}

interface Outgoing {
	change: WallChange;
	views: NoteView[];
	/** What every screen gets before the notes, and after them (staff: only the facilitator's screens). */
	common: string;
	tail: string;
	staff: string;
}

/**
 * Hands a change to every screen. It is written when the event loop comes round (setImmediate:
 * at once when the server is idle); changes that came meanwhile, because it was busy, go in
 * the same write.
 */
function deliver(hub: Hub, change: WallChange, views: NoteView[], header: string) {
	addCounts(hub, change.counts);
	let tail = '';
	for (const v of change.votes ?? []) tail += text('votes', v);
	for (const id of change.removed ?? []) tail += text('removed', { id });
	let staff = '';
	for (const e of change.events ?? []) {
		if (e.only === 'facilitator') staff += text(e.event, e.data);
		else tail += text(e.event, e.data);
	}
	hub.outgoing.push({ change, views, common: (change.wall ? text('wall', {}) : '') + header, tail, staff });
	if (hub.outgoing.length === 1) setImmediate(() => flush(hub));
}

/** Writes what is waiting to every screen: each version (who sees it, which notes are theirs) encoded once. */
function flush(hub: Hub) {
	const items = hub.outgoing;
	hub.outgoing = [];
	if (!items.length) return;
	const stats = statsEvent(hub);
	const versions = new Map<string, Buffer>();
	const late: Screen[] = [];
	const hasViews = items.some((i) => i.views.length);
	for (const s of hub.screens) {
		// A member who has just posted for the first time became a participant after connecting.
		if (hasViews && s.viewer.canPost && s.viewer.actor && !s.viewer.participant) late.push(s);
		let key = '';
		for (const item of items) key += versionKey(s.viewer, item.views) + '|';
		let bytes = versions.get(key);
		if (!bytes) {
			let body = '';
			for (const item of items) {
				body += item.common;
				for (const v of item.views) body += noteText(v, s.viewer);
				body += item.tail;
				if (s.viewer.facilitator) body += item.staff;
			}
			bytes = Buffer.from(body + stats);
			versions.set(key, bytes);
		}
		if (bytes.length) s.send(bytes);
	}
	const now = Date.now();
	for (const { change } of items) if (change.at) hub.delays.push(now - change.at);
	if (hub.delays.length > 200) hub.delays.splice(0, hub.delays.length - 200);
	if (late.length)
		void participantsNow(
			hub,
			late,
			items.flatMap((i) => i.views)
		);
}

/** Members who became participants after connecting get their own notes again, marked as theirs. */
async function participantsNow(hub: Hub, screens: Screen[], views: NoteView[]) {
	for (const s of screens) {
		const p = await participantOf(hub.wallId, s.viewer.actor!.userId).catch(() => null);
		if (!p) continue;
		s.viewer.participant = p;
		const mine = views.filter((v) => v.participantId === p.id);
		if (mine.length) s.send(Buffer.from(mine.map((v) => noteText(v, s.viewer)).join('')));
	}
}

/** A change that needs the database first: the notes of a reference, the header. */
async function readThenDeliver(hub: Hub, change: WallChange) {
	let header = '';
	if (change.header) {
		const wall = await wallById(hub.wallId);
		// The header without the facilitator's link: each screen keeps its own.
		if (wall) header = text('header', { ...(await wallHeader(wall)), manageUrl: undefined });
	}
	const ids = change.notes ?? [];
	const read = ids.length ? await noteViews(hub.wallId, ids) : [];
	const gone = ids.filter((id) => !read.some((v) => v.id === id));
	deliver(
		hub,
		{ ...change, removed: [...(change.removed ?? []), ...gone] },
		[...(change.views ?? []), ...read],
		header
	);
}

function changed(hub: Hub, change: WallChange) {
	if (change.presence) return; // kept by the watcher above
	correctLater(hub);
	const needsRead = !!change.notes?.length || !!change.header;
	if (!needsRead && !hub.waiting) {
		deliver(hub, change, change.views ?? [], '');
		return;
	}
	hub.waiting++;
	hub.queue = hub.queue
		.then(() => (needsRead ? readThenDeliver(hub, change) : deliver(hub, change, change.views ?? [], '')))
		.catch((e) => console.error('[parete] aggiornamento non riuscito:', e))
		.finally(() => hub.waiting--);
}

function percentile95(values: number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

export interface WallHealth {
	/** Screens following the wall live, on every instance. */
	screens: number;
	/** Commit → written to the last screen, ms: the 95th percentile of the latest changes (the worst instance's). */
	delay: number | null;
	instances: number;
}

/** How the room is doing, for the facilitator: screens connected and the live delay. */
export function wallHealth(wallId: number): WallHealth {
	void ensureListening().catch(() => {}); // to hear the other instances from now on
	const hub = hubs.get(wallId);
	const now = Date.now();
	let screens = hub?.screens.size ?? 0;
	let delay = hub ? percentile95(hub.delays) : null;
	let instances = hub ? 1 : 0;
	const remote = presence.get(wallId) ?? new Map();
	for (const [origin, r] of remote) {
		if (now - r.at > PRESENCE_MS) {
			remote.delete(origin);
			continue;
		}
		instances++;
		screens += r.screens;
		if (r.delay !== null) delay = Math.max(delay ?? 0, r.delay);
	}
	return { screens, delay, instances };
}

function tick(hub: Hub) {
	hub.ticks++;
	if (hub.ticks % 4 === 0) broadcast(hub, HEARTBEAT);
	void tell({ wallId: hub.wallId, presence: { screens: hub.screens.size, delay: percentile95(hub.delays) } });
	const facilitators = [...hub.screens].filter((s) => s.viewer.facilitator);
	if (facilitators.length) {
		const bytes = Buffer.from(text('health', wallHealth(hub.wallId)));
		for (const s of facilitators) s.send(bytes);
	}
}

async function join(wallId: number, screen: Screen): Promise<() => void> {
	let hub = hubs.get(wallId);
	if (!hub) {
		const h: Hub = {
			wallId,
			screens: new Set(),
			subscribed: Promise.resolve(() => {}),
			queue: Promise.resolve(),
			waiting: 0,
			stats: null,
			statsSent: '',
			correcting: null,
			reading: false,
			changedWhileReading: false,
			delays: [],
			outgoing: [],
			ticks: 0,
			timer: setInterval(() => tick(h), TICK_MS)
		};
		h.timer.unref?.();
		h.subscribed = subscribe(wallId, {
			changed: (change) => changed(h, change),
			// Heard nothing for a while: screens read the wall again, the counts too.
			resync: () => {
				broadcast(h, RESYNC);
				correctLater(h, 0);
			}
		});
		hubs.set(wallId, (hub = h));
		correctLater(h, 0);
		// A failed subscription must not leave a hub that never hears anything.
		h.subscribed.catch(() => {
			if (hubs.get(wallId) !== h) return;
			hubs.delete(wallId);
			clearInterval(h.timer);
		});
	}
	const h = hub;
	await h.subscribed;
	h.screens.add(screen);
	return () => {
		h.screens.delete(screen);
		if (!h.screens.size && hubs.get(wallId) === h) {
			hubs.delete(wallId);
			clearInterval(h.timer);
			void tell({ wallId, presence: { screens: 0, delay: null } });
			if (h.correcting) clearTimeout(h.correcting);
			void h.subscribed.then((stop) => stop());
		}
	};
}

const HEADERS = {
	'content-type': 'text/event-stream; charset=utf-8',
	'cache-control': 'no-store',
	'x-accel-buffering': 'no'
};

/**
 * The event stream of one screen: it ends when the browser goes away. With `res`, the Node
 * response under SvelteKit's (scripts/start.js hands it over), bytes go straight to it once
 * SvelteKit has written the head; without (vite dev, tests), through a web stream.
 */
export function wallEvents(wall: Wall, viewer: WallViewer, res?: ServerResponse): Response {
	let leave: (() => void) | undefined;
	let closed = false;
	const stop = () => {
		closed = true;
		leave?.();
		leave = undefined;
	};
	const joined = (send: (bytes: Buffer) => void) =>
		join(wall.id, { viewer, send }).then(
			(l) => {
				if (closed) l();
				else leave = l;
				// The browser reconnects after 2 s if the stream drops, and then re-reads the wall.
				send(READY);
			},
			(e) => {
				console.error('[parete] flusso non aperto:', e);
				send(RESYNC);
			}
		);

	if (res) {
		// Until SvelteKit has written the head (it then reads the body: `pull`), bytes wait here.
		let early: Buffer[] | null = [];
		let backlog: Buffer[] | null = null;
		let waitingBytes = 0;
		const write = (bytes: Buffer) => {
			if (closed || res.destroyed) return;
			if (early) return void early.push(bytes);
			if (backlog) {
				backlog.push(bytes);
				waitingBytes += bytes.length;
				if (waitingBytes > MAX_BACKLOG) {
					backlog = [RESYNC];
					waitingBytes = RESYNC.length;
				}
				return;
			}
			if (!res.write(bytes)) {
				backlog = [];
				waitingBytes = 0;
				res.once('drain', () => {
					const queued = backlog ?? [];
					backlog = null;
					if (queued.length) write(queued.length === 1 ? queued[0] : Buffer.concat(queued));
				});
			}
		};
		res.once('close', stop);
		void joined(write);
		const body = new ReadableStream<Uint8Array>(
			{
				pull() {
					const queued = early ?? [];
					early = null;
					for (const bytes of queued) write(bytes);
					// Nothing comes through here: the bytes go to `res`.
					return new Promise<void>(() => {});
				},
				cancel: stop
			},
			{ highWaterMark: 0 }
		);
		return new Response(body, { headers: HEADERS });
	}

	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			void joined((bytes) => {
				if (closed) return;
				try {
					controller.enqueue(bytes);
				} catch {
					stop();
				}
			});
		},
		cancel: stop
	});
	return new Response(body, { headers: HEADERS });
}
