// CSV as spreadsheets and open-data tools read it. Text starting with = + - @ would open as a
// formula in a spreadsheet: such text gets a leading apostrophe (numbers do not).
export type Cell = string | number | boolean | null;

function csvCell(v: Cell, separator: string): string {
	if (v === null) return '';
	let s = String(v);
	// Numbers and phone numbers ("-3.5", "+39 0371 000") stay as they are.
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^[+-]?[\d\s.,()/]+$/.test(s)) s = `'${s}`;
	return s.includes(separator) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Semicolons and a byte-order mark (the default): what Excel in Italian expects, and
 * LibreOffice reads it too. Open data uses commas without a mark (RFC 4180).
 */
export function toCsv(table: Cell[][], options: { separator?: ',' | ';'; bom?: boolean } = {}): string {
	const { separator = ';', bom = separator === ';' } = options;
	return (
		(bom ? '\uFEFF' : '') +
		table.map((row) => row.map((c) => csvCell(c, separator)).join(separator)).join('\r\n') +
		'\r\n'
	);
}
