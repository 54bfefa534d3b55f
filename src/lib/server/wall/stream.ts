// Server-sent events for open wall screens. One hub per wall and app instance hears the
// database (live.ts), reads the changed notes once, and writes them to each of its screens
// as that screen may see them (hidden notes only to the facilitator, "mine" per author).
import { forViewer, noteViews, participantOf, wallStats, type Wall, type WallViewer } from './service';
import { subscribe } from './live';

interface Screen {
	viewer: WallViewer;
	send(event: string, data: unknown): void;
}

interface Hub {
	screens: Set<Screen>;
	/** The database subscription, shared by the wall's screens on this instance. */
	subscribed: Promise<() => void>;
}

const hubs = new Map<number, Hub>();

function broadcast(hub: Hub, event: string, data: unknown) {
	for (const s of hub.screens) s.send(event, data);
}

async function changed(wallId: number, hub: Hub, change: { notes: number[]; wall: boolean }) {
	if (change.wall) broadcast(hub, 'wall', {});
	if (change.notes.length) {
		const views = await noteViews(wallId, change.notes);
		const found = new Set(views.map((v) => v.id));
		for (const s of hub.screens) {
			// A member who has just posted for the first time became a participant after connecting.
			if (s.viewer.canPost && s.viewer.actor && !s.viewer.participant) s.viewer.participant = await participantOf(wallId, s.viewer.actor.userId);
			for (const v of views) {
				const shown = forViewer(v, s.viewer);
				s.send(shown ? 'note' : 'removed', shown ?? { id: v.id });
			}
			for (const id of change.notes) if (!found.has(id)) s.send('removed', { id });
		}
	}
	broadcast(hub, 'stats', await wallStats(wallId));
}

async function join(wallId: number, screen: Screen): Promise<() => void> {
	let hub = hubs.get(wallId);
	if (!hub) {
		const h: Hub = { screens: new Set(), subscribed: Promise.resolve(() => {}) };
		h.subscribed = subscribe(wallId, {
			changed: (change) => void changed(wallId, h, change).catch((e) => console.error('[parete] aggiornamento non riuscito:', e)),
			resync: () => broadcast(h, 'wall', {})
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
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					close();
				}
			};
			const close = () => {
				clearInterval(timer);
				leave?.();
				leave = undefined;
			};
			leave = await join(wall.id, { viewer, send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`) });
			// The browser reconnects after 2 s if the stream drops, and then re-reads the wall.
			write('retry: 2000\nevent: ready\ndata: {}\n\n');
			timer = setInterval(() => write(': \n\n'), HEARTBEAT_MS);
		},
		cancel() {
			clearInterval(timer);
			leave?.();
			leave = undefined;
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' }
	});
}
