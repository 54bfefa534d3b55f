// Writes of the participation wall: opening one and joining it, notes and their groups, dots,
// and the facilitator's settings. Every change runs as a command and is announced (live.ts)
// in its transaction, so every open screen shows it once it is committed. What guests write
// and their dots are not in the audit log (they have no account); the facilitator's moderation is.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { command, type Actor, type Context } from '../kernel';
import { delegates, organisations } from '../organisations';
import { meetings, roundtables } from '../roundtables';
import { addressKey, reservationSql, reserve, reserveAllIn, waitForAll, type Rule } from '../security';
import { parse, versionOnly } from '../validation';
import {
	assertFacilitator,
	assertMayDelete,
	assertMayEdit,
	assertMayOpen,
	assertMayPost,
	hashSecret,
	type WallViewer
} from './access';
import {
	assignGroupInput,
	columnInput,
	groupInput,
	joinInput,
	mergeInput,
	noteInput,
	themeInput,
	wallSettingsInput
} from './input';
import { HISTORY_CHANGED, remember } from './history';
import { announce, HOLES, notifyFilled, publish, type WallChange } from './live';
import { joinableOrganisations } from './public';
import { forViewer, noteViews, type NoteView } from './screens';
import {
	wallColumns,
	wallGroups,
	wallNotes,
	wallParticipants,
	wallPromotions,
	wallThemes,
	wallVotes,
	walls,
	type ColumnKind,
	type Note,
	type Participant,
	type Wall
} from './schema';

/** How much one guest and one address may post (notes and edits). A room behind one NAT fits. */
export const POST_LIMIT = { perParticipant: 20, perAddress: 600, windowSeconds: 60 };
/** Wrong join codes allowed per address before joining is paused. */
export const JOIN_LIMIT = { limit: 20, windowSeconds: 600 } satisfies Rule;
/** Guests one address (an IPv6 /64) may bring onto one wall: a whole room behind one NAT fits. */
export const GUESTS_PER_ADDRESS = { limit: 80, windowSeconds: 30 * 24 * 3600 } satisfies Rule;

/** The defaults come from the Lodi immigration roundtable of 16 May 2024. */
export const DEFAULT_COLUMNS: { kind: ColumnKind; label: string }[] = [
	{ kind: 'strength', label: 'Punti di forza' },
	{ kind: 'improvement', label: 'Cosa è migliorabile' },
	{ kind: 'proposal', label: 'Proposte' }
];
export const DEFAULT_THEMES = ['Governance', 'Accesso ai servizi e opportunità'];

/** The command of a wall: in its district, by the member acting (null for a guest). */
function onWall<R>(wall: Wall, actor: Actor | null, body: (c: Context) => Promise<R>): Promise<R> {
	return command(actor, { districtId: wall.districtId }, body);
}

/** Members post under their own account; the first post or vote makes them a participant. */
async function participantFor(c: Context, wall: Wall, viewer: WallViewer): Promise<Participant> {
	assertMayPost(viewer);
	if (viewer.participant) return viewer.participant;
	const actor = viewer.actor!;
	const [delegate] = await c.tx
		.select({ organisationId: organisations.id, organisationName: organisations.name })
		.from(delegates)
		.innerJoin(organisations, eq(organisations.id, delegates.organisationId))
		.where(and(eq(delegates.userId, actor.userId), eq(delegates.districtId, wall.districtId)));
	await c.tx
		.insert(wallParticipants)
		.values({
			wallId: wall.id,
			userId: actor.userId,
			name: actor.name,
			organisationId: delegate?.organisationId ?? null,
			organisationName: delegate?.organisationName ?? 'Ufficio di Piano'
		})
		.onConflictDoNothing();
	const [p] = await c.tx
		.select()
		.from(wallParticipants)
		.where(and(eq(wallParticipants.wallId, wall.id), eq(wallParticipants.userId, actor.userId)));
	viewer.participant = p;
	return p;
}

/** A row of one of the wall's own tables (columns, themes, groups: they have no district of their own), or "not found". */
async function ofWall(
	c: Context,
	table: typeof wallColumns | typeof wallThemes | typeof wallGroups,
	wall: Wall,
	id: number,
	what: string
) {
	const [row] = await c.tx
		.select({ id: table.id })
		.from(table)
		.where(and(eq(table.id, id), eq(table.wallId, wall.id)));
	if (!row) throw new NotFoundError(what);
}

// ---- creating a wall and joining it ---------------------------------------------------

