// Files the platform generates, sent as downloads that are never cached by anyone else.
const TYPES = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
} as const;

/** A file to save, of any type (its name made by the platform, ASCII); a stream is sent as it is read. */
export function attachment(
	body: Buffer | string | ReadableStream<Uint8Array>,
	contentType: string,
	fileName: string
): Response {
	return new Response(typeof body === 'string' || body instanceof ReadableStream ? body : new Uint8Array(body), {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
}

export function download(
	body: Buffer | string | ReadableStream<Uint8Array>,
	format: keyof typeof TYPES,
	fileName: string
): Response {
	return attachment(body, TYPES[format], `${fileName}.${format}`);
}
