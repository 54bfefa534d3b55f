// Files the platform generates, sent as downloads that are never cached by anyone else.
const TYPES = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
} as const;

export function download(body: Buffer | string, format: keyof typeof TYPES, fileName: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: { 'content-type': TYPES[format], 'content-disposition': `attachment; filename="${fileName}.${format}"`, 'cache-control': 'private, no-store' }
	});
}