/** Opens the wall of a meeting (one per meeting) or a standing wall of a roundtable. */
export function createWall(actor: Actor, owner: { meetingId: number } | { roundtableId: number }): Promise<Wall> {
	return command(actor, {}, async (c) => {
		let roundtableId: number | null;
		let meetingId: number | null = null;
		let title: string;
		if ('meetingId' in owner) {
			const meeting = await c.find(meetings, owner.meetingId);
			const [existing] = await c.tx.select().from(walls).where(eq(walls.meetingId, meeting.id));
			if (existing) return existing;
			roundtableId = meeting.roundtableId;
			meetingId = meeting.id;
			title = meeting.title;
		} else {
			const roundtable = await c.find(roundtables, owner.roundtableId);
			roundtableId = roundtable.id;
			title = `Parete del ${roundtable.name}`;
		}
		assertMayOpen(actor, roundtableId ? await c.find(roundtables, roundtableId) : null);
		const wall = await c.create(walls, { roundtableId, meetingId, title });
		// The starting layout belongs to the wall just logged.
		await c.tx
			.insert(wallColumns)
			.values(DEFAULT_COLUMNS.map((col, position) => ({ ...col, wallId: wall.id, position })));
		await c.tx
			.insert(wallThemes)
			.values(DEFAULT_THEMES.map((label, position) => ({ label, wallId: wall.id, position })));
		return wall;
	});
}

/**
 * A guest joins with the room's code; returns the cookie value that identifies them (null:
 * keep the one they have). A browser that has joined stays the same participant, with one
 * dot budget, however often it sends the form again.
 */
export async function joinWall(
	wall: Wall,
	input: unknown,
	clientAddress: string
): Promise<{ cookie: string; participant: Participant }>;
export async function joinWall(
	wall: Wall,
	input: unknown,
	clientAddress: string,
	current: Participant | null
): Promise<{ cookie: string | null; participant: Participant }>;
export async function joinWall(
	wall: Wall,
	input: unknown,
	clientAddress: string,
	current: Participant | null = null
): Promise<{ cookie: string | null; participant: Participant }> {
	// Read before the command: the limits below use a connection of their own, and a burst of
	// guesses must not hold one transaction each while it waits for them.
	const data = parse(joinInput, input);
	if (current?.wallId === wall.id) return { cookie: null, participant: current };
	const address = addressKey(clientAddress);
	// The code is compared inside the reservation: a right one counts nothing, a burst of guesses
	// is answered only as often as the limit allows.
	const attempt = await reserve(
		`wall-join:${address}`,
		JOIN_LIMIT,
		sql`${data.code} = (select join_code from wall where id = ${wall.id})`
	);
	if (attempt.wait) throw new ValidationError({ code: 'Troppi codici sbagliati: riprova tra qualche minuto.' });
	if (!attempt.free) throw new ValidationError({ code: 'Codice non corretto: controlla quello mostrato in sala.' });
	let organisationId: number | null = null;
	let organisationName = data.organisationOther;
	if (data.organisationId !== 'other') {
		const found = (await joinableOrganisations(wall)).find((o) => o.id === Number(data.organisationId));
		if (!found)
			throw new ValidationError({
				organisationId: 'Questo ente non fa parte del tavolo: scegli «Altro ente» e scrivine il nome.'
			});
		organisationId = found.id;
		organisationName = found.name;
	}
	if ((await reserve(guestsKey(wall, address), GUESTS_PER_ADDRESS)).wait) {
		throw new ValidationError({
			code: `Da questa rete sono già entrate ${GUESTS_PER_ADDRESS.limit} persone: chiedi a chi facilita la parete.`
		});
	}
	const secret = randomBytes(32).toString('base64url');
	const participant = await onWall(wall, null, async (c) => {
		const [p] = await c.tx
			.insert(wallParticipants)
			.values({ wallId: wall.id, secretHash: hashSecret(secret), organisationId, organisationName, name: data.name })
			.returning();
		// Only the participant count changes: screens get new stats, not a whole new wall.
		await publish(c, { wallId: wall.id, counts: { participants: 1 } });
		return p;
	});
	return { cookie: `${participant.id}.${secret}`, participant };
}

const guestsKey = (wall: Wall, address: string) => `wall-guests:${wall.id}:${address}`;

