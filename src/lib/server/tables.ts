// Tables in files: XLSX written for Excel and Calc, and spreadsheets or CSV read back, whatever
// their name claims, their encoding (UTF-8, or Windows-1252 as older Excel saves it) and their
// separator. What cannot be read is refused with a reason in Italian.
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { ValidationError } from './errors';
import type { Cell } from './csv';

export async function toXlsx(table: Cell[][], options: { sheet: string; widths: number[] }): Promise<Buffer> {
	const [header, ...rows] = table;
	const data = [
		header.map((value) => ({ value: String(value), fontWeight: 'bold' as const })),
		...rows.map((row) => row.map((value) => ({ value: value === null || value === '' ? null : value })))
	];
	return writeXlsxFile(data as never, {
		sheet: options.sheet,
		columns: options.widths.map((width) => ({ width }))
	}).toBuffer();
}

export const MAX_TABLE_BYTES = 5 * 1024 * 1024;
export const MAX_TABLE_ROWS = 20_000;

export interface ReadTable {
	rows: string[][];
	/** Something the person should know, e.g. that the file was converted from Windows-1252. */
	notice?: string;
}

const refuse = (message: string): never => {
	throw new ValidationError({ file: message });
};

/** Reads an uploaded XLSX or CSV into rows of text cells (the header first). */
export async function readTable(name: string, bytes: Uint8Array): Promise<ReadTable> {
	if (bytes.length === 0) refuse('Il file è vuoto.');
	if (bytes.length > MAX_TABLE_BYTES)
		refuse(`Il file è troppo grande: al massimo ${MAX_TABLE_BYTES / 1024 / 1024} MB.`);
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const lower = name.toLowerCase();
	if (zip) return { rows: await readXlsx(bytes) };
	if (lower.endsWith('.xlsx'))
		refuse('Il file ha il nome di un foglio Excel (.xlsx) ma non lo è: salvarlo di nuovo da Excel o Calc.');
	if (lower.endsWith('.xls') || (bytes[0] === 0xd0 && bytes[1] === 0xcf))
		refuse('Il vecchio formato .xls non è supportato: salvare il file come .xlsx o come CSV.');
	if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) refuse('Caricare un file .xlsx oppure .csv.');
	return readCsv(bytes);
}

/** What an XLSX may unpack to: a spreadsheet of 20,000 rows is a few megabytes. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/**
 * The total size of a ZIP's entries once unpacked, from its central directory (read before
 * anything is unpacked, so that a small "zip bomb" is refused); null if it is not readable.
 */
export function unzippedSize(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65_557); end--) {
		if (view.getUint32(end, true) !== 0x06054b50) continue;
		const entries = view.getUint16(end + 10, true);
		let at = view.getUint32(end + 16, true);
		let total = 0;
		for (let i = 0; i < entries; i++) {
			if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
			const size = view.getUint32(at + 24, true);
			if (size === 0xffffffff) return Infinity; // ZIP64: larger than any spreadsheet we take
			total += size;
			at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		}
		return total;
	}
	return null;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
	const unzipped = unzippedSize(bytes);
	if (unzipped === null) refuse('Il foglio Excel non si riesce a leggere: è danneggiato?');
	if (unzipped! > MAX_UNZIPPED_BYTES)
		refuse('Il foglio Excel è troppo grande una volta aperto: dividerlo in più file.');
	let rows: unknown[][];
	try {
		rows = (await readSheet(Buffer.from(bytes))) as unknown[][];
	} catch {
		return refuse('Il foglio Excel non si riesce a leggere: è danneggiato o protetto da password?');
	}
	if (rows.length > MAX_TABLE_ROWS + 1) refuse(`Troppe righe: al massimo ${MAX_TABLE_ROWS}.`);
	return rows.map((row) => row.map(cellText));
}

function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (typeof v === 'number') return String(v).replace('.', ',');
	return String(v);
}

/** Bytes Windows-1252 leaves undefined: a file with them is neither UTF-8 nor Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function readCsv(bytes: Uint8Array): ReadTable {
	let text: string;
	let notice: string | undefined;
	// Excel's "Testo Unicode" is UTF-16 with a byte order mark, its columns separated by tabs.
	const utf16 =
		bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
	if (utf16) {
		try {
			text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
		} catch {
			return refuse('Il file dichiara la codifica UTF-16 ma è danneggiato: salvarlo come «CSV UTF-8».');
		}
		if (text.includes('\0')) return refuse('Il file non è un testo CSV (contiene dati binari).');
		notice = 'Il file era in UTF-16 (il «Testo Unicode» di Excel): è stato convertito.';
		return table(text, notice);
	}
	if (bytes.includes(0)) refuse('Il file non è un testo CSV (contiene dati binari).');
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		if (bytes.some((b) => UNDEFINED_1252.has(b)))
			return refuse('La codifica del file non è riconosciuta: salvarlo come «CSV UTF-8».');
		text = new TextDecoder('windows-1252').decode(bytes);
		notice =
			'Il file era nella codifica Windows-1252 (quella del vecchio Excel): è stato convertito. Controllare le lettere accentate nell’anteprima.';
	}
	return table(text, notice);
}

/** The rows of a text table, its separator (";", "," or tab) told by the first line. */
function table(text: string, notice: string | undefined): ReadTable {
	text = text.replace(/^\uFEFF/, '');
	if (!text.trim()) refuse('Il file è vuoto.');
	// The header's separators, counted outside quoted names ("Nota (a, b)" has no separator).
	const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
	const separator = [';', ',', '\t'].reduce((best, c) => (count(header, c) > count(header, best) ? c : best));
	const rows = parseCsv(text, separator);
	if (rows.length > MAX_TABLE_ROWS + 1) refuse(`Troppe righe: al massimo ${MAX_TABLE_ROWS}.`);
	return { rows, notice };
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** RFC 4180: quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === separator) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	// Blank rows stay, so that row numbers match the file; whoever reads the table skips them.
	while (rows.length && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
	return rows;
}

/** Text that our exports protected from spreadsheets ("'=..."): the apostrophe goes again. */
export function unprotect(s: string): string {
	return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}
