import { fontsNotEmbedded, paintedOutsideMarkedContent, readPdf } from '../pdf-testing';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDistrict } from '../accounts';
import { errorOf, useTestDatabase } from '../db/testing';
import { NotFoundError, type ValidationError } from '../errors';
import { systemActor } from '../kernel';
import { createOrganisation } from '../organisations';
import { addPeriod, createIndicator, createObjective, createPlan, getIndicator } from '../planning';
import {
	addParticipant,
	addSession,
	addTrainee,
	attendanceCertificate,
	createCourse,
	getCourse,
	operatorsTrained,
	recordRegister,
	removeParticipant,
	sessionsHeld,
	trainingSelfCheckin
} from '.';
import { db } from '../db';

useTestDatabase();

const ve = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const asst = await createOrganisation(admin, { name: 'ASST Lodi', type: 'health_agency' });
	const comune = await createOrganisation(admin, { name: 'Comune di Lodi', type: 'municipality' });
	const course = await createCourse(admin, {
		title: 'Mediazione e servizi',
		provider: 'CPIA di Lodi',
		plannedHours: '8',
		minHours: '6',
		targetRoles: 'Assistente sociale\nEducatore'
	});
	return { district, admin, asst, comune, course };
}

const session = (date: string, startTime: string, endTime: string) => ({ date, startTime, endTime, place: 'Lodi' });