/** The facilitator removes a participant and their dots; their notes stay, without author link. */
export async function removeParticipant(wall: Wall, viewer: WallViewer, participantId: number) {
	const actor = assertFacilitator(viewer);
	return onWall(wall, actor, async (c) => {
		const voted = await c.tx
			.selectDistinct({ id: wallVotes.noteId })
			.from(wallVotes)
			.where(and(eq(wallVotes.participantId, participantId), eq(wallVotes.wallId, wall.id)));
		const [gone] = await c.tx
			.delete(wallParticipants)
			.where(and(eq(wallParticipants.id, participantId), eq(wallParticipants.wallId, wall.id)))
			.returning();
		if (!gone) throw new NotFoundError('Partecipante');
		// The log keeps who it was, never their secret.
		await c.audit(wallParticipants, {
			action: 'delete',
			id: gone.id,
			before: { name: gone.name, organisationName: gone.organisationName }
		});
		// No instance may keep the guest: their cookie is worth nothing now.
		await announce(c.tx, { wallId: wall.id, notes: voted.map((n) => n.id), participantGone: gone.id });
		return {
			notice: `${gone.name || 'Il partecipante'} non partecipa più alla parete: i suoi punti sono stati tolti.`
		};
	});
}

// ---- notes ---------------------------------------------------------------------------

async function noteOf(c: Context, wall: Wall, noteId: number, lock = false): Promise<Note> {
	const q = c.tx
		.select()
		.from(wallNotes)
		.where(and(eq(wallNotes.id, noteId), eq(wallNotes.wallId, wall.id)));
	const [note] = lock ? await q.for('update') : await q;
	if (!note) throw new NotFoundError('Nota');
	return note;
}

async function checkCell(c: Context, wall: Wall, columnId: number, themeId: number) {
	const [col] = await c.tx
		.select({ id: wallColumns.id })
		.from(wallColumns)
		.where(and(eq(wallColumns.id, columnId), eq(wallColumns.wallId, wall.id)));
	if (!col) throw new ValidationError({ columnId: 'Colonna non trovata su questa parete.' });
	const [t] = await c.tx
		.select({ id: wallThemes.id })
		.from(wallThemes)
		.where(and(eq(wallThemes.id, themeId), eq(wallThemes.wallId, wall.id)));
	if (!t) throw new ValidationError({ themeId: 'Tema non trovato su questa parete.' });
}

/** Wall state is read again inside the transaction: the facilitator may have just closed it. */
async function currentWall(c: Context, wall: Wall): Promise<Wall> {
	const [w] = await c.tx.select().from(walls).where(eq(walls.id, wall.id)).for('share');
	if (!w) throw new NotFoundError('Parete');
	return w;
}

/** The note, locked, if the viewer may change it now. */
async function editableNote(c: Context, wall: Wall, viewer: WallViewer, noteId: number): Promise<Note> {
	const note = await noteOf(c, wall, noteId, true);
	if (!viewer.facilitator) assertMayEdit(viewer, await currentWall(c, wall), note);
	return note;
}

/** The posting limits of one person (a guest, or a member) and of their address. */
function postRules(viewer: WallViewer, clientAddress: string): [string, Rule][] {
	const who = viewer.participant ? `p${viewer.participant.id}` : `u${viewer.actor?.userId}`;
	return [
		[`wall-post:${who}`, { limit: POST_LIMIT.perParticipant, windowSeconds: POST_LIMIT.windowSeconds }],
		[
			`wall-post:a${addressKey(clientAddress)}`,
			{ limit: POST_LIMIT.perAddress, windowSeconds: POST_LIMIT.windowSeconds }
		]
	];
}

const tooFast = (wait: number) =>
	new ValidationError({ body: `Stai scrivendo molto in fretta: riprova tra ${wait} secondi. Il testo è rimasto qui.` });

/** The posting limits, counted in the edit's transaction: both or neither (a refusal rolls it back). */
async function limitPosts(c: Context, viewer: WallViewer, clientAddress: string) {
	const { wait } = await reserveAllIn(c.tx, postRules(viewer, clientAddress));
	if (wait) throw tooFast(wait);
}

/** A timestamp as JSON and JavaScript write it (`toISOString`), for a note's `createdAt`. */
const isoOf = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Posts a note in one statement between BEGIN and COMMIT: it counts the posting limits (both or
 * neither: a refusal rolls the transaction back), and its `INSERT … SELECT` writes the note
 * only within them, on an open wall (the facilitator may post on a closed one), in a column and
 * a theme of this wall, once per `clientKey` (the unique index refuses a second), and
 * announces it with the note in the payload. This instance shows it the moment it has committed.
 */
