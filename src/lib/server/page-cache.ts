// Rendered pages of a district are kept until that district's data changes: every audited
// change bumps its content_version, which each request reads (one indexed query), so all app
// instances stay right. Public pages are shared by every reader; staff pages are kept per
// person (their role and name are on the page, and a role change is itself a change).
import { districts } from './kernel';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { eq, sql } from 'drizzle-orm';
import { db } from './db';
import { createHash } from 'node:crypto';
import { match as matchSlug } from '../../params/slug';
import { todayInRome } from '$lib/format';
import { withoutLocale } from '$lib/locale-path';
import { catalogueFilters } from './catalogue';
import {
	acceptedEncoding,
	compress,
	encodedEtag,
	etagMatches,
	MIN_BYTES,
	varyOnEncoding,
	type Encoding
} from './compression';

interface Entry {
	version: number;
	/** Pages show "today" (e.g. late phases): an entry lives at most until midnight in Rome. */
	day: string;
	/** A page that shows "open now" lives until the next opening or closing (ms since epoch). */
	until: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** The body compressed, made the first time a reader accepts each encoding. */
	encoded: Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>;
	/** Bytes counted in the pool: the body and its compressed forms. */
	size: number;
	etag: string;
}

const MAX_BYTES = 64 * 1024 * 1024;

/** Set by a page whose content changes at a known instant (ms since epoch); never sent out. */
export const CACHE_UNTIL_HEADER = 'x-pdz-cache-until';
interface Pool {
	entries: Map<string, Entry>;
	bytes: number;
	max: number;
}
const pages: Pool = { entries: new Map(), bytes: 0, max: MAX_BYTES };
/** Searches have a pool of their own: any number of different searches cannot push pages out. */
const searches: Pool = { entries: new Map(), bytes: 0, max: 16 * 1024 * 1024 };

/**
 * Public pages that take a query string (a search with filters): the cache key is what the
 * page itself reads from it, so that a key can never hold another search's page.
 */
const SEARCH_PAGES = [
	{
		path: /^\/ambiti\/[^/]+\/servizi$/,
		params: ['q', 'comune', 'destinatari', 'argomento', 'categoria', 'lingua', 'aperto', 'pagina'],
		read: catalogueFilters
	}
];

/** The search a query string asks for; null for parameters the page does not read. */
function searchKey(path: string, params: URLSearchParams): string | null {
	const page = SEARCH_PAGES.find((p) => p.path.test(path));
	if (!page || [...params.keys()].some((k) => !page.params.includes(k))) return null;
	return JSON.stringify(page.read(params));
}

function scope(
	event: RequestEvent
): { slug: string; key: string; visibility: 'public' | 'private'; pool: Pool } | null {
	const { pathname, search } = event.url;
	// /en/ambiti/... is the English page of /ambiti/...: its own entry, keyed by the full path.
	const [, section, slug] = withoutLocale(pathname).split('/');
	if (!slug || !matchSlug(slug)) return null;
	if (section === 'ambiti') {
		if (!search) return { slug, key: pathname, visibility: 'public', pool: pages };
		// A search is kept by what it asks; any other query string is answered afresh.
		const key = searchKey(withoutLocale(pathname), event.url.searchParams);
		return key === null ? null : { slug, key: `${pathname}?${key}`, visibility: 'public', pool: searches };
	}
	// Walls change with every note and vote, and ratings arrive, without an audited change: never kept.
	// (A page that shows work under way says so itself, with cache-control: no-store.)
	if (pathname.includes('/pareti/') || pathname.endsWith('/servizi/valutazioni')) return null;
	if (section === 'gestione' && event.locals.user)
		return { slug, key: `${event.locals.user.id} ${pathname}${search}`, visibility: 'private', pool: pages };
	return null;
}

