// Server-sent events for open wall screens. One hub per wall and app instance hears the
// database (live.ts), reads what changed once, serialises each note once per way of seeing it
// (hidden notes only for the facilitator, "mine" for its author), and writes each screen its
// whole batch in one go. Batches of a wall are handled in order, so no screen ends on an older count.
import { participantOf, type WallViewer } from './access';
import { wallById } from './public';
import { forViewer, noteViews, wallHeader, wallStats, type NoteView } from './screens';
import type { Wall } from './schema';
import { subscribe, type Batch } from './live';

interface Screen {
	viewer: WallViewer;
	write(text: string): void;
}

interface Hub {
	screens: Set<Screen>;
	/** The database subscription, shared by the wall's screens on this instance. */
	subscribed: Promise<() => void>;
	/** The batch being handled: the next waits for it. */
	queue: Promise<void>;
}

const hubs = new Map<number, Hub>();

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

function broadcast(hub: Hub, text: string) {
	for (const s of hub.screens) s.write(text);
}

async function changed(wallId: number, hub: Hub, batch: Batch) {
	let common = batch.wall ? event('wall', {}) : '';
	if (batch.header) {
		const wall = await wallById(wallId);
		// The header without the facilitator's link: each screen keeps its own.
		if (wall) common += event('header', { ...(await wallHeader(wall)), manageUrl: undefined });
	}
	const views = batch.notes.length ? await noteViews(wallId, batch.notes) : [];
	const gone = batch.notes.filter((id) => !views.some((v) => v.id === id)).map((id) => event('removed', { id }));
	const stats = event('stats', await wallStats(wallId));
	// Each note as text once per way of seeing it: most screens share the same bytes.
	const cache = new Map<string, string>();
	const noteText = (v: NoteView, viewer: WallViewer) => {
		const mine = !!viewer.participant && v.participantId === viewer.participant.id;
		const key = `${v.id}:${viewer.facilitator}:${mine}`;
		let text = cache.get(key);
		if (text === undefined) {
			const shown = forViewer(v, viewer);
			text = shown ? event('note', shown) : event('removed', { id: v.id });
			cache.set(key, text);
		}
		return text;
	};
	for (const s of hub.screens) {
		// A member who has just posted for the first time became a participant after connecting.
		if (views.length && s.viewer.canPost && s.viewer.actor && !s.viewer.participant)
			s.viewer.participant = await participantOf(wallId, s.viewer.actor.userId);
		// The history of moves is the facilitator's: only their screens read it again.
		const history = batch.history && s.viewer.facilitator ? event('history', {}) : '';
		s.write(common + views.map((v) => noteText(v, s.viewer)).join('') + gone.join('') + stats + history);
	}
}

async function join(wallId: number, screen: Screen): Promise<() => void> {
	let hub = hubs.get(wallId);
	if (!hub) {
		const h: Hub = { screens: new Set(), subscribed: Promise.resolve(() => {}), queue: Promise.resolve() };
		h.subscribed = subscribe(wallId, {
			changed: (batch) => {
				h.queue = h.queue
					.then(() => changed(wallId, h, batch))
					.catch((e) => console.error('[parete] aggiornamento non riuscito:', e));
			},
			resync: () => broadcast(h, event('wall', {}))
		});
		hubs.set(wallId, (hub = h));
		// A failed subscription must not leave a hub that never hears anything.
		h.subscribed.catch(() => hubs.get(wallId) === h && hubs.delete(wallId));
	}
	const h = hub;
	await h.subscribed;
	h.screens.add(screen);
	return () => {
		h.screens.delete(screen);
		if (!h.screens.size && hubs.get(wallId) === h) {
			hubs.delete(wallId);
			void h.subscribed.then((stop) => stop());
		}
	};
}

const HEARTBEAT_MS = 20_000;

/** The event stream of one screen: it ends when the browser goes away. */
export function wallEvents(wall: Wall, viewer: WallViewer): Response {
	const encoder = new TextEncoder();
	let leave: (() => void) | undefined;
	let timer: ReturnType<typeof setInterval> | undefined;
	const stop = () => {
		clearInterval(timer);
		leave?.();
		leave = undefined;
	};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			leave = await join(wall.id, { viewer, write });
			// The browser reconnects after 2 s if the stream drops, and then re-reads the wall.
			write(`retry: 2000\n${event('ready', {})}`);
			timer = setInterval(() => write(': \n\n'), HEARTBEAT_MS);
		},
		cancel: stop
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}