export async function postNote(
	wall: Wall,
	viewer: WallViewer,
	input: unknown,
	clientAddress: string
): Promise<NoteView> {
	const data = parse(noteInput, input);
	assertMayPost(viewer);
	const view = await onWall(wall, viewer.actor, async (c) => {
		const participant = await participantFor(c, wall, viewer);
		const rules = postRules(viewer, clientAddress);
		const note: NoteView = {
			id: HOLES[0],
			createdAt: HOLES[1] as unknown as string,
			columnId: data.columnId,
			themeId: data.themeId,
			groupId: null,
			body: data.body,
			organisationName: participant.organisationName,
			authorName: data.authorName,
			status: 'visible',
			votes: 0,
			version: 1,
			merged: [],
			promotions: [],
			participantId: participant.id
		};
		const change: WallChange = { wallId: wall.id, counts: { notes: 1 }, views: [note] };
		const id = sql`ins.id`;
		const iso = sql`'"' || ${isoOf(sql`ins.created_at`)} || '"'`;
		// Too big for a payload: the others get the note's id and read it.
		const notify =
			notifyFilled(change, [id, iso]) ??
			notifyFilled({ wallId: wall.id, counts: { notes: 1 }, notes: [HOLES[0]] }, [id])!;
		const { rows } = await c.tx.execute<{ counted: number; id: number | null; created_at: string }>(sql`
			with limits as (${reservationSql(rules)}),
			ins as (
				insert into wall_note (district_id, wall_id, column_id, theme_id, body, participant_id,
					organisation_name, author_name, client_key)
				select ${wall.districtId}::int, w.id, col.id, t.id, ${data.body}::text, ${participant.id}::int,
					${participant.organisationName}::text, ${data.authorName}::text, ${data.clientKey}::text
				from wall w
				join wall_column col on col.id = ${data.columnId}::int and col.wall_id = w.id
				join wall_theme t on t.id = ${data.themeId}::int and t.wall_id = w.id
				-- A guest removed meanwhile (another instance may still know their cookie) posts nothing.
				join wall_participant p on p.id = ${participant.id}::int and p.wall_id = w.id
				where w.id = ${wall.id}::int and (w.posting_open or ${viewer.facilitator}::boolean)
					and (select count(*) from limits) = ${rules.length}::int
				-- Held until COMMIT: the facilitator closing the wall waits for the notes being posted.
				for share of w
				on conflict (wall_id, client_key) do nothing
				returning id, created_at
			)
			select (select count(*)::int from limits) as counted, ins.id, ${isoOf(sql`ins.created_at`)} as created_at,
				case when ins.id is not null then ${notify} end
			from (select 1) as one left join ins on true`);
		const [row] = rows;
		if (row.counted < rules.length) throw tooFast(await waitForAll(c.tx, rules));
		if (row.id === null) return notPosted(c, wall, viewer, participant, data);
		note.id = row.id;
		note.createdAt = row.created_at;
		// The statement has told the other instances; this one delivers once it commits.
		await publish(c, change, { notify: false });
		return note;
	});
	return forViewer(view, viewer)!;
}

/** Why the insert wrote nothing (the rare way): the same note again, a closed wall, a cell not on it. */
async function notPosted(
	c: Context,
	wall: Wall,
	viewer: WallViewer,
	participant: Participant,
	data: { columnId: number; themeId: number; clientKey: string | null }
): Promise<NoteView> {
	if (data.clientKey) {
		// The same note sent again after a dropped connection: it was saved the first time.
		const [again] = await c.tx
			.select({ id: wallNotes.id, participantId: wallNotes.participantId })
			.from(wallNotes)
			.where(and(eq(wallNotes.wallId, wall.id), eq(wallNotes.clientKey, data.clientKey)));
		if (again) {
			if (again.participantId !== participant.id) throw new ValidationError({ body: 'Nota già inviata.' });
			const [view] = await noteViews(wall.id, [again.id], c.tx);
			if (view) return view;
			throw new ValidationError({ body: 'Questa nota è già stata unita o tolta dal facilitatore.' });
		}
	}
	const w = await currentWall(c, wall);
	if (!w.postingOpen && !viewer.facilitator)
		throw new ValidationError({ body: 'La parete è chiusa: non si possono più aggiungere note.' });
	await checkCell(c, wall, data.columnId, data.themeId);
	const [still] = await c.tx
		.select({ id: wallParticipants.id })
		.from(wallParticipants)
		.where(and(eq(wallParticipants.id, participant.id), eq(wallParticipants.wallId, wall.id)));
	if (!still) throw new ForbiddenError('Per scrivere sulla parete bisogna entrare con il codice della sala.');
	throw new NotFoundError('Parete');
}

