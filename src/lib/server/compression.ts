// Compression by the app itself, so that `npm start` sends compressed pages without a proxy:
// Brotli (preferred) or gzip, as the browser accepts, for HTML, JSON and other text. Bodies
// under 1 KB, files already compressed (PDF, DOCX, XLSX, images, archives) and streams (the
// live wall's server-sent events, streamed exports) are sent as they are. The page cache
// keeps each page's compressed bytes beside it, so that a cache hit costs no compression.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Smaller bodies gain less than the headers cost. */
export const MIN_BYTES = 1024;

/** Text types worth compressing: pages, JSON (and JSON-LD), XML and SVG, CSV, iCalendar, plain text. */
const COMPRESSIBLE = /^(text\/(html|plain|csv|calendar|xml)|application\/([a-z.+-]*\+)?(json|xml)|image\/svg\+xml)\b/i;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The encoding the request accepts, Brotli first; null for none (or `identity` only). */
export function acceptedEncoding(header: string | null): Encoding | null {
	if (!header) return null;
	const q = new Map<string, number>();
	for (const part of header.toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		q.set(name.trim(), weight ? Number(weight.slice(2)) || 0 : 1);
	}
	const accepts = (e: string) => (q.get(e) ?? q.get('*') ?? 0) > 0;
	return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
}

/** Whether a response of this type may be compressed at all. */
export function compressibleType(contentType: string | null): boolean {
	return !!contentType && COMPRESSIBLE.test(contentType);
}

/** The body in `encoding`; Brotli at a moderate quality, which costs about as much as gzip. */
export async function compress(body: Uint8Array<ArrayBuffer>, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
	const out =
		encoding === 'br'
			? await brotli(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 5,
						[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
					}
				})
			: await gz(body, { level: 6 });
	return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}

/** The ETag of a compressed representation: another strong tag for other bytes. */
export function encodedEtag(etag: string, encoding: Encoding | null): string {
	return encoding ? etag.replace(/"$/, `-${encoding}"`) : etag;
}

/** If-None-Match against one tag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** Adds Accept-Encoding to the response's Vary header. */
export function varyOnEncoding(headers: Headers): void {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', 'Accept-Encoding');
	else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
}

/**
 * Whether a response is one this module compresses: a body of a text type, not encoded yet,
 * and not a stream by design (server-sent events, or marked not to be buffered or transformed).
 */
function eligible(response: Response): boolean {
	const h = response.headers;
	if (!response.body || h.has('content-encoding') || !compressibleType(h.get('content-type'))) return false;
	if (h.get('content-type')!.startsWith('text/event-stream')) return false;
	if (h.get('x-accel-buffering') === 'no' || /\bno-transform\b/.test(h.get('cache-control') ?? '')) return false;
	if (response.status === 204 || response.status === 206 || response.status === 304) return false;
	const length = h.get('content-length');
	return length === null || Number(length) >= MIN_BYTES;
}

/** The response compressed for this request, or as it was when it is not to be compressed. */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (request.method === 'HEAD' || !eligible(response)) return response;
	const encoding = acceptedEncoding(request.headers.get('accept-encoding'));
	if (!encoding) {
		varyOnEncoding(response.headers);
		return response;
	}
	const headers = new Headers(response.headers);
	varyOnEncoding(headers);
	const body = new Uint8Array(await response.arrayBuffer());
	if (body.byteLength >= MIN_BYTES) {
		const packed = await compress(body, encoding);
		headers.set('content-encoding', encoding);
		headers.set('content-length', String(packed.byteLength));
		const etag = headers.get('etag');
		if (etag) headers.set('etag', encodedEtag(etag, encoding));
		return new Response(packed, { status: response.status, statusText: response.statusText, headers });
	}
	headers.set('content-length', String(body.byteLength));
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
