import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable, deskAttendance, recordAttendance, recordLeave } from '.';
import { checkinPage, selfCheckin } from './checkin';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { roundtableMembers } from './schema';

useTestDatabase();

describe('self check-in', () => {
	it('records a member with the right code during the meeting, and refuses everything else', async () => {
		const district = await createDistrict({ slug: 'chk-a', name: 'Ambito chk' });
		const admin = systemActor(district.id);
		const rt = await createRoundtable(admin, { name: 'Tavolo' });
		const cpia = await createOrganisation(admin, { name: 'CPIA', type: 'school' });
		const gone = await createOrganisation(admin, { name: 'Ente uscito', type: 'third_sector' });
		await addMember(admin, rt.id, { organisationId: String(cpia.id), joinedOn: '2024-01-01' });
		await addMember(admin, rt.id, { organisationId: String(gone.id), joinedOn: '2024-01-01' });
		const [membership] = await db()
			.select()
			.from(roundtableMembers)
			.where(eq(roundtableMembers.organisationId, gone.id));
		await recordLeave(admin, membership.id, { leftOn: '2024-04-30', version: '1' });
		const meeting = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Tavolo',
				date: '2024-05-16',
				startTime: '09:30',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Lodi',
				status: 'scheduled'
			}
		);
		const during = new Date('2024-05-16T08:00:00Z');
		const input = (organisationId: number, code = meeting.checkinCode) => ({
			organisationId: String(organisationId),
			code,
			delegateName: 'Maria'
		});

		expect(await deskAttendance(admin, meeting.id)).toEqual({
			present: 0,
			expected: 1,
			summary: '0 enti presenti su 1 atteso',
			items: []
		});
		const page = await checkinPage(meeting.checkinToken, during);
		expect(page.open).toBe(true);
		expect(page.organisations.map((o) => o.name)).toEqual(['CPIA']);

		const wrong = meeting.checkinCode === '000000' ? '111111' : '000000';
		expect(
			((await errorOf(selfCheckin(meeting.checkinToken, input(cpia.id, wrong), '10.1.0.1', during))) as ValidationError)
				.fields.code
		).toMatch(/non corretto/);
		expect(
			(
				(await errorOf(
					selfCheckin(meeting.checkinToken, input(cpia.id), '10.1.0.1', new Date('2024-05-17T08:00:00Z'))
				)) as ValidationError
			).fields.code
		).toMatch(/solo durante/);
		expect(
			((await errorOf(selfCheckin(meeting.checkinToken, input(gone.id), '10.1.0.1', during))) as ValidationError).fields
				.organisationId
		).toMatch(/non fa parte/);
		// Typed as it reads in the room, with a space or a dash.
		const spaced = `${meeting.checkinCode.slice(0, 3)} ${meeting.checkinCode.slice(3)}`;
		expect(await selfCheckin(meeting.checkinToken, input(cpia.id, spaced), '10.1.0.1', during)).toEqual({
			organisation: 'CPIA'
		});
		expect(
			((await errorOf(selfCheckin(meeting.checkinToken, input(cpia.id), '10.1.0.1', during))) as ValidationError).fields
				.organisationId
		).toMatch(/già registrata/);
		expect(await errorOf(checkinPage('f'.repeat(32)))).toBeInstanceOf(NotFoundError);
		expect((await checkinPage(meeting.checkinToken, during)).organisations[0].present).toBe(true);

		// The desk sees the check-in at once: who, with the name given, at what time, how.
		const desk = await deskAttendance(admin, meeting.id);
		expect(desk).toMatchObject({ present: 1, expected: 1, summary: '1 ente presente su 1 atteso' });
		expect(desk.items[0].text).toMatch(/^CPIA \(Maria\), alle \d\d:\d\d · codice QR$/);
		await recordAttendance(admin, meeting.id, { present: String(cpia.id) });
		expect((await deskAttendance(admin, meeting.id)).present).toBe(1);
		const viewer = { ...admin, role: 'viewer' as const, userId: 'v' };
		expect(await errorOf(deskAttendance(viewer, meeting.id))).toBeInstanceOf(ForbiddenError);
	});
});