export async function editNote(wall: Wall, viewer: WallViewer, noteId: number, input: unknown, clientAddress: string) {
	// Read before the command, as for a new note (see postNote).
	const data = parse(noteInput, input);
	const { version } = parse(versionOnly, input);
	await onWall(wall, viewer.actor, async (c) => {
		if (!viewer.facilitator) await limitPosts(c, viewer, clientAddress);
		const note = await editableNote(c, wall, viewer, noteId);
		await checkCell(c, wall, data.columnId, data.themeId);
		// A note moved to another cell leaves its group behind.
		const moved = note.columnId !== data.columnId || note.themeId !== data.themeId;
		const values = {
			body: data.body,
			columnId: data.columnId,
			themeId: data.themeId,
			authorName: data.authorName,
			...(moved ? { groupId: null } : {})
		};
		// The facilitator's edits are moderation, and logged; a guest's own words are not.
		await c.update(wallNotes, noteId, values, { version, audit: viewer.facilitator });
		// Read in the transaction, after the note's lock: its dots are counted as they are now.
		await publish(c, { wallId: wall.id, views: await noteViews(wall.id, [noteId], c.tx) });
	});
}

export async function deleteNote(wall: Wall, viewer: WallViewer, noteId: number) {
	await onWall(wall, viewer.actor, async (c) => {
		const note = await editableNote(c, wall, viewer, noteId);
		assertMayDelete(viewer, note);
		const [merged] = await c.tx
			.select({ id: wallNotes.id })
			.from(wallNotes)
			.where(eq(wallNotes.mergedIntoId, noteId))
			.limit(1);
		const [promoted] = await c.tx
			.select({ id: wallPromotions.id })
			.from(wallPromotions)
			.where(eq(wallPromotions.noteId, noteId))
			.limit(1);
		if (merged || promoted)
			throw new ValidationError({
				body: 'Questa nota raccoglie altre note o è entrata nel piano: non si può eliminare.'
			});
		await c.tx.delete(wallNotes).where(eq(wallNotes.id, noteId));
		await announce(c.tx, { wallId: wall.id, notes: [noteId] });
	});
}

/** Hides a note, or shows it again; a merged note shown again takes its own votes back. */
export async function setNoteVisible(wall: Wall, viewer: WallViewer, noteId: number, visible: boolean) {
	const actor = assertFacilitator(viewer);
	await onWall(wall, actor, async (c) => {
		const note = await noteOf(c, wall, noteId, true);
		const touched = [noteId];
		if (note.status === 'merged' && visible) {
			touched.push(note.mergedIntoId!);
			await c.tx
				.update(wallVotes)
				.set({ noteId })
				.where(and(eq(wallVotes.castOnId, noteId), eq(wallVotes.noteId, note.mergedIntoId!)));
		}
		const after = await c.update(
			wallNotes,
			noteId,
			{ status: visible ? 'visible' : 'hidden', mergedIntoId: null },
			{ version: 'any', action: visible ? 'restore' : 'hide' }
		);
		if (!visible && note.status === 'visible')
			await remember(c, wall, { kind: 'hide', noteId, detail: { version: after.version } });
		await announce(c.tx, { wallId: wall.id, notes: touched, events: visible ? [] : [HISTORY_CHANGED] });
	});
}

