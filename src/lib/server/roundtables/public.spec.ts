import { describe, expect, it } from 'vitest';
import { systemActor } from '../kernel';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { addDelegate, createOrganisation } from '../organisations';
import {
	addMember,
	commentMinutes,
	createMeeting,
	createRoundtable,
	meetingsFeed,
	publicRoundtable,
	publicRoundtables,
	recordAttendance,
	recordLeave,
	saveMinutes,
	setMinutesStatus
} from '.';

useTestDatabase();

const now = new Date('2026-12-04T10:00:00Z');

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const rt = await createRoundtable(admin, {
		name: 'Tavolo Immigrazione',
		description: 'Il tavolo dell’area immigrazione e cittadinanza.'
	});
	const cpia = await createOrganisation(admin, { name: 'CPIA di Lodi', type: 'school' });
	const caritas = await createOrganisation(admin, { name: 'Caritas Lodigiana', type: 'third_sector' });
	const later = await createOrganisation(admin, { name: 'Ente che aderirà', type: 'other' });
	await addDelegate(admin, cpia.id, { name: 'Maria Rossi', email: 'maria.rossi@cpia.example.it' });
	await addMember(admin, rt.id, { organisationId: String(cpia.id), joinedOn: '2021-01-01' });
	const left = await addMember(admin, rt.id, { organisationId: String(caritas.id), joinedOn: '2021-01-01' });
	await recordLeave(admin, left.id, { leftOn: '2024-06-30', version: String(left.version) });
	await addMember(admin, rt.id, { organisationId: String(later.id), joinedOn: '2027-01-01' });
	const meeting = (title: string, date: string, status: string, extra: Record<string, string> = {}) =>
		createMeeting(
			admin,
			{ roundtableId: rt.id },
			{ title, date, startTime: '09:30', endTime: '12:00', mode: 'in_person', place: 'Lodi', status, ...extra }
		);
	const past = await meeting('Incontro di maggio', '2024-05-16', 'held');
	const shared = await meeting('Incontro di giugno', '2024-06-20', 'held');
	const draft = await meeting('Incontro di luglio', '2024-07-18', 'held');
	await recordAttendance(admin, past.id, { present: String(cpia.id) });
	const next = await meeting('Incontro di gennaio', '2027-01-21', 'scheduled', {
		mode: 'hybrid',
		link: 'https://meet.example.org/segreto',
		agenda: 'Esiti\n\nPriorità 2027'
	});
	const cancelled = await meeting('Incontro annullato', '2027-02-11', 'cancelled');
	const approved = await saveMinutes(admin, past.id, {
		body: '<p>Verbale <strong>approvato</strong></p>',
		version: '0'
	});
	await setMinutesStatus(admin, past.id, { status: 'approved', version: String(approved.version) });
	const sharing = await saveMinutes(admin, shared.id, { body: '<p>Bozza condivisa</p>', version: '0' });
	await setMinutesStatus(admin, shared.id, { status: 'shared', version: String(sharing.version) });
	await commentMinutes(admin, shared.id, { body: 'Commento di un membro' });
	await saveMinutes(admin, draft.id, { body: '<p>Bozza interna</p>', version: '0' });
	return { district, admin, rt, cpia, next, cancelled, past };
}

describe('public roundtable page', () => {
	it('shows what it is for, today’s members, the next meetings and only the approved minutes', async () => {
		const { district, rt, cpia, next, cancelled, past } = await setup('pub-rt-a');
		const page = (await publicRoundtable(district.id, rt.id, now))!;
		expect(page.roundtable).toEqual({
			id: rt.id,
			name: 'Tavolo Immigrazione',
			description: 'Il tavolo dell’area immigrazione e cittadinanza.'
		});
		// Caritas left in 2024, the other joins in 2027: only the CPIA is a member today.
		expect(page.members).toEqual([{ id: cpia.id, name: 'CPIA di Lodi', type: 'school' }]);
		expect(page.upcoming.map((m) => [m.id, m.status])).toEqual([
			[next.id, 'scheduled'],
			[cancelled.id, 'cancelled']
		]);
		expect(page.upcoming[0]).toMatchObject({ mode: 'hybrid', place: 'Lodi', agenda: ['Esiti', 'Priorità 2027'] });
		expect(page.minutes).toEqual([
			expect.objectContaining({
				meetingId: past.id,
				title: 'Incontro di maggio',
				body: '<p>Verbale <strong>approvato</strong></p>'
			})
		]);
		expect(page.minutes[0].approvedAt).toBeInstanceOf(Date);
		expect(page.updatedAt).toBeInstanceOf(Date);
		// Never the online link, check-in codes, people, comments or drafts.
		const text = JSON.stringify(page);
		for (const secret of [
			'meet.example.org',
			'checkin',
			'Maria Rossi',
			'maria.rossi',
			'Bozza',
			'Commento di un membro',
			'Caritas',
			'coordinator'
		])
			expect(text).not.toContain(secret);
	});

	it('answers null for another district’s roundtable or an unknown id', async () => {
		const { district, rt } = await setup('pub-rt-b');
		const other = await createDistrict({ slug: 'pub-rt-b2', name: 'Altro ambito' });
		expect(await publicRoundtable(other.id, rt.id, now)).toBeNull();
		expect(await publicRoundtable(district.id, 999_999, now)).toBeNull();
		expect(await publicRoundtables(other.id)).toEqual([]);
		expect((await publicRoundtables(district.id)).map((r) => r.name)).toEqual(['Tavolo Immigrazione']);
	});

	it('shows no past meeting among the next ones, and the public feed keeps the online link private', async () => {
		const { district, rt } = await setup('pub-rt-c');
		const later = (await publicRoundtable(district.id, rt.id, new Date('2027-03-01T10:00:00Z')))!;
		expect(later.upcoming).toEqual([]);
		const feed = await meetingsFeed(district, 'pdz.example.it', rt.id);
		expect(feed).toContain('SUMMARY:Incontro di gennaio');
		expect(feed).not.toContain('meet.example.org');
	});
});
