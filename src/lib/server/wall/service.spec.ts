import { systemActor, type Actor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { createAccount, createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable } from '../roundtables';
import { createPlan } from '../planning';
import { ForbiddenError, ValidationError } from '../errors';
import { payloadOf, subscribe, MAX_PAYLOAD } from './live';
import { wallEvents, wallHealth } from './stream';
import {
	createWall,
	deleteNote,
	editNote,
	joinWall,
	mergeNote,
	postNote,
	setNoteVisible,
	setPosting,
	setVoting,
	unvote,
	vote,
	POST_LIMIT,
	GUESTS_PER_ADDRESS,
	JOIN_LIMIT,
	removeParticipant,
	removeColumn,
	saveColumn,
	saveTheme
} from './commands';
import { viewerOf, type WallViewer } from './access';
import { listParticipants } from './queries';
import { ranking, wallState } from './screens';
import { originsOf, promoteNote } from './promotion';

useTestDatabase();

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const system = systemActor(district.id);
	const account = await createAccount(system, {
		email: `udp@${slug}.it`,
		name: 'Ufficio di Piano',
		role: 'admin',
		password: 'password-lunga-1'
	});
	const admin: Actor = { ...system, userId: account.id, name: 'Ufficio di Piano', email: `udp@${slug}.it` };
	const rt = await createRoundtable(admin, { name: 'Tavolo immigrazione' });
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
	const state = await wallState(wall, {
		actor: admin,
		participant: null,
		facilitator: true,
		canRead: true,
		canPost: true
	});
	const facilitator: WallViewer = { actor: admin, participant: null, facilitator: true, canRead: true, canPost: true };
	const guest = async (name: string, organisationId = String(cpia.id)) => {
		const { cookie } = await joinWall(
			wall,
			{
				code: wall.joinCode,
				organisationId,
				organisationOther: organisationId === 'other' ? 'Associazione Senegalesi' : '',
				name
			},
			'10.0.0.1'
		);
		return viewerOf(wall, null, cookie);
	};
	const cell = (column: number, theme: number) => ({
		columnId: String(state.columns[column].id),
		themeId: String(state.themes[theme].id)
	});
	return { district, admin, wall, state, facilitator, guest, cell, cpia };
}

const ve = async (p: Promise<unknown>) => (await errorOf(p)) as ValidationError;