/** Merges a duplicate into another note: its votes and authors go with it, and it stays listed there. */
export async function mergeNote(wall: Wall, viewer: WallViewer, noteId: number, input: unknown) {
	const actor = assertFacilitator(viewer);
	await command(
		actor,
		{ districtId: wall.districtId, input: mergeInput, raw: input },
		async (c, { targetId, confirm }) => {
			if (targetId === noteId) throw new ValidationError({ targetId: 'Una nota non si unisce a sé stessa.' });
			// Both rows locked in one statement, in id order: two opposite merges cannot deadlock.
			const locked = await c.tx
				.select()
				.from(wallNotes)
				.where(and(eq(wallNotes.wallId, wall.id), inArray(wallNotes.id, [noteId, targetId])))
				.orderBy(asc(wallNotes.id))
				.for('update');
			const source = locked.find((n) => n.id === noteId);
			const target = locked.find((n) => n.id === targetId);
			if (!source) throw new NotFoundError('Nota');
			if (!target) throw new ValidationError({ targetId: 'Nota di destinazione non trovata su questa parete.' });
			if (source.status !== 'visible')
				throw new ValidationError({ targetId: 'Si uniscono solo note visibili: questa è nascosta o già unita.' });
			if (target.status !== 'visible')
				throw new ValidationError({ targetId: 'Si può unire solo a una nota visibile.' });
			if (source.columnId !== target.columnId && !confirm) {
				const [from, to] = await Promise.all(
					[source.columnId, target.columnId].map(async (id) => {
						const [col] = await c.tx
							.select({ label: wallColumns.label })
							.from(wallColumns)
							.where(eq(wallColumns.id, id));
						return col?.label ?? '';
					})
				);
				throw new ValidationError({
					confirm: `La nota è in «${from}», quella scelta in «${to}»: conferma per unire note di colonne diverse.`
				});
			}
			// Notes already merged into the source follow it; votes go with them.
			const followers = await c.tx
				.update(wallNotes)
				.set({ mergedIntoId: targetId })
				.where(eq(wallNotes.mergedIntoId, noteId))
				.returning({ id: wallNotes.id });
			await c.tx.update(wallVotes).set({ noteId: targetId }).where(eq(wallVotes.noteId, noteId));
			const after = await c.update(
				wallNotes,
				noteId,
				{ status: 'merged', mergedIntoId: targetId, groupId: null },
				{ version: 'any', action: 'merge' }
			);
			await remember(c, wall, {
				kind: 'merge',
				noteId,
				targetId,
				detail: { version: after.version, groupId: source.groupId, followers: followers.map((f) => f.id) }
			});
			await announce(c.tx, { wallId: wall.id, notes: [noteId, targetId], events: [HISTORY_CHANGED] });
		}
	);
}

export async function createGroup(wall: Wall, viewer: WallViewer, input: unknown) {
	const actor = assertFacilitator(viewer);
	await command(actor, { districtId: wall.districtId, input: groupInput, raw: input }, async (c, data) => {
		await checkCell(c, wall, data.columnId, data.themeId);
		await c.create(wallGroups, { ...data, wallId: wall.id });
		await announce(c.tx, { wallId: wall.id, wall: true });
	});
}

export async function deleteGroup(wall: Wall, viewer: WallViewer, groupId: number) {
	const actor = assertFacilitator(viewer);
	await onWall(wall, actor, async (c) => {
		await ofWall(c, wallGroups, wall, groupId, 'Gruppo');
		await c.remove(wallGroups, groupId);
		await announce(c.tx, { wallId: wall.id, wall: true });
	});
}

/** Puts a note under a heading of its own cell, or takes it out (`groupId` empty). */
export async function assignGroup(wall: Wall, viewer: WallViewer, noteId: number, input: unknown) {
	const actor = assertFacilitator(viewer);
	await command(actor, { districtId: wall.districtId, input: assignGroupInput, raw: input }, async (c, { groupId }) => {
		const note = await noteOf(c, wall, noteId, true);
		if (groupId !== null) {
			const [group] = await c.tx
				.select()
				.from(wallGroups)
				.where(and(eq(wallGroups.id, groupId), eq(wallGroups.wallId, wall.id)));
			if (!group) throw new ValidationError({ groupId: 'Gruppo non trovato su questa parete.' });
			if (group.columnId !== note.columnId || group.themeId !== note.themeId)
				throw new ValidationError({ groupId: 'Il gruppo è in un’altra colonna o in un altro tema.' });
		}
		// Arranging the wall: not an edit of the note (no version, no log), as before.
		await c.tx.update(wallNotes).set({ groupId }).where(eq(wallNotes.id, noteId));
		if (groupId !== note.groupId)
			await remember(c, wall, { kind: 'group', noteId, targetId: groupId, detail: { from: note.groupId } });
		await announce(c.tx, { wallId: wall.id, notes: [noteId], events: [HISTORY_CHANGED] });
	});
}

// ---- votes ---------------------------------------------------------------------------

/** Dots count while their note is on the wall: a hidden note gives its dots back. */
const dotsOf = (participantId: number) => sql`(select count(*)::int from wall_vote v
	join wall_note n on n.id = v.note_id where v.participant_id = ${participantId}::int and n.status = 'visible')`;

/**
 * The participant voting on a note, on a wall whose voting is open, in one statement: their row
 * is locked (their dots are counted and changed one click after the other, never past the
 * budget), and so is the note's (its count is told in the order the dots were placed).
 */