/** Asked by every request for a district page: built once per database, as a prepared statement. */
const districtQueries = new WeakMap<object, ReturnType<typeof prepareDistrictQuery>>();
function prepareDistrictQuery(database: ReturnType<typeof db>) {
	return database
		.select()
		.from(districts)
		.where(eq(districts.slug, sql.placeholder('slug')))
		.prepare('page_cache_district');
}

/** The district's row, with its content version: kept in `locals` for the pages of this request. */
async function district(slug: string): Promise<typeof districts.$inferSelect | null> {
	const database = db();
	let query = districtQueries.get(database);
	if (!query) districtQueries.set(database, (query = prepareDistrictQuery(database)));
	const [row] = await query.execute({ slug });
	return row ?? null;
}

function store(pool: Pool, key: string, entry: Entry) {
	const old = pool.entries.get(key);
	if (old) pool.bytes -= old.size;
	pool.entries.delete(key);
	for (const [k, e] of pool.entries) {
		if (pool.bytes + entry.size <= pool.max) break;
		pool.entries.delete(k); // oldest first: Map keeps insertion order
		pool.bytes -= e.size;
	}
	pool.entries.set(key, entry);
	pool.bytes += entry.size;
}

/** The entry's body in `encoding`, compressed once and kept with the entry (and counted in its pool). */
function encodedBody(pool: Pool, key: string, entry: Entry, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
	let body = entry.encoded.get(encoding);
	if (!body) {
		body = compress(entry.body, encoding);
		entry.encoded.set(encoding, body);
		void body.then(
			(bytes) => {
				entry.size += bytes.byteLength;
				if (pool.entries.get(key) === entry) pool.bytes += bytes.byteLength;
			},
			() => entry.encoded.delete(encoding)
		);
	}
	return body;
}

export const pageCache: Handle = async ({ event, resolve }) => {
	const s = event.request.method === 'GET' ? scope(event) : null;
	const row = s ? await district(s.slug) : null;
	if (row) event.locals.district = row;
	const version = row?.contentVersion ?? null;
	if (!s || version === null) {
		const response = await resolve(event);
		takeUntil(response);
		return response;
	}
	const day = todayInRome();
	let entry = s.pool.entries.get(s.key);
	if (!entry || entry.version !== version || entry.day !== day || Date.now() >= entry.until) {
		const response = await resolve(event);
		const until = takeUntil(response);
		const cacheable =
			response.status === 200 &&
			response.headers.get('content-type')?.startsWith('text/html') &&
			!response.headers.has('set-cookie') &&
			!response.headers.get('cache-control')?.includes('no-store');
		if (!cacheable) return response;
		const body = new Uint8Array(await response.arrayBuffer());
		const headers = [...response.headers.entries()].filter(([k]) => k !== 'content-length' && k !== 'etag');
		entry = {
			version,
			day,
			until,
			headers,
			body,
			encoded: new Map(),
			size: body.byteLength,
			etag: `"${createHash('sha1').update(body).digest('base64url')}"`
		};
		store(s.pool, s.key, entry);
	}
	// The same page in each encoding the reader accepts: each has its own ETag and length.
	const encoding =
		entry.body.byteLength >= MIN_BYTES ? acceptedEncoding(event.request.headers.get('accept-encoding')) : null;
	const etag = encodedEtag(entry.etag, encoding);
	const headers = new Headers(entry.headers);
	headers.set('etag', etag);
	headers.set('cache-control', `${s.visibility}, no-cache`);
	varyOnEncoding(headers);
	if (etagMatches(event.request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers });
	const body = encoding ? await encodedBody(s.pool, s.key, entry, encoding) : entry.body;
	if (encoding) headers.set('content-encoding', encoding);
	headers.set('content-length', String(body.byteLength));
	return new Response(body, { status: 200, headers });
};

/** Reads and removes the page's own expiry, if it set one. */
function takeUntil(response: Response): number {
	const until = response.headers.get(CACHE_UNTIL_HEADER);
	if (until === null) return Infinity;
	response.headers.delete(CACHE_UNTIL_HEADER);
	return Number(until) || Infinity;
}
