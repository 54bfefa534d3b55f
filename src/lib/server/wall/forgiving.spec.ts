// A wall that forgives: every merge, hide and grouping undone from the history (refused when
// someone changed those notes since), merges across columns confirmed, the facilitator's timer,
// coordinators carrying proposals into the plan in preparation, and draft objectives kept off
// the public pages and the open data until approval.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { errorOf, useTestDatabase } from '../db/testing';
import { systemActor, type Actor } from '../kernel';
import { createAccount, createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable } from '../roundtables';
import { addPeriod, createArea, createIndicator, createPlan, publicPlanProgress, publishObjective } from '../planning';
import { advanceVersion, listVersions } from '../versions';
import { indicatorDataset } from '../catalogue';
import { ForbiddenError, ValidationError } from '../errors';
import {
	assignGroup,
	createGroup,
	createWall,
	editNote,
	joinWall,
	mergeNote,
	postNote,
	setNoteVisible,
	setVoting,
	vote
} from './commands';
import { viewerOf, staffViewer, type WallViewer } from './access';
import { undoWallAction, wallHistory } from './history';
import { mergeChoices, ranking, wallHeader, wallState } from './screens';
import { closeEndedRounds, startTimer, stopTimer } from './timer';
import { promoteNote, promotionChoices } from './promotion';
import { getWall } from './queries';

useTestDatabase();

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const system = systemActor(district.id);
	const person = async (role: 'admin' | 'coordinator' | 'delegate', name: string): Promise<Actor> => {
		const email = `${role}.${name.toLowerCase()}@${slug}.it`;
		const account = await createAccount(system, { email, name, role, password: 'password-lunga-1' });
		return { ...system, userId: account.id, name, email, role };
	};
	const admin = await person('admin', 'Ufficio');
	const coordinator = await person('coordinator', 'Referente');
	const other = await person('coordinator', 'Altro');
	const plan = await createPlan(admin, {
		slug: '2025-2027',
		title: 'Piano di Zona 2025-2027',
		startYear: '2025',
		endYear: '2027',
		status: 'running'
	});
	const areaG = await createArea(admin, plan.id, { code: 'G', name: 'Immigrazione', position: '0', active: 'on' });
	const areaA = await createArea(admin, plan.id, { code: 'A', name: 'Povertà', position: '1', active: 'on' });
	const rt = await createRoundtable(admin, {
		name: 'Tavolo immigrazione',
		coordinatorId: coordinator.userId,
		areaIds: String(areaG.id)
	});
	await createRoundtable(admin, { name: 'Tavolo povertà', coordinatorId: other.userId, areaIds: String(areaA.id) });
	const cpia = await createOrganisation(admin, { name: 'CPIA', type: 'school' });
	await addMember(admin, rt.id, { organisationId: String(cpia.id), joinedOn: '2024-01-01' });
	const meeting = await createMeeting(
		admin,
		{ roundtableId: rt.id },
		{
			title: 'Tavolo del 16 maggio',
			date: '2024-05-16',
			startTime: '09:30',
			endTime: '12:00',
			mode: 'in_person',
			place: 'Lodi',
			status: 'scheduled'
		}
	);
	const wall = await createWall(admin, { meetingId: meeting.id });
	const facilitator = await staffViewer(coordinator, wall);
	const office: WallViewer = await staffViewer(admin, wall);
	const state = await wallState(wall, facilitator);
	const guest = async (name: string) => {
		const { cookie } = await joinWall(
			wall,
			{ code: wall.joinCode, organisationId: String(cpia.id), organisationOther: '', name },
			'10.0.0.1'
		);
		return viewerOf(wall, null, cookie);
	};
	const cell = (column: number, theme: number) => ({
		columnId: String(state.columns[column].id),
		themeId: String(state.themes[theme].id)
	});
	return { district, admin, coordinator, other, plan, areaG, areaA, wall, facilitator, office, state, guest, cell };
}

const ve = async (p: Promise<unknown>) => (await errorOf(p)) as ValidationError;
const current = (wall: { id: number; districtId: number }) => getWall({ districtId: wall.districtId }, wall.id);

