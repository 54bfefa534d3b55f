import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { systemActor } from '../kernel';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { NotFoundError } from '../errors';
import { addMember, createMeeting, createRoundtable, recordAttendance, saveMinutes, setMinutesStatus } from '.';
import { minutesPdf } from './minutes-pdf';
import { fontsNotEmbedded, paintedOutsideMarkedContent, readPdf } from '../pdf-testing';

useTestDatabase();

describe('minutes as a tagged PDF', () => {
	it('gives the meeting, who was there, the text with its lists and headings, and whether it is approved', async () => {
		const district = await createDistrict({ slug: 'verbale-pdf', name: 'Ambito di prova' });
		const admin = systemActor(district.id);
		const rt = await createRoundtable(admin, { name: 'Tavolo Immigrazione' });
		const cpia = await createOrganisation(admin, { name: 'CPIA di Lodi', type: 'school' });
		const arab = await createOrganisation(admin, { name: 'جمعية الأمل للتضامن', type: 'third_sector' });
		for (const org of [cpia, arab])
			await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2024-01-01' });
		const meeting = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Programmazione 2025/2027',
				date: '2024-05-16',
				startTime: '09:30',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Ufficio di Piano, Lodi',
				status: 'held'
			}
		);
		expect(await errorOf(minutesPdf(admin, meeting.id))).toBeInstanceOf(NotFoundError);
		await recordAttendance(admin, meeting.id, { present: String(cpia.id) });
		const draft = await saveMinutes(admin, meeting.id, {
			body: '<h3>Punti di forza</h3><p>Lo Sportello Stranieri è aperto 36 ore a settimana.</p><ul><li>Mediazione linguistica</li><li>Corsi di italiano</li></ul>',
			version: '0'
		});
		const first = await minutesPdf(admin, meeting.id);
		expect(first.filename).toBe('verbale-2024-05-16-programmazione-20252027.pdf');
		expect((await readPdf(first.pdf)).text).toContain('Bozza, non ancora condivisa con gli enti.');

		const approved = await setMinutesStatus(admin, meeting.id, { status: 'approved', version: String(draft.version) });
		expect(approved.status).toBe('approved');
		const { pdf } = await minutesPdf(admin, meeting.id);
		if (process.env.PDZ_KEEP_PDF) await writeFile(path.join(process.env.PDZ_KEEP_PDF, 'verbale.pdf'), pdf);
		const facts = await readPdf(pdf);
		expect(facts.info).toMatch(/Tagged:\s+yes/);
		expect(facts.info).toMatch(/Title:\s+Verbale - Programmazione 2025\/2027/);
		for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI']) expect(facts.roles.get(role) ?? 0, role).toBeGreaterThan(0);
		expect(paintedOutsideMarkedContent(pdf)).toBe(0);
		expect(fontsNotEmbedded(facts.fonts)).toEqual([]);
		for (const words of [
			'Verbale: Programmazione 2025/2027',
			'16 maggio 2024, ore 09:30-12:00, Ufficio di Piano, Lodi.',
			'Approvato il',
			'Enti presenti: 1 su 2',
			'CPIA di Lodi',
			'Assenti',
			'جمعية الأمل للتضامن',
			'Punti di forza',
			'Lo Sportello Stranieri è aperto 36 ore a settimana.',
			'Mediazione linguistica'
		])
			expect(facts.text).toContain(words);
	});
});
