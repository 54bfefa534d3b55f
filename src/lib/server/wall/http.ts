// The glue between the wall's pages and its commands and reads: who is looking (session or guest
// cookie), and form actions that answer the live page with data and plain forms with a redirect.
// The wall behind a link and the guest behind a cookie are kept in memory while this instance
// hears every wall's changes (live.ts), and forgotten by the changes that make them stale: a
// post costs no read of either. What they decide is checked again where it matters (a closed
// wall, a removed guest are refused by the statement that writes).
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { idParam, orNotFound, submit } from '../http';
import { staffViewer, viewerOf, type WallViewer } from './access';
import { ensureListening, listening, watch } from './live';
import { wallByToken } from './public';
import { getWall } from './queries';
import type { Participant, Wall } from './schema';

const COOKIE = 'pdz_parete';
/** Safety net: what is kept is read again after this long anyway. */
const KEEP_MS = 10 * 60_000;
const KEEP_MAX = 10_000;

const wallsByToken = new Map<string, { wall: Wall; at: number }>();
const guestsByCookie = new Map<string, { participant: Participant; at: number }>();

watch({
	changed(change) {
		if (change.header || change.wall)
			for (const [token, kept] of wallsByToken) if (kept.wall.id === change.wallId) wallsByToken.delete(token);
		if (change.participantGone !== undefined)
			for (const [cookie, kept] of guestsByCookie)
				if (kept.participant.id === change.participantGone) guestsByCookie.delete(cookie);
	},
	reset() {
		wallsByToken.clear();
		guestsByCookie.clear();
	}
});

/** The kept value, if this instance hears every change now and it is not too old. */
function kept<T>(map: Map<string, { at: number } & T>, key: string): T | undefined {
	if (!listening()) {
		// The first use starts hearing: from then on, what is kept is kept up to date.
		void ensureListening().catch(() => {});
		return undefined;
	}
	const hit = map.get(key);
	if (hit && Date.now() - hit.at < KEEP_MS) return hit;
	map.delete(key);
	return undefined;
}

function keep<T>(map: Map<string, { at: number } & T>, key: string, value: T) {
	if (!listening()) return;
	if (map.size >= KEEP_MAX) map.delete(map.keys().next().value!);
	map.set(key, { ...value, at: Date.now() });
}

async function wallOf(token: string): Promise<Wall> {
	const hit = kept(wallsByToken, token);
	if (hit) return hit.wall;
	const wall = await wallByToken(token);
	keep(wallsByToken, token, { wall });
	return wall;
}

/** Who is looking: a guest known by their cookie costs no read. */
async function lookingAt(wall: Wall, user: App.Locals['user'], cookie: string | undefined): Promise<WallViewer> {
	const key = `${wall.id}:${cookie}`;
	if (!user && cookie) {
		const hit = kept(guestsByCookie, key);
		if (hit) return { actor: null, participant: hit.participant, facilitator: false, canRead: true, canPost: true };
	}
	const viewer = await viewerOf(wall, user, cookie);
	if (!user && cookie && viewer.participant) keep(guestsByCookie, key, { participant: viewer.participant });
	return viewer;
}

/** The Node response under a request, when the server hands it over (scripts/start.js): the event stream writes to it. */
export function nodeResponse(event: Pick<RequestEvent, 'platform'>): ServerResponse | undefined {
	const req = (event.platform as { req?: IncomingMessage } | undefined)?.req;
	return (req as (IncomingMessage & { [RESPONSE]?: ServerResponse }) | undefined)?.[RESPONSE];
}
const RESPONSE = Symbol.for('pdz.response');

export async function wallAndViewer(event: Pick<RequestEvent, 'params' | 'locals' | 'cookies' | 'url'>) {
	const wall = await orNotFound(() => wallOf(event.params.token ?? ''));
	const viewer = await lookingAt(wall, event.locals.user, event.cookies.get(COOKIE));
	// The projector is the room's screen: it shows what every participant sees, whoever runs it.
	if (event.url.searchParams.has('proiettore'))
		return { wall, viewer: { ...viewer, facilitator: false, participant: null } };
	return { wall, viewer };
}

/** A wall on a staff page (/gestione/<district>/pareti/<id>): the member acting, and whether they facilitate. */
export async function staffWall(event: Pick<RequestEvent, 'params' | 'locals' | 'url'>) {
	const actor = event.locals.actor;
	const wall = await orNotFound(() => getWall(actor, idParam(event.params.id)));
	return { actor, wall, viewer: await staffViewer(actor, wall) };
}

export function setGuestCookie(cookies: Cookies, url: URL, token: string, value: string) {
	cookies.set(COOKIE, value, {
		path: `/parete/${token}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 60
	});
}

/**
 * A wall form action. The live page (header x-sveltekit-action) gets the result as data;
 * a plain form post is redirected back to the wall (so a reload does not post again).
 */
export async function wallAction(
	event: RequestEvent,
	run: (wall: Wall, viewer: WallViewer, values: Record<string, string>) => Promise<unknown>
) {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.canRead) error(403, 'Per partecipare bisogna entrare con il codice della sala.');
	let out: unknown;
	const result = await submit(event.request, async (values) => (out = await run(wall, viewer, values)));
	if (!('saved' in result)) return result;
	if (!event.request.headers.has('x-sveltekit-action')) {
		const id = out && typeof out === 'object' && 'id' in out ? `#nota-${out.id}` : '';
		redirect(303, `/parete/${wall.joinToken}${id}`);
	}
	return { ...result, result: out };
}

/** The id of the note an action is about, from the form. */
export function noteId(values: Record<string, string>): number {
	return idParam(values.noteId);
}