async function voter(c: Context, wall: Wall, viewer: WallViewer, noteId: number, taking = false) {
	const participant = await participantFor(c, wall, viewer);
	const { rows } = await c.tx.execute<{ votingOpen: boolean; budget: number; status: string }>(sql`
		select w.voting_open as "votingOpen", w.dot_budget as budget, n.status
		from wall_participant p
		join wall w on w.id = p.wall_id
		join wall_note n on n.id = ${noteId}::int and n.wall_id = w.id
		where p.id = ${participant.id}::int and w.id = ${wall.id}::int
		for no key update of p, n for share of w`);
	const found = rows[0];
	if (found && !found.votingOpen) throw new ValidationError({ vote: 'La votazione non è aperta.' });
	// A dot is taken back from a hidden note too (it no longer counts, as before).
	if (!found || (found.status !== 'visible' && !taking))
		throw new ValidationError({ vote: 'Questa nota non si può votare: non è su questa parete.' });
	return { participant, budget: found.budget, visible: found.status === 'visible' };
}

/** A dot placed or taken back, with the note's new count in the payload. */
const dotChange = (wall: Wall, noteId: number, delta: number, votes: number = HOLES[0]): WallChange => ({
	wallId: wall.id,
	counts: { votes: delta },
	votes: [{ id: noteId, votes }]
});

/**
 * Places one dot: after the locks, one statement counts the participant's dots, places it if
 * the budget allows, counts the note's and announces the count.
 */
export async function vote(wall: Wall, viewer: WallViewer, noteId: number) {
	return onWall(wall, viewer.actor, async (c) => {
		const { participant, budget } = await voter(c, wall, viewer, noteId);
		const change = dotChange(wall, noteId, 1);
		const { rows } = await c.tx.execute<{ used: number; votes: number; placed: boolean }>(sql`
			with used as (select ${dotsOf(participant.id)} as n),
			ins as (
				insert into wall_vote (wall_id, note_id, cast_on_id, participant_id)
				select ${wall.id}::int, ${noteId}::int, ${noteId}::int, ${participant.id}::int from used where used.n < ${budget}::int
				returning id
			),
			counted as (select (select count(*)::int from wall_vote where note_id = ${noteId}::int) + 1 as votes)
			select used.n + 1 as used, counted.votes, exists (select from ins) as placed,
				case when exists (select from ins) then ${notifyFilled(change, [sql`counted.votes`])} end
			from used, counted`);
		const { used, votes, placed } = rows[0];
		if (!placed)
			throw new ValidationError({
				vote: `Hai già usato tutti i tuoi ${budget} punti: togline uno da un’altra nota per spostarlo.`
			});
		change.votes![0].votes = votes;
		await publish(c, change, { notify: false });
		return { used, budget };
	});
}

/** Takes back one of one's dots from a note (the latest placed there). */
export async function unvote(wall: Wall, viewer: WallViewer, noteId: number) {
	return onWall(wall, viewer.actor, async (c) => {
		const { participant, budget, visible } = await voter(c, wall, viewer, noteId, true);
		const change = dotChange(wall, noteId, -1);
		const { rows } = await c.tx.execute<{ used: number; votes: number; taken: boolean }>(sql`
			with del as (
				delete from wall_vote where id = (
					select id from wall_vote where participant_id = ${participant.id}::int and note_id = ${noteId}::int
					order by id desc limit 1)
				returning id
			),
			counted as (select (select count(*)::int from wall_vote where note_id = ${noteId}::int) - 1 as votes)
			select ${dotsOf(participant.id)} - ${visible ? 1 : 0}::int as used, counted.votes, exists (select from del) as taken,
				case when exists (select from del) then ${notifyFilled(change, [sql`counted.votes`])} end
			from counted`);
		const { used, votes, taken } = rows[0];
		if (!taken) throw new ValidationError({ vote: 'Non hai punti su questa nota.' });
		change.votes![0].votes = votes;
		await publish(c, change, { notify: false });
		return { used, budget };
	});
}

// ---- the facilitator's settings --------------------------------------------------------

/** Opens or closes posting or voting: a button with no form, so no version to check. */
async function switchWall(wall: Wall, viewer: WallViewer, values: Partial<Wall>) {
	const actor = assertFacilitator(viewer);
	await onWall(wall, actor, async (c) => {
		await c.update(walls, wall.id, values, { version: 'any' });
		// Screens update their header from the event: no screen needs to read the whole wall again.
		await announce(c.tx, { wallId: wall.id, header: true });
	});
}

export const setPosting = (wall: Wall, viewer: WallViewer, open: boolean) =>
	switchWall(wall, viewer, { postingOpen: open });
export const setVoting = (wall: Wall, viewer: WallViewer, open: boolean) =>
	switchWall(wall, viewer, { votingOpen: open });

