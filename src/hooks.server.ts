import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { startPlatform, stopPlatform } from '$lib/server/runtime';
import { actorIn, sessionUser, applyAuthCookies } from '$lib/server/accounts';
import { error, redirect } from '@sveltejs/kit';
import type { Actor } from '$lib/server/kernel';
import { pageCache } from '$lib/server/page-cache';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getTextDirection } from '$lib/paraglide/runtime';
import { localeOfPath, withoutLocale } from '$lib/locale-path';
import { securityHeaders as baseHeaders, STRICT_CSP } from '$lib/server/security';
import { compressResponse } from '$lib/server/compression';

export const init: ServerInit = async () => {
	if (building) return;
	await startPlatform();
	process.once('sveltekit:shutdown' as never, () => void stopPlatform());
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	for (const [name, value] of Object.entries(baseHeaders(event.url.protocol === 'https:'))) h.set(name, value);
	// Pages carry their own policy; SVG, iCal, CSV, JSON and files the strictest one. Not on a
	// 304: the browser merges its headers into the page it kept, which the sandbox would then
	// stop (its forms, its styles).
	if (response.status !== 304 && !h.has('content-security-policy') && !h.get('content-type')?.startsWith('text/html'))
		h.set('content-security-policy', STRICT_CSP);
	return response;
};

/** HTML and JSON compressed as the browser accepts (pages from the cache come compressed already). */
const compression: Handle = async ({ event, resolve }) => compressResponse(event.request, await resolve(event));

/**
 * Titillium Web in the weights the top of every page uses (regular text, 600 and 700 headings and
 * buttons) is asked for with the page, not after the CSS: it arrives before the first paint, so
 * the text does not move when it swaps in (layout shift).
 */
const FIRST_FONTS = /titillium-web-v10-latin-ext_latin-(regular|600|700)\./;
const preload = ({ type, path }: { type: string; path: string }) =>
	type === 'js' || type === 'css' || (type === 'font' && FIRST_FONTS.test(path));

/** Public pages in other languages (/en/..., /ar/...): the locale, and `lang` and `dir` on <html>. */
const withLang = (locale: string) => ({
	transformPageChunk: ({ html }: { html: string }) =>
		html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', getTextDirection(locale as never)),
	preload
});
const language: Handle = ({ event, resolve }) => {
	// Italian paths (almost every request) need no locale context: Italian is the base.
	if (!localeOfPath(event.url.pathname)) return resolve(event, withLang('it'));
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, withLang(locale));
	});
};

const session: Handle = async ({ event, resolve }) => {
	const path = withoutLocale(event.url.pathname);
	const needsSession = !path.startsWith('/ambiti') && !path.startsWith('/_app');
	event.locals.user = null;
	if (needsSession) {
		const { user, headers } = await sessionUser(event.request.headers);
		event.locals.user = user;
		applyAuthCookies(event.cookies, headers);
		// A password someone else gave (the office, the command line) is changed before anything else.
		if (user?.passwordChangeRequired && !FREE_WHILE_PROVISIONAL.some((p) => path === p || path.startsWith(`${p}/`)))
			redirect(303, PASSWORD_PAGE);
	}
	return resolve(event);
};

/** Where a person with a provisional password is sent, and what they may still open. */
const PASSWORD_PAGE = '/profilo/password';
const FREE_WHILE_PROVISIONAL = [PASSWORD_PAGE, '/esci', '/accesso', '/favicon.ico', '/robots.txt'];

/**
 * The back office (/gestione/<district>/...): the member acting, resolved once per request.
 * Reading `locals.actor` sends a visitor who is not signed in to the login page and refuses
 * a person who is not a member of the district; loads and actions read it instead of asking.
 */
const backOffice: Handle = async ({ event, resolve }) => {
	if (event.route.id?.startsWith('/gestione/[district=slug]')) {
		const user = event.locals.user;
		const actor: Actor | null = user ? await actorIn(user, event.params.district ?? '') : null;
		Object.defineProperty(event.locals, 'actor', {
			get(): Actor {
				if (!user) redirect(303, `/accesso?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
				return actor ?? error(403, 'Non fai parte di questo ambito.');
			}
		});
	}
	return resolve(event);
};

// The page cache answers before the actor is looked up: a cached staff page was rendered for the same person.
export const handle = sequence(compression, securityHeaders, language, session, pageCache, backOffice);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Pagina non trovata' : 'Si è verificato un errore imprevisto.' };
};
