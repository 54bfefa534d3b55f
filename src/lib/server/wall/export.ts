// The wall and its ranking as a table: CSV (for any program) and XLSX (for Excel and Calc).
import writeXlsxFile from 'write-excel-file/node';
import { ranking, type Wall } from './service';

const HEADERS = ['Tema', 'Colonna', 'Gruppo', 'Posizione', 'Punti', 'Nota', 'Ente', 'Firma', 'Note unite', 'Nel piano', 'Data'];

export async function wallTable(wall: Wall): Promise<(string | number)[][]> {
	const r = await ranking(wall);
	const rows: (string | number)[][] = [];
	for (const cell of r.cells) {
		for (const n of cell.notes) {
			rows.push([
				cell.theme.label,
				cell.column.label,
				r.groups.find((g) => g.id === n.groupId)?.label ?? '',
				n.rank,
				n.votes,
				n.body,
				n.organisationName,
				n.authorName,
				n.merged.map((m) => `${m.body} (${m.organisationName})`).join(' | '),
				n.promotions.map((p) => `${p.code} ${p.title} (${p.planTitle})`).join(' | '),
				n.createdAt.slice(0, 10)
			]);
		}
	}
	return [HEADERS, ...rows];
}


export async function toXlsx(table: (string | number)[][]): Promise<Buffer> {
	const [header, ...rows] = table;
	const data = [header.map((value) => ({ value: String(value), fontWeight: 'bold' as const })), ...rows.map((row) => row.map((value) => ({ value })))];
	return writeXlsxFile(data, { sheet: 'Parete', columns: [{ width: 24 }, { width: 20 }, { width: 20 }, { width: 10 }, { width: 8 }, { width: 60 }, { width: 30 }, { width: 20 }, { width: 40 }, { width: 30 }, { width: 12 }] }).toBuffer();
}
