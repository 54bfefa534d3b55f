import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { useTestDatabase } from './db/testing';
import { createDistrict } from './accounts';
import { pageCache } from './page-cache';

useTestDatabase();

const page = `<!doctype html><html><body>${'<p>Piano di Zona 2025-2027, obiettivi e indicatori.</p>'.repeat(200)}</body></html>`;

/** The cache in front of a page that counts how often it is rendered. */
function site(body = page) {
	let renders = 0;
	const request = async (path: string, headers: Record<string, string> = {}) => {
		const url = new URL(`http://localhost${path}`);
		const event = { request: new Request(url, { headers }), url, locals: { user: null } } as unknown as RequestEvent;
		return pageCache({
			event,
			resolve: async () => {
				renders++;
				return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
			}
		});
	};
	return { request, renders: () => renders };
}
const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

describe('page cache', () => {
	it('keeps a page with its compressed bytes: one render, each encoding with its own ETag and length', async () => {
		await createDistrict({ slug: 'cache-a', name: 'Ambito A' });
		const s = site();
		const path = '/ambiti/cache-a/piani/2025-2027';
		const br = await s.request(path, { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.status).toBe(200);
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(br.headers.get('cache-control')).toBe('public, no-cache');
		const packed = await bytes(br);
		expect(Number(br.headers.get('content-length'))).toBe(packed.length);
		expect(brotliDecompressSync(packed).toString()).toBe(page);

		const again = await s.request(path, { 'accept-encoding': 'br' });
		expect((await bytes(again)).equals(packed)).toBe(true);
		const gzip = await s.request(path, { 'accept-encoding': 'gzip' });
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(await bytes(gzip)).toString()).toBe(page);
		const plain = await s.request(path);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		expect(plain.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
		expect((await bytes(plain)).toString()).toBe(page);
		expect(s.renders()).toBe(1);

		const tags = [br, gzip, plain].map((r) => r.headers.get('etag')!);
		expect(new Set(tags).size).toBe(3);
		expect(tags[0]).toBe(tags[2].replace(/"$/, '-br"'));
		expect(again.headers.get('etag')).toBe(tags[0]);
	});

	it('answers 304 to the ETag of the representation asked for, and 200 to another', async () => {
		await createDistrict({ slug: 'cache-b', name: 'Ambito B' });
		const s = site();
		const path = '/ambiti/cache-b';
		const br = await s.request(path, { 'accept-encoding': 'br' });
		const tag = br.headers.get('etag')!;
		const notModified = await s.request(path, { 'accept-encoding': 'br', 'if-none-match': tag });
		expect(notModified.status).toBe(304);
		expect(notModified.headers.get('etag')).toBe(tag);
		expect(notModified.headers.get('vary')).toBe('Accept-Encoding');
		expect(await notModified.text()).toBe('');
		// A list of tags, or a weak one, matches too (weak comparison).
		expect((await s.request(path, { 'accept-encoding': 'br', 'if-none-match': `"x", W/${tag}` })).status).toBe(304);
		// The Brotli tag does not stand for the gzip bytes.
		const other = await s.request(path, { 'accept-encoding': 'gzip', 'if-none-match': tag });
		expect([other.status, other.headers.get('content-encoding')]).toEqual([200, 'gzip']);
		expect(s.renders()).toBe(1);
	});

	it('sends small pages as they are', async () => {
		await createDistrict({ slug: 'cache-c', name: 'Ambito C' });
		const small = '<!doctype html><p>Poco</p>';
		const s = site(small);
		const r = await s.request('/ambiti/cache-c', { 'accept-encoding': 'br' });
		expect(r.headers.get('content-encoding')).toBeNull();
		expect(r.headers.get('content-length')).toBe(String(small.length));
		expect(await r.text()).toBe(small);
	});
});