describe('participation wall', () => {
	it('opens with the seed’s columns and themes, lets guests join with the room code only', async () => {
		const { wall, state, guest } = await setup('wall-a');
		expect(state.columns.map((c) => c.label)).toEqual(['Punti di forza', 'Cosa è migliorabile', 'Proposte']);
		expect(state.themes.map((t) => t.label)).toEqual(['Governance', 'Accesso ai servizi e opportunità']);
		const wrong = wall.joinCode === '000000' ? '111111' : '000000';
		expect(
			(await ve(joinWall(wall, { code: wrong, organisationId: 'other', organisationOther: 'X' }, '10.0.0.2'))).fields
				.code
		).toMatch(/non corretto/);
		expect(
			(await ve(joinWall(wall, { code: wall.joinCode, organisationId: 'other', organisationOther: '' }, '10.0.0.2')))
				.fields.organisationOther
		).toMatch(/nome/);
		const g = await guest('Amina', 'other');
		expect(g.canPost && !g.facilitator).toBe(true);
		expect(g.participant?.organisationName).toBe('Associazione Senegalesi');
		expect((await viewerOf(wall, null, `${g.participant!.id}.${'x'.repeat(43)}`)).canRead).toBe(false);
	});

	it('stores text as typed, refuses empty and oversized notes, and lets guests edit only their own while open', async () => {
		const { wall, facilitator, guest, cell } = await setup('wall-b');
		const a = await guest('A');
		const b = await guest('B');
		const script = '<script>alert(1)</script> <a href="javascript:alert(1)">x</a>';
		const note = await postNote(wall, a, { ...cell(0, 0), body: script }, '10.0.0.1');
		expect(note.body).toBe(script);
		expect((await ve(postNote(wall, a, { ...cell(0, 0), body: '   ' }, '10.0.0.1'))).fields.body).toMatch(/Scrivere/);
		expect((await ve(postNote(wall, a, { ...cell(0, 0), body: 'x'.repeat(501) }, '10.0.0.1'))).fields.body).toMatch(
			/massimo 500 caratteri \(ora 501\)/
		);
		expect(
			await errorOf(editNote(wall, b, note.id, { ...cell(0, 0), body: 'mio', version: '1' }, '10.0.0.1'))
		).toBeInstanceOf(ForbiddenError);
		await editNote(wall, a, note.id, { ...cell(0, 1), body: 'Sportello Stranieri', version: '1' }, '10.0.0.1');
		expect(
			(await ve(editNote(wall, a, note.id, { ...cell(0, 1), body: 'vecchia versione', version: '1' }, '10.0.0.1')))
				.message
		).toMatch(/altra persona/i);
		await setPosting(wall, facilitator, false);
		expect((await ve(postNote(wall, a, { ...cell(0, 0), body: 'tardi' }, '10.0.0.1'))).fields.body).toMatch(/chiusa/);
		expect((await ve(deleteNote(wall, a, note.id))).fields.body).toMatch(/chiusa/);
		// Sent twice after a dropped connection: saved once.
		await setPosting(wall, facilitator, true);
		const first = await postNote(
			wall,
			a,
			{ ...cell(2, 0), body: 'Protocollo con la Prefettura', clientKey: 'abcdef12-3456' },
			'10.0.0.1'
		);
		const again = await postNote(
			wall,
			a,
			{ ...cell(2, 0), body: 'Protocollo con la Prefettura', clientKey: 'abcdef12-3456' },
			'10.0.0.1'
		);
		expect(again.id).toBe(first.id);
		// One guest may not flood the wall.
		const c = await guest('C');
		for (let i = 0; i < POST_LIMIT.perParticipant; i++)
			await postNote(wall, c, { ...cell(1, 1), body: `Nota ${i}` }, '10.0.0.3');
		expect((await ve(postNote(wall, c, { ...cell(1, 1), body: 'Una di troppo' }, '10.0.0.3'))).fields.body).toMatch(
			/molto in fretta/
		);
	});

	it('keeps the dot budget under simultaneous clicks, refuses closed walls and other walls’ notes', async () => {
		const { wall, facilitator, guest, cell } = await setup('wall-c');
		const other = await setup('wall-c2');
		const a = await guest('A');
		const n1 = await postNote(wall, a, { ...cell(2, 0), body: 'Protocollo' }, '10.0.0.1');
		const foreign = await postNote(other.wall, other.facilitator, { ...other.cell(2, 0), body: 'Altrove' }, '10.0.0.1');
		expect((await ve(vote(wall, a, n1.id))).fields.vote).toMatch(/non è aperta/);
		await setVoting(wall, facilitator, true);
		const results = await Promise.allSettled(Array.from({ length: 12 }, () => vote(wall, a, n1.id)));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
		expect(
			results
				.filter((r) => r.status === 'rejected')
				.every((r) => (r as PromiseRejectedResult).reason instanceof ValidationError)
		).toBe(true);
		expect((await ve(vote(wall, a, foreign.id))).fields.vote).toMatch(/non è su questa parete/);
		expect(await unvote(wall, a, n1.id)).toEqual({ used: 4, budget: 5 });
		const state = await wallState(wall, a);
		expect(state.notes.find((n) => n.id === n1.id)?.votes).toBe(4);
		expect(state.me.votes[n1.id]).toBe(4);
	});

	it('merges duplicates with their votes and authors, hides, restores and ranks', async () => {
		const { wall, facilitator, guest, cell } = await setup('wall-d');
		const a = await guest('A');
		const b = await guest('B', 'other');
		const target = await postNote(
			wall,
			a,
			{ ...cell(2, 0), body: 'Consolidare il confronto con la Questura' },
			'10.0.0.1'
		);
		const dup = await postNote(wall, b, { ...cell(2, 0), body: 'Tavolo con Questura e Prefettura' }, '10.0.0.1');
		const third = await postNote(wall, b, { ...cell(2, 0), body: 'Verifica dei percorsi a un anno' }, '10.0.0.1');
		await setVoting(wall, facilitator, true);
		await vote(wall, a, dup.id);
		await vote(wall, b, dup.id);
		await vote(wall, b, target.id);
		await vote(wall, a, third.id);
		expect(await errorOf(mergeNote(wall, a, dup.id, { targetId: String(target.id) }))).toBeInstanceOf(ForbiddenError);
		await mergeNote(wall, facilitator, dup.id, { targetId: String(target.id) });
		let state = await wallState(wall, a);
		const merged = state.notes.find((n) => n.id === target.id)!;
		expect(merged.votes).toBe(3);
		expect(merged.merged).toEqual([
			expect.objectContaining({ body: 'Tavolo con Questura e Prefettura', organisationName: 'Associazione Senegalesi' })
		]);
		expect(state.notes.some((n) => n.id === dup.id)).toBe(false);
		const r = await ranking(wall);
		const proposals = r.cells.find((c) => c.column.kind === 'proposal' && c.theme.label === 'Governance')!;
		expect(proposals.notes.map((n) => [n.rank, n.votes])).toEqual([
			[1, 3],
			[2, 1]
		]);
		// Restoring the merged note gives its own votes back.
		await setNoteVisible(wall, facilitator, dup.id, true);
		state = await wallState(wall, a);
		expect(state.notes.find((n) => n.id === target.id)!.votes).toBe(1);
		expect(state.notes.find((n) => n.id === dup.id)!.votes).toBe(2);
		await setNoteVisible(wall, facilitator, third.id, false);
		expect((await wallState(wall, a)).notes.some((n) => n.id === third.id)).toBe(false);
		expect((await wallState(wall, facilitator)).notes.find((n) => n.id === third.id)?.status).toBe('hidden');
		// A hidden note cannot be merged (its words would reach everyone), and its dots come back.
		expect((await ve(mergeNote(wall, facilitator, third.id, { targetId: String(target.id) }))).fields.targetId).toMatch(
			/solo note visibili/
		);
		expect((await wallState(wall, a)).me.votes[third.id]).toBeUndefined();
	});

	it('lets the facilitator edit columns and themes, but not remove one that holds notes', async () => {
		const { wall, facilitator, guest, cell, state } = await setup('wall-g');
		const a = await guest('A');
		await postNote(wall, a, { ...cell(0, 0), body: 'Tavolo territoriale' }, '10.0.0.1');
		await saveTheme(wall, facilitator, null, { label: 'Salute mentale' });
		await saveColumn(wall, facilitator, state.columns[2].id, { label: 'Idee per il 2025-2027', kind: 'proposal' });
		expect((await ve(saveColumn(wall, facilitator, null, { label: '', kind: 'other' }))).fields.label).toMatch(
			/obbligatorio/
		);
		expect((await ve(removeColumn(wall, facilitator, state.columns[0].id))).fields._form).toMatch(/con note/);
		await removeColumn(wall, facilitator, state.columns[1].id);
		expect(await errorOf(saveTheme(wall, a, null, { label: 'X' }))).toBeInstanceOf(ForbiddenError);
		const after = await wallState(wall, a);
		expect(after.columns.map((c) => c.label)).toEqual(['Punti di forza', 'Idee per il 2025-2027']);
		expect(after.themes.map((t) => t.label)).toEqual([
			'Governance',
			'Accesso ai servizi e opportunità',
			'Salute mentale'
		]);
	});

	it('announces every change to listeners through the database', async () => {
		const { wall, guest, cell } = await setup('wall-e');
		const a = await guest('A');
		const heard: number[] = [];
		const stop = await subscribe(wall.id, {
			changed: (c) => heard.push(...(c.notes ?? []), ...(c.views ?? []).map((v) => v.id)),
			resync: () => {}
		});
		const note = await postNote(wall, a, { ...cell(1, 1), body: 'Mediazione culturale nei servizi' }, '10.0.0.1');
		await expect.poll(() => heard, { timeout: 2000 }).toContain(note.id);
		stop();
	});

	it('streams each change to every screen at once: the note (mine to its author), dot counts, stats, health', async () => {
		const { wall, guest, cell, facilitator } = await setup('wall-s');
		const a = await guest('A');
		const b = await guest('B');
		const open = (viewer: WallViewer) => {
			const reader = wallEvents(wall, viewer).body!.getReader();
			const got = { text: '' };
			void (async () => {
				for (;;) {
					const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
					if (done) return;
					got.text += new TextDecoder().decode(value);
				}
			})();
			return { got, stop: () => reader.cancel() };
		};
		const [sa, sb] = [open(a), open(b)];
		await expect.poll(() => sa.got.text + sb.got.text, { timeout: 2000 }).toMatch(/ready[\s\S]*ready/);
		expect(wallHealth(wall.id).screens).toBe(2);
		const note = await postNote(wall, a, { ...cell(0, 0), body: 'Sportello unico' }, '10.0.0.1');
		// Delivered as the command returns: no timer, no read after the commit.
		const noteEvent = (text: string) => JSON.parse(/event: note\ndata: (.*)\n/.exec(text)?.[1] ?? 'null');
		await expect.poll(() => noteEvent(sb.got.text), { timeout: 200 }).not.toBeNull();
		expect(noteEvent(sa.got.text)).toMatchObject({ id: note.id, body: 'Sportello unico', mine: true, votes: 0 });
		expect(noteEvent(sb.got.text)).toMatchObject({ id: note.id, mine: false });
		expect(noteEvent(sb.got.text).participantId).toBeUndefined();
		await setVoting(wall, facilitator, true);
		await vote(wall, b, note.id);
		await expect.poll(() => sa.got.text, { timeout: 200 }).toContain(`event: votes\ndata: {"id":${note.id},"votes":1}`);
		expect(sb.got.text).toContain(`event: votes\ndata: {"id":${note.id},"votes":1}`);
		await unvote(wall, b, note.id);
		await expect.poll(() => sb.got.text, { timeout: 200 }).toContain(`event: votes\ndata: {"id":${note.id},"votes":0}`);
		sa.stop();
		sb.stop();
		await expect.poll(() => wallHealth(wall.id).screens).toBe(0);
	});

	it('sends a change too big for NOTIFY as a reference the other instances read', () => {
		const body = 'è'.repeat(4000);
		const view = { id: 7, body } as never;
		const small = JSON.parse(payloadOf({ wallId: 1, views: [{ id: 7, body: 'breve' } as never] }));
		expect(small.views[0].body).toBe('breve');
		const payload = payloadOf({ wallId: 1, views: [view], counts: { notes: 1 } });
		expect(Buffer.byteLength(payload)).toBeLessThan(MAX_PAYLOAD);
		expect(JSON.parse(payload)).toMatchObject({ wallId: 1, notes: [7] });
	});

	it('promotes a proposal into a draft objective and keeps the link both ways', async () => {
		const { wall, admin, facilitator, guest, cell } = await setup('wall-f');
		const plan = await createPlan(admin, {
			slug: '2025-2027',
			title: 'Piano di Zona 2025-2027',
			startYear: '2025',
			endYear: '2027',
			status: 'drafting'
		});
		const a = await guest('A');
		const strength = await postNote(wall, a, { ...cell(0, 0), body: 'Tavolo territoriale' }, '10.0.0.1');
		const proposal = await postNote(wall, a, { ...cell(2, 1), body: 'Facilitare l’acquisizione dell’STP' }, '10.0.0.1');
		expect(
			(
				await ve(
					promoteNote(admin, wall, strength.id, {
						mode: 'objective',
						planId: String(plan.id),
						kind: 'system',
						code: 'X',
						title: 'X'
					})
				)
			).fields.mode
		).toMatch(/proposte/);
		const { objectiveId } = await promoteNote(admin, wall, proposal.id, {
			mode: 'objective',
			planId: String(plan.id),
			kind: 'system',
			code: 'IMM1',
			title: 'Facilitare l’acquisizione dell’STP'
		});
		const origins = await originsOf(admin.districtId, [objectiveId]);
		expect(origins.get(objectiveId)?.[0]).toMatchObject({
			body: 'Facilitare l’acquisizione dell’STP',
			roundtable: 'Tavolo immigrazione',
			kind: 'objective'
		});
		const note = (await wallState(wall, facilitator)).notes.find((n) => n.id === proposal.id)!;
		expect(note.promotions).toEqual([expect.objectContaining({ code: 'IMM1', planTitle: 'Piano di Zona 2025-2027' })]);
		// Moderated later: the public plan no longer quotes it.
		await setNoteVisible(wall, facilitator, proposal.id, false);
		expect((await originsOf(admin.districtId, [objectiveId])).get(objectiveId)).toBeUndefined();
	});

	it('gives one browser one participant and one budget, however often it joins', async () => {
		const { wall, facilitator, guest, cell } = await setup('wall-one');
		const first = await guest('Chi vota');
		const n = await postNote(wall, first, { ...cell(2, 0), body: 'Una proposta' }, '10.0.0.1');
		await setVoting(wall, facilitator, true);
		// The same browser sends the join form ten times (its cookie goes with each).
		for (let i = 0; i < 10; i++) {
			const again = await joinWall(
				wall,
				{ code: wall.joinCode, organisationId: 'other', organisationOther: 'Altro', name: `Nome ${i}` },
				'10.0.0.1',
				first.participant
			);
			expect(again.cookie).toBeNull();
			expect(again.participant.id).toBe(first.participant!.id);
		}
		const votes = await Promise.allSettled(Array.from({ length: 50 }, () => vote(wall, first, n.id)));
		expect(votes.filter((r) => r.status === 'fulfilled')).toHaveLength(wall.dotBudget);
		expect((await wallState(wall, facilitator)).notes.find((x) => x.id === n.id)?.votes).toBe(wall.dotBudget);
		expect((await listParticipants(wall, facilitator)).people).toHaveLength(1);
	});

	it('checks a burst of 200 wrong room codes only as often as the limit allows', async () => {
		const { wall } = await setup('wall-burst');
		const wrong = wall.joinCode === '000000' ? '111111' : '000000';
		const results = await Promise.allSettled(
			Array.from({ length: 200 }, () =>
				joinWall(wall, { code: wrong, organisationId: 'other', organisationOther: 'X' }, '10.0.0.66')
			)
		);
		const messages = results.map((r) =>
			r.status === 'rejected' ? ((r.reason as ValidationError).fields?.code ?? '') : 'joined'
		);
		expect(messages.filter((m) => /non corretto/.test(m)).length).toBeLessThanOrEqual(JOIN_LIMIT.limit);
		expect(messages.filter((m) => /Troppi codici/.test(m)).length).toBeGreaterThanOrEqual(200 - JOIN_LIMIT.limit);
		// Even the right code waits now, from that address.
		expect(
			(await ve(joinWall(wall, { code: wall.joinCode, organisationId: 'other', organisationOther: 'X' }, '10.0.0.66')))
				.fields.code
		).toMatch(/Troppi codici/);
	});

	it('caps the guests of one address, and lets the facilitator remove one with their dots', async () => {
		const { wall, facilitator, admin, guest, cell } = await setup('wall-cap');
		const joins = [];
		for (let i = 0; i < GUESTS_PER_ADDRESS.limit; i++)
			joins.push(
				joinWall(
					wall,
					{ code: wall.joinCode, organisationId: 'other', organisationOther: 'Sala', name: `Ospite ${i}` },
					'2001:db8:7:7::1'
				)
			);
		await Promise.all(joins);
		// Another address of the same /64 is the same network.
		expect(
			(
				await ve(
					joinWall(wall, { code: wall.joinCode, organisationId: 'other', organisationOther: 'Sala' }, '2001:db8:7:7::2')
				)
			).fields.code
		).toMatch(/già entrate 80 persone/);
		const listed = await listParticipants(wall, facilitator);
		expect(listed).toMatchObject({ perAddress: GUESTS_PER_ADDRESS.limit, fullAddresses: 1 });
		expect(listed.people).toHaveLength(GUESTS_PER_ADDRESS.limit);

		const cheat = await guest('Furbo');
		const n = await postNote(wall, cheat, { ...cell(2, 0), body: 'La mia idea' }, '10.0.0.1');
		await setVoting(wall, facilitator, true);
		for (let i = 0; i < 3; i++) await vote(wall, cheat, n.id);
		const row = (await listParticipants(wall, facilitator)).people.find((p) => p.id === cheat.participant!.id);
		expect(row).toMatchObject({ name: 'Furbo', dots: 3, notes: 1, guest: true });
		expect((await errorOf(listParticipants(wall, cheat))) instanceof ForbiddenError).toBe(true);
		expect((await errorOf(removeParticipant(wall, cheat, cheat.participant!.id))) instanceof ForbiddenError).toBe(true);
		expect((await removeParticipant(wall, facilitator, cheat.participant!.id)).notice).toMatch(/Furbo/);
		const state = await wallState(wall, facilitator);
		expect(state.notes.find((x) => x.id === n.id)).toMatchObject({ votes: 0, body: 'La mia idea' });
		expect((await viewerOf(wall, null, undefined)).canRead).toBe(false);
		// A screen that still holds the removed guest (another instance's memory) posts and votes nothing.
		expect(await errorOf(postNote(wall, cheat, { ...cell(2, 0), body: 'Ancora io' }, '10.0.0.1'))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await errorOf(vote(wall, cheat, n.id))).toBeInstanceOf(ValidationError);
		// Gone from the wall: their cookie no longer opens it.
		const other = await setup('wall-cap-other');
		await expect(removeParticipant(other.wall, other.facilitator, cheat.participant!.id)).rejects.toThrow();
		void admin;
	});
});
