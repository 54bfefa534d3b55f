// A phase's shown state (late, done, to start, not completed in a plan that is over, today
// in Rome) and the order of a plan's phases, and what the dashboard and the public pages get.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { systemActor } from '../kernel';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import {
	createPhase,
	createPlan,
	listPhases,
	PHASE_STATE_LOOK,
	PHASE_STATES,
	phasesByPlan,
	phaseState,
	phaseSummary,
	planConcluded,
	planProgressView,
	publicPhases,
	publicPhasesByPlan,
	romeToday,
	sortPhases
} from '.';

const june = { startsOn: '2026-04-01', endsOn: '2026-06-30' };
const running = { status: 'running', endYear: 2027 };

describe('phase state', () => {
	it('is late once the end date has passed and the phase is not done, whatever its stored status', () => {
		expect(phaseState({ ...june, status: 'planned' }, '2026-07-01', running)).toBe('late');
		expect(phaseState({ ...june, status: 'in_progress' }, '2026-07-01', running)).toBe('late');
		expect(phaseState({ ...june, status: 'planned' }, '2026-06-30', running)).toBe('in_progress');
		expect(phaseState({ ...june, status: 'in_progress' }, '2026-07-01')).toBe('late');
	});

	it('is done when marked done, even before or after its dates', () => {
		expect(phaseState({ ...june, status: 'done' }, '2026-07-01', running)).toBe('done');
		expect(phaseState({ ...june, status: 'done' }, '2026-01-01', running)).toBe('done');
		expect(phaseState({ ...june, status: 'done' }, '2028-01-01', { status: 'closed', endYear: 2027 })).toBe('done');
	});

	it('is to start before its start date, in progress when marked so or when its dates have begun', () => {
		expect(phaseState({ ...june, status: 'planned' }, '2026-03-31', running)).toBe('to_start');
		expect(phaseState({ ...june, status: 'in_progress' }, '2026-03-31', running)).toBe('in_progress');
		// A phase nobody started reads "in progress" once its dates begin, and "late" only after its end.
		expect(phaseState({ ...june, status: 'planned' }, '2026-04-01', running)).toBe('in_progress');
	});

	it('says "not completed" rather than "late" in a plan that is over', () => {
		const closed = { status: 'closed', endYear: 2027 };
		expect(phaseState({ ...june, status: 'planned' }, '2026-07-01', closed)).toBe('not_completed');
		// Closed early: what was still to do will not be done any more.
		expect(phaseState({ ...june, status: 'planned' }, '2026-03-01', closed)).toBe('not_completed');
		// Its last year has passed, though nobody closed it.
		expect(phaseState({ ...june, status: 'in_progress' }, '2027-01-01', { status: 'running', endYear: 2026 })).toBe(
			'not_completed'
		);
		expect(phaseState({ ...june, status: 'in_progress' }, '2026-12-31', { status: 'running', endYear: 2026 })).toBe(
			'late'
		);
		expect(PHASE_STATE_LOOK.not_completed.text).toBe('Non completata');
		expect(PHASE_STATE_LOOK.late.text).toBe('In ritardo');
	});

	it('takes today in Rome: the day turns at midnight Italian time, in summer and in winter', () => {
		// 23:59:59 CEST on 30 June, then midnight: 22:00 UTC.
		expect(romeToday(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
		expect(romeToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
		expect(phaseState({ ...june, status: 'planned' }, romeToday(new Date('2026-06-30T21:59:59Z')), running)).toBe(
			'in_progress'
		);
		expect(phaseState({ ...june, status: 'planned' }, romeToday(new Date('2026-06-30T22:00:00Z')), running)).toBe(
			'late'
		);
		// New Year's Eve at 23:30 UTC is already 2027 in Rome (CET): a 2024-2026 plan is over.
		const lastYear = { status: 'running', endYear: 2026 };
		expect(planConcluded(lastYear, romeToday(new Date('2026-12-31T22:59:59Z')))).toBe(false);
		expect(planConcluded(lastYear, romeToday(new Date('2026-12-31T23:30:00Z')))).toBe(true);
	});

	it('has an icon of the sprite and the words of the message catalogue for every state', () => {
		const sprite = readFileSync('node_modules/bootstrap-italia/dist/svg/sprites.svg', 'utf8');
		const italian = JSON.parse(readFileSync('messages/it.json', 'utf8')) as Record<string, string>;
		for (const state of PHASE_STATES) {
			const { icon, text } = PHASE_STATE_LOOK[state];
			expect(sprite, state).toContain(`id="it-${icon}"`);
			expect(italian[`phase_state_${state}`], state).toBe(text);
		}
		expect(new Set(PHASE_STATES.map((s) => PHASE_STATE_LOOK[s].icon)).size).toBe(PHASE_STATES.length);
		expect(italian.status_not_achieved).toBe('Non raggiunto');
	});
});

describe('phase order', () => {
	const phase = (id: number, position: number, startsOn: string, endsOn = startsOn) => ({
		id,
		position,
		startsOn,
		endsOn
	});

	it('puts phases without a position in date order: start, then end, then id', () => {
		const rows = [
			phase(1, 0, '2025-03-01'),
			phase(2, 0, '2025-01-01', '2025-02-28'),
			phase(3, 0, '2025-01-01', '2025-01-31'),
			phase(5, 0, '2025-05-01'),
			phase(4, 0, '2025-05-01')
		];
		expect(sortPhases(rows).map((p) => p.id)).toEqual([3, 2, 1, 4, 5]);
		expect(rows.map((p) => p.id)).toEqual([1, 2, 3, 5, 4]); // not sorted in place
	});

	it('keeps hand-ordered phases in their order, in the places their dates give them', () => {
		// By date: A(0) B(2) C(0) D(1). The hand-ordered B and D hold places 2 and 4, D first.
		const rows = [
			phase(1, 0, '2025-01-01'), // A
			phase(2, 2, '2025-02-01'), // B
			phase(3, 0, '2025-03-01'), // C
			phase(4, 1, '2025-04-01') // D
		];
		expect(sortPhases(rows).map((p) => p.id)).toEqual([1, 4, 3, 2]);
	});

	it('never puts a phase without a position before earlier ones', () => {
		// Before: position 0 went first, so a late addition without a number jumped to the top.
		const rows = [phase(1, 1, '2024-01-01'), phase(2, 2, '2024-05-01'), phase(3, 0, '2025-01-01')];
		expect(sortPhases(rows).map((p) => p.id)).toEqual([1, 2, 3]);
		// All by hand: the positions decide, whatever the dates.
		const byHand = [phase(1, 3, '2024-01-01'), phase(2, 1, '2024-05-01'), phase(3, 2, '2025-01-01')];
		expect(sortPhases(byHand).map((p) => p.id)).toEqual([2, 3, 1]);
		// Equal positions: by date.
		expect(sortPhases([phase(1, 1, '2024-05-01'), phase(2, 1, '2024-01-01')]).map((p) => p.id)).toEqual([2, 1]);
	});
});

useTestDatabase();

describe('phases on the dashboard and the public pages', () => {
	async function fixture(slug: string, status = 'running') {
		const district = await createDistrict({ slug, name: `Ambito ${slug}` });
		const admin = systemActor(district.id);
		const plan = await createPlan(admin, { title: 'Piano 2025-2027', startYear: '2025', endYear: '2027', status });
		const add = (name: string, position: number, startsOn: string, endsOn: string, status = 'planned') =>
			createPhase(admin, plan.id, { name, position: String(position), startsOn, endsOn, status });
		const monitoring = await add('Monitoraggio', 0, '2026-09-01', '2026-12-31');
		const writing = await add('Stesura', 0, '2026-01-15', '2026-06-30'); // ended in June, not done
		const roundtables = await add('Tavoli', 0, '2026-01-01', '2026-03-31', 'done');
		return { district, admin, plan, phases: { monitoring, writing, roundtables } };
	}

	it('orders the phases by date and marks the one that ended in June and is not done as late', async () => {
		const { district, admin, plan, phases } = await fixture('fasi-alfa');
		expect((await listPhases(admin, plan.id)).map((p) => p.name)).toEqual(['Tavoli', 'Stesura', 'Monitoraggio']);

		// The staff dashboard: every plan's phases, with their state and the card's summary.
		const byPlan = await phasesByPlan(admin, [plan], '2026-07-01');
		const list = byPlan.get(plan.id)!;
		expect(list.map((p) => [p.name, p.state, p.icon])).toEqual([
			['Tavoli', 'done', 'check-circle'],
			['Stesura', 'late', 'warning-circle'],
			['Monitoraggio', 'to_start', 'calendar']
		]);
		const summary = phaseSummary(list);
		expect(summary).toMatchObject({ done: 1, total: 3, more: 0 });
		expect(summary.open.map((p) => [p.id, p.state, p.tone])).toEqual([
			[phases.writing.id, 'late', 'behind'],
			[phases.monitoring.id, 'to_start', 'no_data']
		]);

		// The public plan page and the public home say the same.
		const shown = await publicPhases(district, plan, '2026-07-01');
		expect(shown.find((p) => p.name === 'Stesura')).toMatchObject({ state: 'late', icon: 'warning-circle' });
		const home = await publicPhasesByPlan(district, [plan], '2026-07-01');
		expect(home.get(plan.id)!.map((p) => p.state)).toEqual(['done', 'late', 'to_start']);

		// Another district's reader sees none of them.
		const other = await createDistrict({ slug: 'fasi-altro', name: 'Altro' });
		expect((await phasesByPlan(systemActor(other.id), [plan], '2026-07-01')).get(plan.id)).toEqual([]);
	});

	it('says "not completed" and the indicators "not achieved" once the plan is closed', async () => {
		const { district, admin, plan } = await fixture('fasi-beta', 'closed');
		const states = (await publicPhases(district, plan, '2026-07-01')).map((p) => p.state);
		expect(states).toEqual(['done', 'not_completed', 'not_completed']);
		const charts = { base: '/x', version: 1 };
		expect((await planProgressView(admin, plan.id, {}, charts, '2026-07-01')).concluded).toBe(true);
	});

	it('flags a running plan as concluded only once its end year has passed in Rome', async () => {
		const { admin, plan } = await fixture('fasi-gamma');
		const charts = { base: '/x', version: 1 };
		expect((await planProgressView(admin, plan.id, {}, charts, '2027-12-31')).concluded).toBe(false);
		expect((await planProgressView(admin, plan.id, {}, charts, '2028-01-01')).concluded).toBe(true);
	});
});
