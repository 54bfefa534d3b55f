// The printable signature sheet (foglio firme) of a meeting, pre-filled with the expected
// organisations, for meetings held on paper. Staff then enter it in the register.
import { districts, type Actor } from '../kernel';
import PDFDocument from 'pdfkit';
import { fontSafe, FONT, useFonts } from '../pdf-fonts';
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

	const doc = new PDFDocument({
		size: 'A4',
		margin: 48,
		info: { Title: `Foglio firme - ${meeting.title}`, Author: district.name },
		lang: 'it-IT',
		tagged: true,
		displayTitle: true
	} as PDFKit.PDFDocumentOptions);
	useFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

	doc.font(FONT.bold).fontSize(16).text('Foglio firme', { align: 'left' });
	doc.moveDown(0.3).font(FONT.regular).fontSize(11);
	doc.text(fontSafe(`${district.name} - ${owner}`));
	doc.text(fontSafe(meeting.title));
	doc.text(
		fontSafe(
			`${formatDate(start.date)}, ore ${start.time}-${romeParts(meeting.endsAt).time}${meeting.place ? `, ${meeting.place}` : ''}`
		)
	);
	doc.moveDown();

	const left = doc.page.margins.left;
	const widths = [210, 150, 139];
	const header = ['Ente', 'Nome e cognome del referente', 'Firma'];
	const rowHeight = 30;
	const drawRow = (cells: string[], bold: boolean) => {
		if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
		const y = doc.y;
		let x = left;
		doc.font(bold ? FONT.bold : FONT.regular).fontSize(10);
		cells.forEach((cell, i) => {
			doc.rect(x, y, widths[i], rowHeight).stroke();
			doc.text(fontSafe(cell), x + 4, y + 9, {
				width: widths[i] - 8,
				height: rowHeight - 10,
				ellipsis: true,
				lineBreak: false
			});
			x += widths[i];
		});
		doc.x = left;
		doc.y = y + rowHeight;
	};
	drawRow(header, true);
	for (const organisation of expected) drawRow([organisation.name, '', ''], false);
	for (let i = 0; i < 3; i++) drawRow(['', '', ''], false); // for guests and organisations not listed
	doc.end();
	await done;
	return { filename: `foglio-firme-${start.date}.pdf`, pdf: Buffer.concat(chunks) };
}
