// Rendered pages of a district are kept until that district's data changes: every audited
// change bumps its content_version, which each request reads (one indexed query), so all app
// instances stay right. Public pages are shared by every reader; staff pages are kept per
// person (their role and name are on the page, and a role change is itself a change).
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { districts } from './accounts/schema';
import { createHash } from 'node:crypto';
import { match as matchSlug } from '../../params/slug';
import { todayInRome } from '$lib/format';
import { withoutLocale } from '$lib/locale-path';

interface Entry {
	version: number;
	/** Pages show "today" (e.g. late phases): an entry lives at most until midnight in Rome. */
	day: string;
	/** A page that shows "open now" lives until the next opening or closing (ms since epoch). */
	until: number;
	headers: [string, string][];
	body: ArrayBuffer;
	etag: string;
}

const MAX_BYTES = 64 * 1024 * 1024;

/** Set by a page whose content changes at a known instant (ms since epoch); never sent out. */
export const CACHE_UNTIL_HEADER = 'x-pdz-cache-until';
const cache = new Map<string, Entry>();
let bytes = 0;

function scope(event: RequestEvent): { slug: string; key: string; visibility: 'public' | 'private' } | null {
	const { pathname, search } = event.url;
	// /en/ambiti/... is the English page of /ambiti/...: its own entry, keyed by the full path.
	const [, section, slug] = withoutLocale(pathname).split('/');
	if (!slug || !matchSlug(slug)) return null;
	// Public pages are kept without their query string; a search (or a random query string,
	// which must not push pages out) is answered afresh.
	if (section === 'ambiti') return search ? null : { slug, key: pathname, visibility: 'public' };
	// Walls change with every note and vote, without an audited change: never kept.
	if (pathname.includes('/pareti/')) return null;
	if (section === 'gestione' && event.locals.user) return { slug, key: `${event.locals.user.id} ${pathname}${search}`, visibility: 'private' };
	return null;
}

async function contentVersion(slug: string): Promise<number | null> {
	const [row] = await db().select({ v: districts.contentVersion }).from(districts).where(eq(districts.slug, slug));
	return row?.v ?? null;
}

function store(key: string, entry: Entry) {
	const old = cache.get(key);
	if (old) bytes -= old.body.byteLength;
	cache.delete(key);
	for (const [k, e] of cache) {
		if (bytes + entry.body.byteLength <= MAX_BYTES) break;
		cache.delete(k); // oldest first: Map keeps insertion order
		bytes -= e.body.byteLength;
	}
	cache.set(key, entry);
	bytes += entry.body.byteLength;
}

export const pageCache: Handle = async ({ event, resolve }) => {
	const s = event.request.method === 'GET' ? scope(event) : null;
	const version = s ? await contentVersion(s.slug) : null;
	if (!s || version === null) {
		const response = await resolve(event);
		takeUntil(response);
		return response;
	}
	const day = todayInRome();
	let entry = cache.get(s.key);
	if (!entry || entry.version !== version || entry.day !== day || Date.now() >= entry.until) {
		const response = await resolve(event);
		const until = takeUntil(response);
		const cacheable = response.status === 200 && response.headers.get('content-type')?.startsWith('text/html') && !response.headers.has('set-cookie');
		if (!cacheable) return response;
		const body = await response.arrayBuffer();
		const headers = [...response.headers.entries()].filter(([k]) => k !== 'content-length' && k !== 'etag');
		entry = { version, day, until, headers, body, etag: `"${createHash('sha1').update(new Uint8Array(body)).digest('base64url')}"` };
		store(s.key, entry);
	}
	const headers = new Headers(entry.headers);
	headers.set('etag', entry.etag);
	headers.set('cache-control', `${s.visibility}, no-cache`);
	if (event.request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers });
	return new Response(entry.body, { status: 200, headers });
};

/** Reads and removes the page's own expiry, if it set one. */
function takeUntil(response: Response): number {
	const until = response.headers.get(CACHE_UNTIL_HEADER);
	if (until === null) return Infinity;
	response.headers.delete(CACHE_UNTIL_HEADER);
	return Number(until) || Infinity;
}
