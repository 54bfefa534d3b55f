// The wall and its ranking as a table: CSV (for any program) and XLSX (for Excel and Calc).
import { toXlsx } from '../tables';
import { ranking } from './screens';
import type { Wall } from './schema';

const HEADERS = [
	'Tema',
	'Colonna',
	'Gruppo',
	'Posizione',
	'Punti',
	'Nota',
	'Ente',
	'Firma',
	'Note unite',
	'Nel piano',
	'Data'
];

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

export function wallXlsx(table: (string | number)[][]): Promise<Buffer> {
	return toXlsx(table, { sheet: 'Parete', widths: [24, 20, 20, 10, 8, 60, 30, 20, 40, 30, 12] });
}