describe('training', () => {
	it('refuses a session that ends before it starts, a participant of another district, and a certificate below the minimum', async () => {
		const { admin, course, asst } = await setup('trn-a');
		const other = await setup('trn-a2');
		expect((await ve(addSession(admin, course.id, session('2022-03-01', '14:00', '10:00')))).endTime).toMatch(
			/finire dopo/
		);
		const s1 = await addSession(admin, course.id, session('2022-03-01', '09:00', '13:00'));
		const stranger = await addTrainee(other.admin, { name: 'Anna Neri', organisationId: String(other.asst.id) });
		expect((await ve(addParticipant(admin, s1.id, { traineeId: String(stranger.id) }))).traineeId).toMatch(
			/non trovato/
		);
		expect((await ve(recordRegister(admin, s1.id, { traineeIds: String(stranger.id) }))).traineeIds).toMatch(
			/non è di questo ambito/
		);
		// A session of another district is not found at all.
		const s2 = await addSession(other.admin, other.course.id, session('2022-03-01', '09:00', '13:00'));
		expect(await errorOf(addParticipant(admin, s2.id, { name: 'Mario Rossi' }))).toBeInstanceOf(NotFoundError);
		expect(
			(await ve(addParticipant(admin, s1.id, { name: 'Mario', organisationId: String(other.asst.id) }))).organisationId
		).toMatch(/non trovato/);

		const { traineeId } = await addParticipant(admin, s1.id, {
			name: 'Mario Rossi',
			organisationId: String(asst.id),
			role: 'Assistente sociale'
		});
		expect(
			(await ve(addParticipant(admin, s1.id, { name: 'mario rossi', organisationId: String(asst.id) }))).traineeId
		).toMatch(/già tra i presenti/);
		expect((await ve(attendanceCertificate(admin, course.id, traineeId)))._form).toBe(
			'Attestato non disponibile: Mario Rossi ha frequentato 4 ore su 6 richieste dal corso.'
		);
		const s3 = await addSession(admin, course.id, session('2022-03-08', '09:00', '13:00'));
		await addParticipant(admin, s3.id, { traineeId: String(traineeId) });
		const { pdf, filename } = await attendanceCertificate(admin, course.id, traineeId);
		expect(filename).toBe(`attestato-mario-rossi-${course.id}.pdf`);
		const dir = mkdtempSync(join(tmpdir(), 'pdz-cert-'));
		writeFileSync(join(dir, 'a.pdf'), pdf);
		if (process.env.PDZ_KEEP_PDF) writeFileSync(join(process.env.PDZ_KEEP_PDF, 'attestato.pdf'), pdf);
		const text = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-']).toString();
		expect(text).toContain('Attestato di frequenza');
		expect(text).toContain('Mario Rossi');
		expect(text.replace(/\s+/g, ' ')).toContain('per 8 ore in 2 sessioni, dal 1 marzo 2022 all’8 marzo 2022.');
		const info = execFileSync('pdfinfo', [join(dir, 'a.pdf')]).toString();
		expect(info).toMatch(/Tagged:\s+yes/);
		expect(info).toMatch(/Title:\s+Attestato di frequenza - Mario Rossi/);
		expect(execFileSync('pdffonts', [join(dir, 'a.pdf')]).toString()).toMatch(/yes\s+yes\s+yes/);
		// A real structure tree: the title and the name as headings, the rest as paragraphs.
		const facts = await readPdf(pdf);
		for (const role of ['Document', 'H1', 'H2', 'P']) expect(facts.roles.get(role) ?? 0, role).toBeGreaterThan(0);
		expect(info).toMatch(/PDF version:\s+1\.7/);
		expect(fontsNotEmbedded(facts.fonts)).toEqual([]);
		expect(paintedOutsideMarkedContent(pdf)).toBe(0);
	});

	it('counts distinct operators who completed, courses held and hours, by period, role and organisation', async () => {
		const { admin, district, course, asst, comune } = await setup('trn-b');
		const short = await createCourse(admin, { title: 'Aggiornamento normativo', plannedHours: '2' });
		const a1 = await addSession(admin, course.id, session('2022-12-20', '09:00', '13:00'));
		const a2 = await addSession(admin, course.id, session('2023-01-10', '09:00', '13:00'));
		const b1 = await addSession(admin, short.id, session('2023-02-01', '10:00', '12:00'));
		const mario = await addTrainee(admin, {
			name: 'Mario Rossi',
			organisationId: String(asst.id),
			role: 'Assistente sociale'
		});
		const lucia = await addTrainee(admin, {
			name: 'Lucia Bianchi',
			organisationId: String(comune.id),
			role: 'Educatrice'
		});
		const carla = await addTrainee(admin, {
			name: 'Carla Verdi',
			organisationId: String(comune.id),
			role: 'Educatrice'
		});
		await recordRegister(admin, a1.id, { traineeIds: `${mario.id},${lucia.id},${carla.id}` });
		await recordRegister(admin, a2.id, { traineeIds: `${mario.id},${lucia.id}` });
		// Mario also takes the short course: still one operator.
		await recordRegister(admin, b1.id, { traineeIds: `${mario.id},${carla.id}` });
		const y = (year: number) => ({ startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
		const tx = db();
		// Completion is the day the hours reached the minimum (6 of 8): the second session, in 2023.
		expect(await operatorsTrained(tx, district.id, y(2022))).toEqual({ operators: 0, courses: 0 });
		expect(await operatorsTrained(tx, district.id, y(2023))).toEqual({ operators: 3, courses: 2 });
		expect(
			await operatorsTrained(tx, district.id, { startsOn: '2021-01-01', endsOn: '2023-12-31' }, { role: 'educatrice' })
		).toEqual({ operators: 2, courses: 2 });
		expect((await operatorsTrained(tx, district.id, y(2023), { organisationId: asst.id })).operators).toBe(1);
		expect(await sessionsHeld(tx, district.id, y(2022))).toEqual({ sessions: 1, courses: 1, hours: 4 });
		expect(await sessionsHeld(tx, district.id, y(2023))).toEqual({ sessions: 2, courses: 2, hours: 6 });
		const detail = await getCourse(admin, course.id);
		expect(detail.deliveredHours).toBe(8);
		expect(detail.participants.map((p) => [p.name, p.hours, p.completedOn])).toEqual([
			['Carla Verdi', 4, null],
			['Lucia Bianchi', 8, '2023-01-10'],
			['Mario Rossi', 8, '2023-01-10']
		]);
	});

	it('keeps the operators-trained indicator current, and self check-in with a spaced code', async () => {
		const { admin, course } = await setup('trn-c');
		const plan = await createPlan(admin, {
			title: 'Piano 2025-2027',
			startYear: '2025',
			endYear: '2027',
			status: 'running'
		});
		const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'OS5', title: 'Formazione' });
		const indicator = await createIndicator(admin, objective.id, {
			code: 'OS5.PRO1',
			name: 'Operatori formati',
			kind: 'process',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum',
			source: 'training_operators'
		});
		await addPeriod(admin, indicator.id, { label: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31', target: '10' });
		const actual = async () => (await getIndicator(admin, indicator.id)).periods[0];
		expect((await actual()).actualNumber).toBe('0');
		const s = await addSession(admin, course.id, session('2026-05-04', '09:00', '15:00'));
		await addParticipant(admin, s.id, { name: 'Anna Neri' });
		const during = new Date(s.startsAt.getTime() + 60_000);
		const code = s.checkinCode.replace(/^(\d{3})/, '$1 ');
		expect(
			(
				await ve(
					trainingSelfCheckin(
						s.checkinToken,
						{ name: 'Paolo Riva', code: '000000' === s.checkinCode ? '111111' : '000000' },
						'10.0.0.1',
						during
					)
				)
			).code
		).toMatch(/non corretto/);
		expect(
			(
				await ve(
					trainingSelfCheckin(
						s.checkinToken,
						{ name: 'Paolo Riva', code },
						'10.0.0.1',
						new Date('2026-06-01T10:00:00Z')
					)
				)
			).code
		).toMatch(/solo durante la sessione/);
		await trainingSelfCheckin(s.checkinToken, { name: 'Paolo Riva', code, role: 'Educatore' }, '10.0.0.1', during);
		expect(
			(await ve(trainingSelfCheckin(s.checkinToken, { name: 'paolo riva', code }, '10.0.0.1', during))).name
		).toMatch(/già registrata/);
		const period = await actual();
		expect(period.actualNumber).toBe('2');
		expect(period.actualComment).toMatch(/2 operatori distinti hanno completato almeno un corso nel periodo/);
		const { participants } = await getCourse(admin, course.id);
		await removeParticipant(admin, s.id, participants.find((p) => p.name === 'Anna Neri')!.id);
		expect((await actual()).actualNumber).toBe('1');
	});
});
