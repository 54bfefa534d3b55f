// Uploaded files: limits and types checked on the bytes (the name and the browser's type can lie).
import { ValidationError } from './errors';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const FILE_TYPES: { type: string; extensions: string[]; magic: number[] }[] = [
	{ type: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
	{ type: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
	{ type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
	{
		type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		extensions: ['docx'],
		magic: [0x50, 0x4b, 0x03, 0x04]
	},
	{
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extensions: ['xlsx'],
		magic: [0x50, 0x4b, 0x03, 0x04]
	},
	{ type: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], magic: [0x50, 0x4b, 0x03, 0x04] },
	{ type: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], magic: [0x50, 0x4b, 0x03, 0x04] }
];

/** Reads and checks an uploaded file; the error names the form field `file`. */
export async function checkedUpload(
	file: File | null
): Promise<{ filename: string; contentType: string; size: number; data: Buffer }> {
	if (!file || file.size === 0) throw new ValidationError({ file: 'Scegliere un file da allegare.' });
	if (file.size > MAX_UPLOAD_BYTES)
		throw new ValidationError({ file: `Il file è troppo grande: massimo ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` });
	const data = Buffer.from(await file.arrayBuffer());
	const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
	const kind = FILE_TYPES.find((t) => t.extensions.includes(extension) && t.magic.every((b, i) => data[i] === b));
	if (!kind)
		throw new ValidationError({
			file: 'Tipo di file non ammesso: si possono allegare PDF, immagini PNG o JPEG, documenti DOCX, XLSX, ODT e ODS.'
		});
	return {
		filename: file.name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120),
		contentType: kind.type,
		size: data.length,
		data
	};
}
