// The printable signature sheet (foglio firme) of a meeting, pre-filled with the expected
// organisations, for meetings held on paper. Staff then enter it in the register.
import { districts, type Actor } from '../kernel';
import { TaggedPdf } from '../pdf-tagged';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { romeParts } from '$lib/time';
import { formatDate } from '$lib/format';
import { meetings, roundtables, subDistricts } from './schema';
import { assertCanManageMeetingsOf } from './access';
import { expectedAt } from './queries';
import { eq } from 'drizzle-orm';

export async function signatureSheet(actor: Actor, meetingId: number): Promise<{ filename: string; pdf: Buffer }> {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const [district] = await db().select().from(districts).where(eq(districts.id, actor.districtId));
	const owner = meeting.roundtableId
		? (await findOwned(db(), roundtables, actor.districtId, meeting.roundtableId, 'Tavolo')).name
		: (await findOwned(db(), subDistricts, actor.districtId, meeting.subDistrictId!, 'Microambito')).name;
	const expected = await expectedAt(db(), meeting);
	const start = romeParts(meeting.startsAt);

	// A tagged PDF (PDF/UA): heading, paragraphs, and the grid as a table whose header cells
	// name the columns; the empty cells are where people sign.
	const t = new TaggedPdf({ title: `Foglio firme - ${meeting.title}`, author: district.name, margin: 48 });
	const doc = t.doc;
	t.heading(1, 'Foglio firme', { size: 16, weight: 'bold' }, { keep: 80 });
	const line = { size: 11 };
	t.block('P', `${district.name} - ${owner}`, line);
	t.block('P', meeting.title, line);
	t.block(
		'P',
		`${formatDate(start.date)}, ore ${start.time}-${romeParts(meeting.endsAt).time}${meeting.place ? `, ${meeting.place}` : ''}`,
		line
	);
	t.gap(2, 11);

	const widths = [210, 150, 139];
	const header = ['Ente', 'Nome e cognome del referente', 'Firma'];
	const rowHeight = 30;
	const cell = { size: 10 };
	const head = { size: 10, weight: 'bold' as const };
	const table = t.open('Table');
	const drawRow = (cells: string[], bold: boolean, repeated = false) => {
		const y = doc.y;
		let x = t.left;
		const tr = repeated ? null : t.element('TR', {}, table);
		cells.forEach((text, i) => {
			t.artifact(() => doc.lineWidth(1).strokeColor('black').rect(x, y, widths[i], rowHeight).stroke());
			const el = tr ? t.element(bold ? 'TH' : 'TD', bold ? { scope: 'Column' } : {}, tr) : null;
			// One line a cell: a longer name is cut, with "…".
			const lines = t.oneLine(text, bold ? head : cell, widths[i] - 8);
			const at = x;
			const draw = () => t.drawLines(lines, at + 4, y + 9, widths[i] - 8, bold ? head : cell);
			if (el) {
				if (text) t.content(el, bold ? 'TH' : 'TD', draw);
				el.end();
			} else t.artifact(draw, 'Pagination');
			x += widths[i];
		});
		tr?.end();
		doc.x = t.left;
		doc.y = y + rowHeight;
	};
	drawRow(header, true);
	const row = (cells: string[]) => {
		// Each page starts with the header row again (a repetition: an artifact).
		if (doc.y + rowHeight > t.bottom) {
			t.newPage();
			drawRow(header, true, true);
		}
		drawRow(cells, false);
	};
	for (const organisation of expected) row([organisation.name, '', '']);
	for (let i = 0; i < 3; i++) row(['', '', '']); // for guests and organisations not listed
	t.close();
	const pdf = await t.end();
	return { filename: `foglio-firme-${start.date}.pdf`, pdf };
}
