import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { acceptedEncoding, compressResponse, MIN_BYTES } from './compression';

const page = `<!doctype html><html><body>${'<p>Sportello Stranieri, permesso di soggiorno.</p>'.repeat(100)}</body></html>`;
const get = (acceptEncoding?: string, method = 'GET') =>
	new Request('http://localhost/ambiti/lodi/servizi', {
		method,
		headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
	});
const html = (body: BodyInit = page, headers: Record<string, string> = {}) =>
	new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

describe('compression', () => {
	it('chooses Brotli first, then gzip, honouring q-values', () => {
		expect(acceptedEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(acceptedEncoding('gzip, deflate')).toBe('gzip');
		expect(acceptedEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(acceptedEncoding('*')).toBe('br');
		expect(acceptedEncoding('*;q=0, gzip')).toBe('gzip');
		expect(acceptedEncoding('identity')).toBeNull();
		expect(acceptedEncoding('deflate')).toBeNull();
		expect(acceptedEncoding(null)).toBeNull();
	});

	it('compresses HTML and JSON with the length of the compressed bytes, and says it varies', async () => {
		const br = await compressResponse(get('gzip, br'), html());
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		const packed = await bytes(br);
		expect(Number(br.headers.get('content-length'))).toBe(packed.length);
		expect(packed.length).toBeLessThan(page.length / 5);
		expect(brotliDecompressSync(packed).toString()).toBe(page);
		// The type and the security headers set by others stay.
		expect(br.headers.get('content-type')).toBe('text/html; charset=utf-8');

		const data = JSON.stringify({ servizi: Array.from({ length: 50 }, (_, i) => ({ id: i, titolo: 'Sportello' })) });
		const json = await compressResponse(
			get('gzip'),
			new Response(data, { headers: { 'content-type': 'application/json', vary: 'Origin' } })
		);
		expect(json.headers.get('content-encoding')).toBe('gzip');
		expect(json.headers.get('vary')).toBe('Origin, Accept-Encoding');
		expect(gunzipSync(await bytes(json)).toString()).toBe(data);
		const ld = await compressResponse(
			get('br'),
			new Response(data, { headers: { 'content-type': 'application/ld+json' } })
		);
		expect(ld.headers.get('content-encoding')).toBe('br');
		// A status other than 200 (an error page) is compressed too.
		const missing = await compressResponse(
			get('br'),
			new Response(page, { status: 404, headers: { 'content-type': 'text/html' } })
		);
		expect([missing.status, missing.headers.get('content-encoding')]).toEqual([404, 'br']);
	});

	it('sends the bytes as they are to a browser that does not accept them, and for a HEAD', async () => {
		for (const request of [get(), get('identity'), get('br', 'HEAD')]) {
			const r = await compressResponse(request, html());
			expect(r.headers.get('content-encoding')).toBeNull();
			if (request.method === 'GET') {
				expect(r.headers.get('vary')).toBe('Accept-Encoding');
				expect((await bytes(r)).toString()).toBe(page);
			}
		}
	});

	it('leaves small bodies, compressed file types and encoded bodies alone', async () => {
		const small = 'x'.repeat(MIN_BYTES - 1);
		const r = await compressResponse(get('br'), html(small));
		expect(r.headers.get('content-encoding')).toBeNull();
		expect(r.headers.get('content-length')).toBe(String(MIN_BYTES - 1));
		expect((await bytes(r)).toString()).toBe(small);
		for (const type of [
			'application/pdf',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'image/png',
			'application/zip',
			'application/gzip'
		]) {
			const file = new Response(page, { headers: { 'content-type': type } });
			const out = await compressResponse(get('br'), file);
			expect(out).toBe(file);
			expect(out.headers.get('content-encoding')).toBeNull();
		}
		const encoded = html(page, { 'content-encoding': 'gzip' });
		expect(await compressResponse(get('br'), encoded)).toBe(encoded);
	});

	it('never buffers a stream: server-sent events and responses marked not to be buffered pass as they are', async () => {
		// Streams that never end: buffering them would never return.
		const endless = () =>
			new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('data: {}\n\n')) });
		const events = new Response(endless(), {
			headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' }
		});
		expect(await compressResponse(get('br'), events)).toBe(events);
		const marked = new Response(endless(), {
			headers: { 'content-type': 'application/json', 'x-accel-buffering': 'no' }
		});
		expect(await compressResponse(get('br'), marked)).toBe(marked);
		const untouched = new Response(endless(), {
			headers: { 'content-type': 'text/html', 'cache-control': 'no-transform' }
		});
		expect(await compressResponse(get('br'), untouched)).toBe(untouched);
		// The stream is still readable by the browser, event by event.
		const reader = events.body!.getReader();
		expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: {}\n\n');
		await reader.cancel();
	});

	it('gives a compressed body its own ETag', async () => {
		const r = await compressResponse(get('br'), html(page, { etag: '"abc"' }));
		expect(r.headers.get('etag')).toBe('"abc-br"');
		const weak = await compressResponse(get('gzip'), html(page, { etag: 'W/"abc"' }));
		expect(weak.headers.get('etag')).toBe('W/"abc-gzip"');
		expect((await compressResponse(get(), html(page, { etag: '"abc"' }))).headers.get('etag')).toBe('"abc"');
	});
});
