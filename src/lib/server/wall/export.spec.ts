import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { wallXlsx } from './export';
import { toCsv } from '../csv';

const table = [
	['Tema', 'Colonna', 'Punti', 'Nota'],
	['Governance', 'Proposte', 7, 'Protocollo; con "Prefettura"'],
	['Accesso', 'Proposte', 0, '=HYPERLINK("http://x")']
];

describe('wall export', () => {
	it('writes CSV for Italian spreadsheets, with formulas made inert', () => {
		const csv = toCsv(table);
		expect(csv.startsWith('\uFEFFTema;Colonna;Punti;Nota\r\n')).toBe(true);
		expect(csv).toContain('Governance;Proposte;7;"Protocollo; con ""Prefettura"""');
		expect(csv).toContain(`Accesso;Proposte;0;"'=HYPERLINK(""http://x"")"`);
	});

	it('writes an XLSX that a spreadsheet reader opens with the same values', async () => {
		const rows = await readSheet(await wallXlsx(table));
		expect(rows).toEqual(table);
	});
});