export async function updateWallSettings(wall: Wall, viewer: WallViewer, input: unknown) {
	const actor = assertFacilitator(viewer);
	await command(
		actor,
		{ districtId: wall.districtId, input: wallSettingsInput, raw: input, versioned: true },
		async (c, data) => {
			await c.update(walls, wall.id, data);
			await announce(c.tx, { wallId: wall.id, header: true });
		}
	);
}

type Layout = {
	table: typeof wallColumns | typeof wallThemes;
	what: string;
	input: typeof columnInput | typeof themeInput;
};
const COLUMNS: Layout = { table: wallColumns, what: 'Colonna', input: columnInput };
const THEMES: Layout = { table: wallThemes, what: 'Tema', input: themeInput };

async function saveLayout(layout: Layout, wall: Wall, viewer: WallViewer, id: number | null, input: unknown) {
	const actor = assertFacilitator(viewer);
	// Columns and themes share their shape (a column also has a kind).
	const t = layout.table as typeof wallThemes;
	await command(actor, { districtId: wall.districtId, input: layout.input, raw: input }, async (c, data) => {
		if (id === null) {
			const [{ n }] = await c.tx.select({ n: count() }).from(t).where(eq(t.wallId, wall.id));
			await c.create(t, { ...data, wallId: wall.id, position: n });
		} else {
			await ofWall(c, t, wall, id, layout.what);
			await c.update(t, id, data);
		}
		await announce(c.tx, { wallId: wall.id, wall: true });
	});
}

async function removeLayout(layout: Layout, wall: Wall, viewer: WallViewer, id: number) {
	const actor = assertFacilitator(viewer);
	const t = layout.table as typeof wallThemes;
	await onWall(wall, actor, async (c) => {
		const column = layout === COLUMNS ? wallNotes.columnId : wallNotes.themeId;
		const [used] = await c.tx.select({ id: wallNotes.id }).from(wallNotes).where(eq(column, id)).limit(1);
		if (used) throw new ValidationError({ _form: `${layout.what} con note: spostale prima di eliminarla.` });
		const [{ n }] = await c.tx.select({ n: count() }).from(t).where(eq(t.wallId, wall.id));
		if (n <= 1) throw new ValidationError({ _form: 'La parete ne deve avere almeno uno.' });
		await ofWall(c, t, wall, id, layout.what);
		await c.remove(t, id);
		await announce(c.tx, { wallId: wall.id, wall: true });
	});
}

export const saveColumn = (wall: Wall, viewer: WallViewer, id: number | null, input: unknown) =>
	saveLayout(COLUMNS, wall, viewer, id, input);
export const removeColumn = (wall: Wall, viewer: WallViewer, id: number) => removeLayout(COLUMNS, wall, viewer, id);
export const saveTheme = (wall: Wall, viewer: WallViewer, id: number | null, input: unknown) =>
	saveLayout(THEMES, wall, viewer, id, input);
export const removeTheme = (wall: Wall, viewer: WallViewer, id: number) => removeLayout(THEMES, wall, viewer, id);

// ---- a wall of the past -----------------------------------------------------------------

/**
 * Dates a wall recorded after the fact (the demo's meeting of 16 May 2024) at its meeting: the
 * wall, its participants, notes (a minute apart, in the order they were posted) and dots.
 */
export async function dateAtMeeting(actor: Actor, wall: Wall) {
	return onWall(wall, actor, async (c) => {
		if (!wall.meetingId) return;
		const [meeting] = await c.tx
			.select({ startsAt: meetings.startsAt })
			.from(meetings)
			.where(eq(meetings.id, wall.meetingId));
		const at = meeting.startsAt.toISOString();
		await c.tx.execute(sql`update wall set created_at = ${at}::timestamptz where id = ${wall.id}`);
		await c.tx.execute(sql`update wall_participant set created_at = ${at}::timestamptz where wall_id = ${wall.id}`);
		await c.tx.execute(sql`
			update wall_note n set created_at = ${at}::timestamptz + make_interval(mins => 10 + o.i)
			from (select id, (row_number() over (order by created_at, id))::int as i from wall_note where wall_id = ${wall.id}) o
			where n.id = o.id`);
		await c.tx.execute(sql`
			update wall_vote v set created_at = ${at}::timestamptz + interval '90 minutes' + make_interval(secs => o.i * 20)
			from (select id, (row_number() over (order by id))::int as i from wall_vote where wall_id = ${wall.id}) o
			where v.id = o.id`);
		await c.tx.execute(
			sql`update wall_action set created_at = ${at}::timestamptz + interval '60 minutes' where wall_id = ${wall.id}`
		);
	});
}
