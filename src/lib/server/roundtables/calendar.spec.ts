import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { addDelegate, createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable } from '.';
import { districtCalendar, meetingsFeed, monthBounds } from './calendar';
import { addSession, createCourse } from '../training';
import { createPlan, createPhase } from '../planning';

useTestDatabase();

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const rt = await createRoundtable(admin, { name: 'Tavolo Immigrazione' });
	const org = await createOrganisation(admin, { name: 'CPIA', type: 'school' });
	await addDelegate(admin, org.id, { name: 'Maria Rossi', email: 'maria.rossi@cpia.example.it' });
	await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2021-01-01' });
	const meeting = await createMeeting(
		admin,
		{ roundtableId: rt.id },
		{
			title: 'Tavolo Immigrazione',
			date: '2024-10-28',
			startTime: '09:30',
			endTime: '12:00',
			mode: 'hybrid',
			place: 'Lodi',
			link: 'https://meet.example.org/x',
			agenda: 'Esiti\nPriorità',
			status: 'scheduled'
		}
	);
	return { district, admin, rt, meeting };
}

describe('invitations and calendar feeds', () => {
	it('publishes a feed without the online links', async () => {
		const { district, rt } = await setup('cal-c');
		const feed = await meetingsFeed(district, 'pdz.example.it', rt.id);
		const events = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent');
		expect(events).toHaveLength(1);
		expect(feed).not.toContain('meet.example.org');
		expect(feed).toContain('Esiti\\nPriorità');
	});

	it('gives the month of meetings, training sessions and phases, by Rome day, to who may read each', async () => {
		const { admin, district, meeting } = await setup('cal-d');
		const plan = await createPlan(admin, {
			title: 'Piano 2024-2026',
			startYear: '2024',
			endYear: '2026',
			status: 'drafting'
		});
		await createPhase(admin, plan.id, {
			name: 'Ascolto dei tavoli',
			startsOn: '2024-09-01',
			endsOn: '2024-11-30',
			status: 'in_progress'
		});
		await createPhase(admin, plan.id, {
			name: 'Stesura',
			startsOn: '2024-10-15',
			endsOn: '2024-12-31',
			status: 'planned'
		});
		const course = await createCourse(admin, { title: 'Accoglienza e mediazione' });
		await addSession(admin, course.id, { date: '2024-10-31', startTime: '23:00', endTime: '23:30', place: 'Lodi' });
		await addSession(admin, course.id, { date: '2024-11-01', startTime: '00:30', endTime: '02:00', place: 'Lodi' });

		const october = await districtCalendar(admin, '2024-10');
		expect(october.items.map((i) => [i.kind, i.day, i.time, i.title])).toEqual([
			['phase_start', '2024-10-15', null, 'Stesura'],
			['meeting', '2024-10-28', '09:30–12:00', 'Tavolo Immigrazione'],
			// 23:00 in Rome is 22:00 UTC on the 31st: the Rome day counts.
			['training', '2024-10-31', '23:00–23:30', 'Accoglienza e mediazione']
		]);
		expect(october.items[1]).toMatchObject({ context: 'Tavolo Immigrazione', path: `/incontri/${meeting.id}` });
		expect(october.phases.map((p) => p.name)).toEqual(['Ascolto dei tavoli', 'Stesura']);
		expect((await districtCalendar(admin, '2024-11')).items.map((i) => [i.kind, i.day])).toEqual([
			['training', '2024-11-01'],
			['phase_end', '2024-11-30']
		]);
		// A delegate reads meetings and phases, not the training register.
		const delegate = { ...admin, role: 'delegate' as const, userId: 'x' };
		expect((await districtCalendar(delegate, '2024-10')).items.map((i) => i.kind)).toEqual(['phase_start', 'meeting']);
		expect((await districtCalendar(admin, '2025-01')).items).toEqual([]);
		expect(district.id).toBeGreaterThan(0);
	});

	it('knows the bounds of a month', () => {
		expect(monthBounds('2024-02')).toMatchObject({
			first: '2024-02-01',
			last: '2024-02-29',
			days: 29,
			previous: '2024-01',
			next: '2024-03'
		});
		expect(monthBounds('2024-12')).toMatchObject({ last: '2024-12-31', next: '2025-01' });
		expect(monthBounds('2025-01')).toMatchObject({ previous: '2024-12' });
	});
});