describe('a wall that forgives', () => {
	it('undoes a merge: the note, its followers and its dots come back, and both guests see it', async () => {
		const { wall, facilitator, guest, cell } = await setup('undo-a');
		const a = await guest('Amina');
		const b = await guest('Bruno');
		const target = await postNote(wall, a, { ...cell(2, 0), body: 'Protocollo con la Questura' }, '10.0.0.1');
		const dup = await postNote(wall, b, { ...cell(2, 0), body: 'Tavolo con la Questura' }, '10.0.0.1');
		const follower = await postNote(wall, b, { ...cell(2, 0), body: 'Questura e Prefettura' }, '10.0.0.1');
		await setVoting(wall, facilitator, true);
		await vote(wall, a, dup.id);
		await vote(wall, b, follower.id);
		await vote(wall, b, target.id);
		await mergeNote(wall, facilitator, follower.id, { targetId: String(dup.id) });
		await mergeNote(wall, facilitator, dup.id, { targetId: String(target.id) });
		expect((await wallState(wall, a)).notes.map((n) => [n.id, n.votes])).toEqual([[target.id, 3]]);

		const history = await wallHistory(wall, facilitator);
		expect(history.map((h) => h.text)).toEqual([
			'«Tavolo con la Questura» unita a «Protocollo con la Questura»',
			'«Questura e Prefettura» unita a «Tavolo con la Questura»'
		]);
		expect(await wallHistory(wall, a)).toEqual([]);
		expect(await errorOf(undoWallAction(wall, a, history[0].id))).toBeInstanceOf(ForbiddenError);

		await undoWallAction(wall, facilitator, history[0].id);
		const back = await wallState(wall, b);
		expect(back.notes.map((n) => [n.body, n.votes, n.merged.map((m) => m.body)])).toEqual([
			['Protocollo con la Questura', 1, []],
			['Tavolo con la Questura', 2, ['Questura e Prefettura']]
		]);
		// Every dot is counted once, where it was.
		expect(back.me.votes).toEqual({ [target.id]: 1, [dup.id]: 1 });
		expect((await wallHistory(wall, facilitator))[0]).toMatchObject({ undone: true, undoneBy: 'Referente' });
		expect((await ve(undoWallAction(wall, facilitator, history[0].id))).fields.undo).toMatch(/già stata annullata/);
		// The older merge can be undone too: the follower is back on its own.
		await undoWallAction(wall, facilitator, history[1].id);
		expect((await wallState(wall, b)).notes.map((n) => [n.body, n.votes])).toEqual([
			['Protocollo con la Questura', 1],
			['Tavolo con la Questura', 1],
			['Questura e Prefettura', 1]
		]);
	});

	it('refuses an undo when someone changed those notes since, saying what changed', async () => {
		const { wall, facilitator, office, guest, cell } = await setup('undo-b');
		const a = await guest('Amina');
		const one = await postNote(wall, a, { ...cell(2, 0), body: 'Uno' }, '10.0.0.1');
		const two = await postNote(wall, a, { ...cell(2, 0), body: 'Due' }, '10.0.0.1');
		const three = await postNote(wall, a, { ...cell(2, 0), body: 'Tre' }, '10.0.0.1');
		// Merged, then the target merged on by another facilitator: undo the later one first.
		await mergeNote(wall, facilitator, one.id, { targetId: String(two.id) });
		await mergeNote(wall, office, two.id, { targetId: String(three.id) });
		const [later, first] = await wallHistory(wall, facilitator);
		expect((await ve(undoWallAction(wall, facilitator, first.id))).fields.undo).toMatch(
			/«Uno» è stata poi unita, con la nota in cui era, a un’altra nota: annulla prima quell’unione/
		);
		await undoWallAction(wall, facilitator, later.id);
		await undoWallAction(wall, facilitator, first.id);

		// Hidden, then shown again by hand: nothing left to undo.
		await setNoteVisible(wall, facilitator, one.id, false);
		await setNoteVisible(wall, office, one.id, true);
		const [hide] = await wallHistory(wall, facilitator);
		expect(hide.text).toBe('«Uno» nascosta');
		expect((await ve(undoWallAction(wall, facilitator, hide.id))).fields.undo).toMatch(
			/«Uno» è già stata rimessa sulla parete/
		);
		// Hidden, then edited by the office: refused; the note stays as the office left it.
		await setNoteVisible(wall, facilitator, two.id, false);
		const hidden = (await wallState(wall, facilitator)).notes.find((n) => n.id === two.id)!;
		await editNote(
			wall,
			office,
			two.id,
			{ ...cell(2, 0), body: 'Due, corretta', version: String(hidden.version) },
			'10.0.0.1'
		);
		const [hideTwo] = await wallHistory(wall, facilitator);
		expect((await ve(undoWallAction(wall, facilitator, hideTwo.id))).fields.undo).toMatch(
			/«Due, corretta» è stata modificata dopo/
		);

		// Grouped, then moved to another group: refused; once back, undone.
		await createGroup(wall, facilitator, { label: 'Questura', ...cell(2, 0) });
		await createGroup(wall, facilitator, { label: 'Prefettura', ...cell(2, 0) });
		const groups = (await wallState(wall, facilitator)).groups;
		await assignGroup(wall, facilitator, three.id, { groupId: String(groups[0].id) });
		await assignGroup(wall, office, three.id, { groupId: String(groups[1].id) });
		const [moved, grouped] = await wallHistory(wall, facilitator);
		expect(grouped.text).toBe('«Tre» messa nel gruppo «Questura»');
		expect((await ve(undoWallAction(wall, facilitator, grouped.id))).fields.undo).toMatch(
			/spostata in un altro gruppo/
		);
		await undoWallAction(wall, facilitator, moved.id);
		expect((await wallState(wall, a)).notes.find((n) => n.id === three.id)!.groupId).toBe(groups[0].id);
		await undoWallAction(wall, facilitator, grouped.id);
		expect((await wallState(wall, a)).notes.find((n) => n.id === three.id)!.groupId).toBeNull();
	});

	it('offers merge targets of the same column in board order, without the note; other columns need confirming', async () => {
		const { wall, facilitator, guest, cell } = await setup('merge-c');
		const a = await guest('Amina');
		const access = await postNote(wall, a, { ...cell(2, 1), body: 'Sportello nei Comuni' }, '10.0.0.1');
		const gov = await postNote(wall, a, { ...cell(2, 0), body: 'Protocollo con la Questura' }, '10.0.0.1');
		const note = await postNote(wall, a, { ...cell(2, 0), body: 'Tavolo con la Questura' }, '10.0.0.1');
		const strength = await postNote(wall, a, { ...cell(0, 0), body: 'Rete con la Questura' }, '10.0.0.1');
		const same = await mergeChoices(wall, note.id);
		// Governance before Accesso (the themes' order), though it was posted later.
		expect(same!.candidates.map((c) => c.id)).toEqual([gov.id, access.id]);
		expect((await mergeChoices(wall, note.id, { q: 'QUESTURA' }))!.candidates.map((c) => c.id)).toEqual([gov.id]);
		expect((await mergeChoices(wall, note.id, { all: true }))!.candidates.map((c) => [c.id, c.otherColumn])).toEqual([
			[strength.id, true],
			[gov.id, false],
			[access.id, false]
		]);
		expect((await ve(mergeNote(wall, facilitator, note.id, { targetId: String(strength.id) }))).fields.confirm).toBe(
			'La nota è in «Proposte», quella scelta in «Punti di forza»: conferma per unire note di colonne diverse.'
		);
		await mergeNote(wall, facilitator, note.id, { targetId: String(strength.id), confirm: '1' });
		expect((await wallState(wall, a)).notes.find((n) => n.id === strength.id)!.merged).toHaveLength(1);
	});

	it('shows the guest’s name beside their notes, unless they sign one otherwise', async () => {
		const { wall, guest, cell } = await setup('name-d');
		const a = await guest('Amina');
		const anonymous = await guest('');
		await postNote(wall, a, { ...cell(0, 0), body: 'Con il nome' }, '10.0.0.1');
		await postNote(wall, a, { ...cell(0, 0), body: 'Firmata', authorName: 'Amina per il CPIA' }, '10.0.0.1');
		await postNote(wall, anonymous, { ...cell(0, 0), body: 'Senza nome' }, '10.0.0.1');
		expect((await wallState(wall, a)).notes.map((n) => [n.body, n.authorName])).toEqual([
			['Con il nome', 'Amina'],
			['Firmata', 'Amina per il CPIA'],
			['Senza nome', '']
		]);
	});

	it('runs a timer of more than nothing and at most a day, and closes its round when asked', async () => {
		const { wall, facilitator, guest } = await setup('timer-e');
		const a = await guest('Amina');
		for (const minutes of ['0', '-3', '1441', 'dieci', ''])
			expect(
				(await ve(startTimer(wall, facilitator, { round: 'posting', minutes, autoClose: '1' }))).fields.minutes,
				minutes
			).toMatch(/minut/);
		expect((await ve(startTimer(wall, facilitator, { round: 'pausa', minutes: '5' }))).fields.round).toMatch(
			/scrivere o per votare/
		);
		expect(await errorOf(startTimer(wall, a, { round: 'posting', minutes: '5' }))).toBeInstanceOf(ForbiddenError);
		await startTimer(wall, facilitator, { round: 'voting', minutes: '1440' });
		const header = await wallHeader(await current(wall));
		expect(header.votingOpen).toBe(true);
		expect(header.timer).toMatchObject({ round: 'voting', autoClose: false });
		expect(new Date(header.timer!.endsAt).getTime() - Date.now()).toBeGreaterThan(1439 * 60_000);
		await stopTimer(wall, facilitator);
		expect((await wallHeader(await current(wall))).timer).toBeNull();

		await startTimer(wall, facilitator, { round: 'voting', minutes: '0,5', autoClose: '1' });
		expect(await closeEndedRounds()).toEqual([]);
		await db().execute(sql`update wall set timer_ends_at = now() - interval '1 second' where id = ${wall.id}`);
		expect(await closeEndedRounds()).toEqual([wall.id]);
		const closed = await wallHeader(await current(wall));
		expect([closed.votingOpen, closed.timer, closed.postingOpen]).toEqual([false, null, true]);
		// Ended without closing its round: it stays shown as ended, the round open.
		await startTimer(wall, facilitator, { round: 'posting', minutes: '1' });
		await db().execute(sql`update wall set timer_ends_at = now() - interval '1 second' where id = ${wall.id}`);
		expect(await closeEndedRounds()).toEqual([]);
		expect((await wallHeader(await current(wall))).postingOpen).toBe(true);
	});

	it('lets the roundtable’s coordinator promote into the plan in preparation, in its areas; says why not otherwise', async () => {
		const { admin, coordinator, other, plan, areaG, areaA, wall, guest, cell } = await setup('promo-f');
		const a = await guest('Amina');
		const proposal = await postNote(wall, a, { ...cell(2, 0), body: 'Stabilizzare lo Sportello' }, '10.0.0.1');
		const objective = (areaId: number, code: string) => ({
			mode: 'objective',
			planId: String(plan.id),
			kind: 'area',
			areaId: String(areaId),
			code,
			title: 'Stabilizzare lo Sportello'
		});
		// The coordinator is offered the plan in preparation and only the roundtable's areas.
		const choices = await promotionChoices(coordinator, wall);
		expect(choices.plans.map((p) => [p.title, p.preparing])).toEqual([['Piano di Zona 2025-2027', true]]);
		expect(choices.defaultPlanId).toBe(plan.id);
		expect(choices.areas.map((x) => x.code)).toEqual(['G']);
		// Another roundtable's coordinator: a matter of rights, not of the plan.
		const refused = await errorOf(promoteNote(other, wall, proposal.id, objective(areaG.id, 'G1')));
		expect(refused).toBeInstanceOf(ForbiddenError);
		expect((refused as Error).message).toBe(
			'Portano le note nel piano l’Ufficio di Piano e il referente del tavolo di questa parete: chiedi a loro.'
		);
		expect(
			await errorOf(promoteNote({ ...coordinator, role: 'delegate' }, wall, proposal.id, objective(areaG.id, 'G1')))
		).toBeInstanceOf(ForbiddenError);
		expect((await ve(promoteNote(coordinator, wall, proposal.id, objective(areaA.id, 'A1')))).fields.areaId).toMatch(
			/aree del proprio tavolo/
		);
		expect(
			(
				await ve(
					promoteNote(coordinator, wall, proposal.id, { ...objective(areaG.id, 'S1'), kind: 'system', areaId: '' })
				)
			).fields.areaId
		).toMatch(/aree del proprio tavolo/);
		const { objectiveId } = await promoteNote(coordinator, wall, proposal.id, objective(areaG.id, 'G1'));
		expect((await wallState(wall, a)).notes[0].promotions).toEqual([
			expect.objectContaining({ code: 'G1', objectiveId })
		]);
		// Once the version is with the mayors, the plan is no longer in preparation: the plan is named.
		const step = async (to: Parameters<typeof advanceVersion>[2], extra: Record<string, string> = {}) => {
			const [latest] = await listVersions(admin, plan.id);
			return advanceVersion(admin, plan.id, to, { version: String(latest?.version ?? 1), ...extra });
		};
		await step('review');
		await step('submitted');
		const second = await postNote(wall, a, { ...cell(2, 1), body: 'Mediazione nei servizi' }, '10.0.0.1');
		expect((await ve(promoteNote(coordinator, wall, second.id, objective(areaG.id, 'G2')))).fields.planId).toMatch(
			/Piano di Zona 2025-2027 non è in preparazione/
		);
		expect((await promotionChoices(coordinator, wall)).plans).toEqual([]);
		// The office still sees every plan, the one in preparation (none now) first.
		expect((await promotionChoices(admin, wall)).plans.map((p) => p.preparing)).toEqual([false]);
	});

	it('keeps promoted objectives off the public plan and the open data until the version is approved', async () => {
		const { admin, coordinator, plan, areaG, wall, guest, cell, district } = await setup('public-g');
		const a = await guest('Amina');
		const proposal = await postNote(wall, a, { ...cell(2, 0), body: 'Stabilizzare lo Sportello' }, '10.0.0.1');
		const { objectiveId } = await promoteNote(coordinator, wall, proposal.id, {
			mode: 'objective',
			planId: String(plan.id),
			kind: 'area',
			areaId: String(areaG.id),
			code: 'G1',
			title: 'Stabilizzare lo Sportello'
		});
		const indicator = await createIndicator(admin, objectiveId, {
			code: 'G1.1',
			name: 'Ore di apertura',
			kind: 'output',
			measure: 'count',
			unit: 'ore',
			direction: 'higher',
			aggregation: 'sum',
			public: 'on'
		});
		await addPeriod(admin, indicator.id, {
			label: '2025',
			startsOn: '2025-01-01',
			endsOn: '2025-12-31',
			target: '100'
		});
		const shown = async () => {
			const view = await publicPlanProgress(district, plan.id, { base: '/x', version: 1 });
			const data = await indicatorDataset(district.id);
			return { objectives: view.objectives.map((o) => o.code), openData: data.map((r) => r.obiettivo_codice) };
		};
		expect(await shown()).toEqual({ objectives: [], openData: [] });
		// The office may publish it before approval…
		await publishObjective(admin, objectiveId);
		expect(await shown()).toEqual({ objectives: ['G1'], openData: ['G1'] });
		// …and an objective promoted later waits for the approval of the version that holds it.
		const later = await postNote(wall, a, { ...cell(2, 1), body: 'Mediazione nei servizi' }, '10.0.0.1');
		await promoteNote(admin, wall, later.id, {
			mode: 'objective',
			planId: String(plan.id),
			kind: 'area',
			areaId: String(areaG.id),
			code: 'G2',
			title: 'Mediazione nei servizi'
		});
		expect((await shown()).objectives).toEqual(['G1']);
		expect(await errorOf(publishObjective(coordinator, objectiveId))).toBeInstanceOf(ForbiddenError);
		const step = async (to: Parameters<typeof advanceVersion>[2], extra: Record<string, string> = {}) => {
			const [latest] = await listVersions(admin, plan.id);
			return advanceVersion(admin, plan.id, to, { version: String(latest?.version ?? 1), ...extra });
		};
		await step('review');
		await step('submitted');
		expect((await shown()).objectives).toEqual(['G1']);
		await step('approved', { deliberationOn: '2024-12-10', deliberationNumber: '12' });
		expect((await shown()).objectives).toEqual(['G1', 'G2']);
	});

	it('ranks every column across its themes beside the per-theme tables', async () => {
		const { wall, facilitator, guest, cell } = await setup('rank-h');
		const a = await guest('Amina');
		const gov = await postNote(wall, a, { ...cell(2, 0), body: 'Governance' }, '10.0.0.1');
		const access = await postNote(wall, a, { ...cell(2, 1), body: 'Accesso' }, '10.0.0.1');
		await setVoting(wall, facilitator, true);
		await vote(wall, a, access.id);
		await vote(wall, a, access.id);
		await vote(wall, a, gov.id);
		const r = await ranking(wall);
		expect(r.overall.find((o) => o.column.kind === 'proposal')!.notes.map((n) => [n.rank, n.body, n.theme])).toEqual([
			[1, 'Accesso', 'Accesso ai servizi e opportunità'],
			[2, 'Governance', 'Governance']
		]);
	});
});
