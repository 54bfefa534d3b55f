// Public pages are the same for every reader: keep the rendered bytes until the district's
// data changes (its content_version, bumped with every audited change).
import type { Handle } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { districts } from './accounts/schema';

interface Entry {
	version: number;
	status: number;
	headers: [string, string][];
	body: ArrayBuffer;
	etag: string;
}

const MAX_ENTRIES = 1000;
const cache = new Map<string, Entry>();

async function contentVersion(slug: string): Promise<number | null> {
	const [row] = await db().select({ v: districts.contentVersion }).from(districts).where(eq(districts.slug, slug));
	return row?.v ?? null;
}

export const publicPageCache: Handle = async ({ event, resolve }) => {
	const { pathname, search } = event.url;
	if (event.request.method !== 'GET' || !pathname.startsWith('/ambiti/')) return resolve(event);
	const slug = decodeURIComponent(pathname.split('/')[2] ?? '');
	const version = slug ? await contentVersion(slug) : null;
	if (version === null) return resolve(event);
	const key = pathname + search;
	let entry = cache.get(key);
	if (!entry || entry.version !== version) {
		const response = await resolve(event);
		if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
		const body = await response.arrayBuffer();
		const headers = [...response.headers.entries()].filter(([k]) => k !== 'content-length');
		entry = { version, status: 200, headers, body, etag: `"${slug}-${version}-${body.byteLength}"` };
		cache.delete(key);
		if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
		cache.set(key, entry);
	}
	const headers = new Headers(entry.headers);
	headers.set('etag', entry.etag);
	headers.set('cache-control', 'public, max-age=0, must-revalidate');
	if (event.request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers });
	return new Response(entry.body, { status: entry.status, headers });
};
