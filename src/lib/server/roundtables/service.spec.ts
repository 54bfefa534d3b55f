import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { addPeriod, createIndicator, createObjective, createPlan, getIndicator } from '../planning';
import {
	addMember,
	attendanceByOrganisation,
	createMeeting,
	createRoundtable,
	getMeeting,
	recordAttendance,
	recordLeave,
	shareAttending,
	updateMeeting
} from '.';
import { ForbiddenError, ValidationError } from '../errors';

useTestDatabase();

async function roundtableWith(slug: string, memberNames: string[]) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const rt = await createRoundtable(admin, { name: 'Tavolo immigrazione' });
	const orgs = [];
	for (const name of memberNames) {
		const org = await createOrganisation(admin, { name, type: 'third_sector' });
		await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2021-01-01' });
		orgs.push(org);
	}
	return { district, admin, rt, orgs };
}

const meetingOn = (date: string) => ({
	title: `Incontro del ${date}`,
	date,
	startTime: '09:30',
	endTime: '12:00',
	mode: 'in_person',
	place: 'Lodi',
	status: 'held'
});

describe('roundtables and attendance', () => {
	it('stores meeting times in UTC from Rome wall-clock time, across daylight saving', async () => {
		const { admin, rt } = await roundtableWith('rt-a', []);
		const winter = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{ ...meetingOn('2024-10-28'), startTime: '10:00', endTime: '11:00' }
		);
		const summer = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{ ...meetingOn('2024-10-26'), startTime: '10:00', endTime: '11:00' }
		);
		expect(winter.startsAt.toISOString()).toBe('2024-10-28T09:00:00.000Z');
		expect(summer.startsAt.toISOString()).toBe('2024-10-26T08:00:00.000Z');
		const e = (await errorOf(
			createMeeting(
				admin,
				{ roundtableId: rt.id },
				{ ...meetingOn('2024-05-16'), startTime: '12:00', endTime: '10:00' }
			)
		)) as ValidationError;
		expect(e.fields.endTime).toMatch(/finire dopo/);
		const e2 = (await errorOf(
			createMeeting(
				admin,
				{ roundtableId: rt.id },
				{ ...meetingOn('2024-03-31'), startTime: '02:30', endTime: '04:00' }
			)
		)) as ValidationError;
		expect(e2.fields.startTime).toMatch(/ora legale/);
	});

	it('counts attendance only while an organisation was a member, and computes the share', async () => {
		const { admin, rt, orgs, district } = await roundtableWith('rt-b', ['Alfa', 'Beta', 'Gamma']);
		const held = [];
		for (const date of ['2022-02-01', '2022-03-01', '2022-04-01', '2022-05-01'])
			held.push(await createMeeting(admin, { roundtableId: rt.id }, meetingOn(date)));
		const [alfa, beta, gamma] = orgs;
		// Gamma leaves after the second meeting: only two meetings count for it.
		const [gammaMember] = await db()
			.execute<{ id: number }>(`select id from roundtable_member where organisation_id = ${gamma.id}`)
			.then((r) => r.rows);
		await recordLeave(admin, gammaMember.id, { leftOn: '2022-03-15', version: '1' });
		await recordAttendance(admin, held[0].id, {
			present: `${alfa.id},${beta.id},${gamma.id}`,
			[`delegate_${alfa.id}`]: 'Anna Bianchi'
		});
		const { present } = await getMeeting(admin, held[0].id);
		expect(present.find((p) => p.organisationId === alfa.id)?.delegateName).toBe('Anna Bianchi');
		await recordAttendance(admin, held[1].id, { present: `${alfa.id},${gamma.id}` });
		await recordAttendance(admin, held[2].id, { present: `${alfa.id},${beta.id}` });
		await recordAttendance(admin, held[3].id, { present: `${alfa.id}` });
		const period = { startsOn: '2022-01-01', endsOn: '2022-12-31' };
		const byOrg = await attendanceByOrganisation(db(), district.id, rt.id, period);
		expect(byOrg.map((r) => [r.name, r.attended, r.eligible])).toEqual([
			['Alfa', 4, 4],
			['Beta', 2, 4],
			['Gamma', 2, 2]
		]);
		expect(await shareAttending(db(), district.id, rt.id, period, 70)).toEqual({
			members: 3,
			reaching: 2,
			share: (2 * 100) / 3
		});
		// A member who had left is refused at a later meeting.
		const e = (await errorOf(recordAttendance(admin, held[3].id, { present: `${gamma.id}` }))) as ValidationError;
		expect(e.fields.present).toMatch(/non faceva parte/);
	});

	it('keeps a computed indicator current when attendance changes, and refuses manual actuals for it', async () => {
		const { admin, rt, orgs, district } = await roundtableWith('rt-c', ['Uno', 'Due']);
		const plan = await createPlan(admin, { title: 'Piano', startYear: '2021', endYear: '2023', status: 'closed' });
		const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'S1', title: 'Rete' });
		const indicator = await createIndicator(admin, objective.id, {
			code: 'S1.E1',
			name: '% enti presenti ad almeno il 70% degli incontri',
			kind: 'outcome',
			measure: 'percentage',
			direction: 'higher',
			aggregation: 'latest',
			source: 'attendance_share',
			roundtableId: String(rt.id),
			threshold: '70'
		});
		await addPeriod(admin, indicator.id, {
			label: '2021-2023',
			startsOn: '2021-01-01',
			endsOn: '2023-12-31',
			target: '70',
			actualNumber: '99'
		});
		const meeting = await createMeeting(admin, { roundtableId: rt.id }, meetingOn('2022-06-01'));
		await recordAttendance(admin, meeting.id, { present: `${orgs[0].id}` });
		let detail = await getIndicator({ districtId: district.id }, indicator.id);
		expect(detail.periods[0].actualNumber).toBe('50');
		expect(detail.periods[0].actualComment).toMatch(/1 enti su 2/);
		await recordAttendance(admin, meeting.id, { present: `${orgs[0].id},${orgs[1].id}` });
		detail = await getIndicator({ districtId: district.id }, indicator.id);
		expect(detail.summary.actual).toBe(100);
		expect(detail.summary.progress.status).toBe('over');

		const bad = (await errorOf(
			createIndicator(admin, objective.id, {
				code: 'S1.E2',
				name: 'x',
				kind: 'outcome',
				measure: 'percentage',
				direction: 'higher',
				aggregation: 'latest',
				source: 'attendance_share',
				roundtableId: '999999',
				threshold: '70'
			})
		)) as ValidationError;
		expect(bad.fields.roundtableId).toMatch(/non trovato/);
	});

	it('lets a coordinator manage only the meetings of their own roundtable', async () => {
		const { admin, rt, district } = await roundtableWith('rt-d', ['Uno']);
		const other = await createRoundtable(admin, { name: 'Tavolo anziani' });
		const coordinator = {
			userId: 'coord-1',
			name: 'C',
			email: 'c@x.it',
			districtId: district.id,
			role: 'coordinator' as const
		};
		expect(await errorOf(createMeeting(coordinator, { roundtableId: rt.id }, meetingOn('2024-05-16')))).toBeInstanceOf(
			ForbiddenError
		);
		expect(
			await errorOf(createMeeting(coordinator, { roundtableId: other.id }, meetingOn('2024-05-16')))
		).toBeInstanceOf(ForbiddenError);
		const viewer = { ...coordinator, role: 'viewer' as const };
		expect(await errorOf(createMeeting(viewer, { roundtableId: rt.id }, meetingOn('2024-05-16')))).toBeInstanceOf(
			ForbiddenError
		);
		const m = await createMeeting(admin, { roundtableId: rt.id }, meetingOn('2024-05-16'));
		expect(await errorOf(updateMeeting(viewer, m.id, { ...meetingOn('2024-05-16'), version: '1' }))).toBeInstanceOf(
			ForbiddenError
		);
	});
});
