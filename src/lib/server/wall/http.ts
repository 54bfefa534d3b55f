// The glue between the wall's pages and its commands and reads: who is looking (session or guest
// cookie), and form actions that answer the live page with data and plain forms with a redirect.
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { idParam, orNotFound, submit } from '../http';
import { staffViewer, viewerOf, type WallViewer } from './access';
import { wallByToken } from './public';
import { getWall } from './queries';
import type { Wall } from './schema';

const COOKIE = 'pdz_parete';

export async function wallAndViewer(event: Pick<RequestEvent, 'params' | 'locals' | 'cookies' | 'url'>) {
	const wall = await orNotFound(() => wallByToken(event.params.token ?? ''));
	const viewer = await viewerOf(wall, event.locals.user, event.cookies.get(COOKIE));
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
