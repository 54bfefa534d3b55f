// The participation wall: who may read, post and vote, and what the facilitator may do.
// Every change is announced (live.ts) in its own transaction, so every open screen shows it.
import type { Actor } from '../kernel/access';
import { districts } from '../kernel/schema';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { db, type Executor } from '../db';
import { findOwned, updateVersioned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { memberships } from '../accounts/schema';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { addressKey, reserve, reserveAll, type Rule } from '../security/rate-limit';
import { parse, versionOnly } from '../validation';
import { delegates, organisations } from '../organisations/schema';
import { meetings, roundtableMembers, roundtables } from '../roundtables/schema';
import { canManageMeetingsOf, expectedAt } from '../roundtables/service';
import { objectives, plans } from '../planning/schema';
import { announce } from './live';
import { assignGroupInput, columnInput, groupInput, joinInput, mergeInput, noteInput, themeInput, wallSettingsInput } from './input';
import { wallColumns, wallGroups, wallNotes, wallParticipants, wallPromotions, wallThemes, wallVotes, walls, type ColumnKind } from './schema';

export type Wall = typeof walls.$inferSelect;
export type Participant = typeof wallParticipants.$inferSelect;
type Note = typeof wallNotes.$inferSelect;

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

/** Who is looking at a wall, and what they may do there. */
export interface WallViewer {
	actor: Actor | null;
	participant: Participant | null;
	facilitator: boolean;
	canRead: boolean;
	canPost: boolean;
}

// ---- finding walls and viewers -------------------------------------------------------

export async function wallByToken(token: string): Promise<Wall> {
	if (!/^[0-9a-f]{32}$/.test(token)) throw new NotFoundError('Parete');
	const [wall] = await db().select().from(walls).where(eq(walls.joinToken, token));
	if (!wall) throw new NotFoundError('Parete');
	return wall;
}

export async function wallById(id: number): Promise<Wall | null> {
	const [wall] = await db().select().from(walls).where(eq(walls.id, id));
	return wall ?? null;
}

export function getWall(districtId: number, id: number): Promise<Wall> {
	return findOwned(db(), walls, districtId, id, 'Parete');
}

export async function wallOfMeeting(districtId: number, meetingId: number): Promise<Wall | null> {
	const [wall] = await db().select().from(walls).where(and(eq(walls.districtId, districtId), eq(walls.meetingId, meetingId)));
	return wall ?? null;
}

export async function wallsOfRoundtable(districtId: number, roundtableId: number) {
	return db()
		.select({ id: walls.id, title: walls.title, joinToken: walls.joinToken, meetingId: walls.meetingId, createdAt: walls.createdAt })
		.from(walls)
		.where(and(eq(walls.districtId, districtId), eq(walls.roundtableId, roundtableId)))
		.orderBy(desc(walls.createdAt));
}

async function roundtableOf(tx: Executor, wall: Wall) {
	if (!wall.roundtableId) return null;
	const [r] = await tx.select({ coordinatorId: roundtables.coordinatorId, name: roundtables.name }).from(roundtables).where(eq(roundtables.id, wall.roundtableId));
	return r ?? null;
}

/** Whether `actor` facilitates `wall`: the roundtable's coordinator, or the Ufficio di Piano. */
export async function facilitates(actor: Actor | null, wall: Wall): Promise<boolean> {
	return !!actor && actor.districtId === wall.districtId && canManageMeetingsOf(actor, await roundtableOf(db(), wall));
}

function hashSecret(secret: string) {
	return createHash('sha256').update(secret).digest('hex');
}

/** The guest behind a cookie value "<participant id>.<secret>", if it is genuine and of this wall. */
async function guestOf(wall: Wall, cookie: string | undefined): Promise<Participant | null> {
	const m = /^(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(cookie ?? '');
	if (!m) return null;
	const [p] = await db()
		.select()
		.from(wallParticipants)
		.where(and(eq(wallParticipants.id, Number(m[1])), eq(wallParticipants.wallId, wall.id)));
	if (!p?.secretHash) return null;
	const a = Buffer.from(p.secretHash);
	const b = Buffer.from(hashSecret(m[2]));
	return a.length === b.length && timingSafeEqual(a, b) ? p : null;
}

/**
 * Resolves who is looking: a member of the wall's district (by their session), else a guest
 * (by their cookie), else nobody (who sees the join form).
 */
export async function viewerOf(wall: Wall, user: { id: string; name: string; email: string } | null, guestCookie: string | undefined): Promise<WallViewer> {
	if (user) {
		const [m] = await db()
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.userId, user.id), eq(memberships.districtId, wall.districtId)));
		if (m) {
			const actor: Actor = { userId: user.id, name: user.name, email: user.email, districtId: wall.districtId, role: m.role };
			return { actor, participant: await participantOf(wall.id, user.id), facilitator: await facilitates(actor, wall), canRead: true, canPost: actor.role !== 'viewer' };
		}
	}
	const guest = await guestOf(wall, guestCookie);
	return { actor: null, participant: guest, facilitator: false, canRead: !!guest, canPost: !!guest };
}

export async function participantOf(wallId: number, userId: string): Promise<Participant | null> {
	const [p] = await db().select().from(wallParticipants).where(and(eq(wallParticipants.wallId, wallId), eq(wallParticipants.userId, userId)));
	return p ?? null;
}

/** Members post under their own account; the first post or vote makes them a participant. */
async function participantFor(tx: Executor, wall: Wall, viewer: WallViewer): Promise<Participant> {
	if (!viewer.canPost) throw new ForbiddenError('Per scrivere sulla parete bisogna entrare con il codice della sala.');
	if (viewer.participant) return viewer.participant;
	const actor = viewer.actor!;
	const [delegate] = await tx
		.select({ organisationId: organisations.id, organisationName: organisations.name })
		.from(delegates)
		.innerJoin(organisations, eq(organisations.id, delegates.organisationId))
		.where(and(eq(delegates.userId, actor.userId), eq(delegates.districtId, wall.districtId)));
	await tx
		.insert(wallParticipants)
		.values({ wallId: wall.id, userId: actor.userId, name: actor.name, organisationId: delegate?.organisationId ?? null, organisationName: delegate?.organisationName ?? 'Ufficio di Piano' })
		.onConflictDoNothing();
	const [p] = await tx
		.select()
		.from(wallParticipants)
		.where(and(eq(wallParticipants.wallId, wall.id), eq(wallParticipants.userId, actor.userId)));
	viewer.participant = p;
	return p;
}

function assertFacilitator(viewer: WallViewer): Actor {
	if (!viewer.facilitator || !viewer.actor) throw new ForbiddenError('Solo chi facilita la parete può farlo.');
	return viewer.actor;
}

/** A member of the district on a staff page of the wall. */
export async function staffViewer(actor: Actor, wall: Wall): Promise<WallViewer> {
	return { actor, participant: null, facilitator: await facilitates(actor, wall), canRead: true, canPost: actor.role !== 'viewer' };
}

// ---- creating a wall and joining it ---------------------------------------------------

/** Opens the wall of a meeting (one per meeting) or a standing wall of a roundtable. */
export async function createWall(actor: Actor, owner: { meetingId: number } | { roundtableId: number }): Promise<Wall> {
	return db().transaction(async (tx) => {
		let roundtableId: number | null;
		let meetingId: number | null = null;
		let title: string;
		if ('meetingId' in owner) {
			const meeting = await findOwned(tx, meetings, actor.districtId, owner.meetingId, 'Incontro');
			const [existing] = await tx.select().from(walls).where(eq(walls.meetingId, meeting.id));
			if (existing) return existing;
			roundtableId = meeting.roundtableId;
			meetingId = meeting.id;
			title = meeting.title;
		} else {
			const roundtable = await findOwned(tx, roundtables, actor.districtId, owner.roundtableId, 'Tavolo');
			roundtableId = roundtable.id;
			title = `Parete del ${roundtable.name}`;
		}
		const rt = roundtableId ? await findOwned(tx, roundtables, actor.districtId, roundtableId, 'Tavolo') : null;
		if (!canManageMeetingsOf(actor, rt)) throw new ForbiddenError('Solo il referente del tavolo o l’Ufficio di Piano aprono una parete.');
		const [wall] = await tx.insert(walls).values({ districtId: actor.districtId, roundtableId, meetingId, title }).returning();
		await tx.insert(wallColumns).values(DEFAULT_COLUMNS.map((c, position) => ({ ...c, wallId: wall.id, position })));
		await tx.insert(wallThemes).values(DEFAULT_THEMES.map((label, position) => ({ label, wallId: wall.id, position })));
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'wall', entityId: wall.id, after: wall });
		return wall;
	});
}

/** The organisations a guest may choose from: the meeting's expected ones, else the roundtable's members. */
export async function joinableOrganisations(wall: Wall) {
	if (wall.meetingId) {
		const [meeting] = await db().select().from(meetings).where(eq(meetings.id, wall.meetingId));
		return expectedAt(db(), meeting);
	}
	return db()
		.selectDistinct({ id: organisations.id, name: organisations.name })
		.from(roundtableMembers)
		.innerJoin(organisations, eq(organisations.id, roundtableMembers.organisationId))
		.where(and(eq(roundtableMembers.roundtableId, wall.roundtableId!), isNull(roundtableMembers.leftOn)))
		.orderBy(asc(organisations.name));
}

/**
 * A guest joins with the room's code; returns the cookie value that identifies them (null:
 * keep the one they have). A browser that has joined stays the same participant, with one
 * dot budget, however often it sends the form again.
 */
export async function joinWall(wall: Wall, input: unknown, clientAddress: string): Promise<{ cookie: string; participant: Participant }>;
export async function joinWall(wall: Wall, input: unknown, clientAddress: string, current: Participant | null): Promise<{ cookie: string | null; participant: Participant }>;
export async function joinWall(wall: Wall, input: unknown, clientAddress: string, current: Participant | null = null): Promise<{ cookie: string | null; participant: Participant }> {
	const data = parse(joinInput, input);
	if (current?.wallId === wall.id) return { cookie: null, participant: current };
	const address = addressKey(clientAddress);
	// The code is compared inside the reservation: a right one counts nothing, a burst of guesses
	// is answered only as often as the limit allows.
	const attempt = await reserve(`wall-join:${address}`, JOIN_LIMIT, sql`${data.code} = (select join_code from wall where id = ${wall.id})`);
	if (attempt.wait) throw new ValidationError({ code: 'Troppi codici sbagliati: riprova tra qualche minuto.' });
	if (!attempt.free) throw new ValidationError({ code: 'Codice non corretto: controlla quello mostrato in sala.' });
	let organisationId: number | null = null;
	let organisationName = data.organisationOther;
	if (data.organisationId !== 'other') {
		const found = (await joinableOrganisations(wall)).find((o) => o.id === Number(data.organisationId));
		if (!found) throw new ValidationError({ organisationId: 'Questo ente non fa parte del tavolo: scegli «Altro ente» e scrivine il nome.' });
		organisationId = found.id;
		organisationName = found.name;
	}
	if ((await reserve(guestsKey(wall, address), GUESTS_PER_ADDRESS)).wait) {
		throw new ValidationError({ code: `Da questa rete sono già entrate ${GUESTS_PER_ADDRESS.limit} persone: chiedi a chi facilita la parete.` });
	}
	const secret = randomBytes(32).toString('base64url');
	const [participant] = await db()
		.insert(wallParticipants)
		.values({ wallId: wall.id, secretHash: hashSecret(secret), organisationId, organisationName, name: data.name })
		.returning();
	// Only the participant count changes: screens get new stats, not a whole new wall.
	await announce(db(), { wallId: wall.id, notes: [] });
	return { cookie: `${participant.id}.${secret}`, participant };
}

const guestsKey = (wall: Wall, address: string) => `wall-guests:${wall.id}:${address}`;

/** The facilitator's list of who is on the wall, with the dots and notes of each. */
export async function listParticipants(wall: Wall, viewer: WallViewer) {
	assertFacilitator(viewer);
	const [people, { rows: full }] = await Promise.all([
		db()
			.select({
				id: wallParticipants.id,
				name: wallParticipants.name,
				organisationName: wallParticipants.organisationName,
				guest: sql<boolean>`${wallParticipants.userId} is null`,
				createdAt: wallParticipants.createdAt,
				dots: sql<number>`(select count(*) from wall_vote v where v.participant_id = wall_participant.id)::int`,
				notes: sql<number>`(select count(*) from wall_note n where n.participant_id = wall_participant.id and n.status <> 'merged')::int`
			})
			.from(wallParticipants)
			.where(eq(wallParticipants.wallId, wall.id))
			.orderBy(asc(wallParticipants.createdAt), asc(wallParticipants.id)),
		db().execute<{ n: number }>(sql`select count(*)::int as n from rate_limit where key like ${`wall-guests:${wall.id}:%`} and count >= ${GUESTS_PER_ADDRESS.limit} and reset_at > now()`)
	]);
	return { people, perAddress: GUESTS_PER_ADDRESS.limit, fullAddresses: full[0]?.n ?? 0 };
}

/** The facilitator removes a participant and their dots; their notes stay, without author link. */
export async function removeParticipant(wall: Wall, viewer: WallViewer, participantId: number) {
	const actor = assertFacilitator(viewer);
	return db().transaction(async (tx) => {
		const voted = await tx.selectDistinct({ id: wallVotes.noteId }).from(wallVotes).where(and(eq(wallVotes.participantId, participantId), eq(wallVotes.wallId, wall.id)));
		const [gone] = await tx.delete(wallParticipants).where(and(eq(wallParticipants.id, participantId), eq(wallParticipants.wallId, wall.id))).returning();
		if (!gone) throw new NotFoundError('Partecipante');
		await recordChange(tx, actor, wall.districtId, { action: 'delete', entity: 'wall_participant', entityId: gone.id, before: { name: gone.name, organisationName: gone.organisationName } });
		await announce(tx, { wallId: wall.id, notes: voted.map((n) => n.id) });
		return { notice: `${gone.name || 'Il partecipante'} non partecipa più alla parete: i suoi punti sono stati tolti.` };
	});
}

// ---- what screens show -----------------------------------------------------------------

export interface NoteView {
	id: number;
	columnId: number;
	themeId: number;
	groupId: number | null;
	body: string;
	organisationName: string;
	authorName: string;
	status: 'visible' | 'hidden';
	votes: number;
	version: number;
	createdAt: string;
	/** Notes merged into this one: their words and authors stay visible. */
	merged: { id: number; body: string; organisationName: string; authorName: string }[];
	promotions: { kind: string; objectiveId: number; code: string; title: string; planTitle: string }[];
	/** Internal: who wrote it, turned into `mine` per screen and never sent. */
	participantId?: number | null;
	mine?: boolean;
}

/** The notes of a wall as screens show them: all, or only `ids` (those not shown are absent). */
export async function noteViews(wallId: number, ids?: number[]): Promise<NoteView[]> {
	if (ids && !ids.length) return [];
	const rows = await db()
		.select({
			id: wallNotes.id,
			columnId: wallNotes.columnId,
			themeId: wallNotes.themeId,
			groupId: wallNotes.groupId,
			body: wallNotes.body,
			organisationName: wallNotes.organisationName,
			authorName: wallNotes.authorName,
			status: wallNotes.status,
			version: wallNotes.version,
			createdAt: wallNotes.createdAt,
			participantId: wallNotes.participantId,
			votes: sql<number>`(select count(*) from wall_vote v where v.note_id = "wall_note"."id")::int`
		})
		.from(wallNotes)
		.where(and(eq(wallNotes.wallId, wallId), sql`${wallNotes.status} <> 'merged'`, ids ? inArray(wallNotes.id, ids) : undefined))
		.orderBy(asc(wallNotes.createdAt), asc(wallNotes.id));
	if (!rows.length) return [];
	const shown = rows.map((r) => r.id);
	const [merged, promotions] = await Promise.all([
		db()
			.select({ id: wallNotes.id, into: wallNotes.mergedIntoId, body: wallNotes.body, organisationName: wallNotes.organisationName, authorName: wallNotes.authorName })
			.from(wallNotes)
			.where(inArray(wallNotes.mergedIntoId, shown))
			.orderBy(asc(wallNotes.id)),
		db()
			.select({ noteId: wallPromotions.noteId, kind: wallPromotions.kind, objectiveId: objectives.id, code: objectives.code, title: objectives.title, planTitle: plans.title })
			.from(wallPromotions)
			.innerJoin(objectives, eq(objectives.id, wallPromotions.objectiveId))
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(inArray(wallPromotions.noteId, shown))
	]);
	return rows.map((r) => ({
		...r,
		status: r.status as NoteView['status'],
		createdAt: r.createdAt.toISOString(),
		merged: merged.filter((m) => m.into === r.id).map(({ into: _i, ...m }) => m),
		promotions: promotions.filter((p) => p.noteId === r.id).map(({ noteId: _n, ...p }) => p)
	}));
}

/** A note as one screen may see it: hidden notes only for the facilitator; authorship as `mine`. */
export function forViewer(note: NoteView, viewer: Pick<WallViewer, 'facilitator' | 'participant'>): NoteView | null {
	if (note.status === 'hidden' && !viewer.facilitator) return null;
	const { participantId, ...rest } = note;
	return { ...rest, mine: !!viewer.participant && participantId === viewer.participant.id };
}

export async function wallStats(wallId: number) {
	const { rows } = await db().execute<{ participants: number; notes: number; votes: number }>(sql`
		select (select count(*) from wall_participant where wall_id = ${wallId})::int as participants,
		       (select count(*) from wall_note where wall_id = ${wallId} and status = 'visible')::int as notes,
		       (select count(*) from wall_vote where wall_id = ${wallId})::int as votes`);
	return rows[0];
}

async function myVotes(participant: Participant | null): Promise<Record<number, number>> {
	if (!participant) return {};
	const rows = await db()
		.select({ noteId: wallVotes.noteId, n: count() })
		.from(wallVotes)
		.innerJoin(wallNotes, eq(wallNotes.id, wallVotes.noteId))
		.where(and(eq(wallVotes.participantId, participant.id), eq(wallNotes.status, 'visible')))
		.groupBy(wallVotes.noteId);
	return Object.fromEntries(rows.map((r) => [r.noteId, r.n]));
}

/** What a wall's header shows: also on the join form, before anything of the wall is visible. */
export async function wallHeader(wall: Wall, facilitator = false) {
	const [rt, meeting, [district]] = await Promise.all([
		roundtableOf(db(), wall),
		wall.meetingId ? db().select({ title: meetings.title, startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.id, wall.meetingId)) : Promise.resolve([]),
		db().select({ slug: districts.slug, name: districts.name }).from(districts).where(eq(districts.id, wall.districtId))
	]);
	return {
		id: wall.id,
		title: wall.title,
		postingOpen: wall.postingOpen,
		votingOpen: wall.votingOpen,
		dotBudget: wall.dotBudget,
		version: wall.version,
		roundtable: rt?.name ?? null,
		district: district.name,
		meeting: meeting[0] ? { title: meeting[0].title, startsAt: meeting[0].startsAt.toISOString() } : null,
		/** The facilitator's pages: settings, ranking, exports, promotion. */
		manageUrl: facilitator ? `/gestione/${district.slug}/pareti/${wall.id}` : null
	};
}

/** Everything a wall screen needs, for the first render and after a reconnection. */
export async function wallState(wall: Wall, viewer: WallViewer) {
	const [header, columns, themes, groups, notes, stats, votes] = await Promise.all([
		wallHeader(wall, viewer.facilitator),
		db().select().from(wallColumns).where(eq(wallColumns.wallId, wall.id)).orderBy(asc(wallColumns.position), asc(wallColumns.id)),
		db().select().from(wallThemes).where(eq(wallThemes.wallId, wall.id)).orderBy(asc(wallThemes.position), asc(wallThemes.id)),
		db().select().from(wallGroups).where(eq(wallGroups.wallId, wall.id)).orderBy(asc(wallGroups.id)),
		noteViews(wall.id),
		wallStats(wall.id),
		myVotes(viewer.participant)
	]);
	return {
		wall: header,
		columns: columns.map(({ id, kind, label }) => ({ id, kind, label })),
		themes: themes.map(({ id, label }) => ({ id, label })),
		groups: groups.map(({ id, columnId, themeId, label }) => ({ id, columnId, themeId, label })),
		notes: notes.map((n) => forViewer(n, viewer)).filter((n) => n !== null),
		stats,
		me: {
			facilitator: viewer.facilitator,
			canPost: viewer.canPost,
			joined: !!viewer.participant,
			organisationName: viewer.participant?.organisationName ?? null,
			name: viewer.participant?.name ?? viewer.actor?.name ?? '',
			votes
		}
	};
}
export type WallState = Awaited<ReturnType<typeof wallState>>;

// ---- notes ---------------------------------------------------------------------------

async function noteOf(tx: Executor, wall: Wall, noteId: number, lock = false): Promise<Note> {
	const q = tx.select().from(wallNotes).where(and(eq(wallNotes.id, noteId), eq(wallNotes.wallId, wall.id)));
	const [note] = lock ? await q.for('update') : await q;
	if (!note) throw new NotFoundError('Nota');
	return note;
}

async function checkCell(tx: Executor, wall: Wall, columnId: number, themeId: number) {
	const [c] = await tx.select({ id: wallColumns.id }).from(wallColumns).where(and(eq(wallColumns.id, columnId), eq(wallColumns.wallId, wall.id)));
	if (!c) throw new ValidationError({ columnId: 'Colonna non trovata su questa parete.' });
	const [t] = await tx.select({ id: wallThemes.id }).from(wallThemes).where(and(eq(wallThemes.id, themeId), eq(wallThemes.wallId, wall.id)));
	if (!t) throw new ValidationError({ themeId: 'Tema non trovato su questa parete.' });
}

/** Wall state is read again inside the transaction: the facilitator may have just closed it. */
async function currentWall(tx: Executor, wall: Wall): Promise<Wall> {
	const [w] = await tx.select().from(walls).where(eq(walls.id, wall.id)).for('share');
	if (!w) throw new NotFoundError('Parete');
	return w;
}

async function limitPosts(viewer: WallViewer, clientAddress: string) {
	const who = viewer.participant ? `p${viewer.participant.id}` : `u${viewer.actor?.userId}`;
	const { wait } = await reserveAll([
		[`wall-post:${who}`, { limit: POST_LIMIT.perParticipant, windowSeconds: POST_LIMIT.windowSeconds }],
		[`wall-post:a${addressKey(clientAddress)}`, { limit: POST_LIMIT.perAddress, windowSeconds: POST_LIMIT.windowSeconds }]
	]);
	if (wait) throw new ValidationError({ body: `Stai scrivendo molto in fretta: riprova tra ${wait} secondi. Il testo è rimasto qui.` });
}

export async function postNote(wall: Wall, viewer: WallViewer, input: unknown, clientAddress: string): Promise<NoteView> {
	const data = parse(noteInput, input);
	if (!viewer.canPost) throw new ForbiddenError('Per scrivere sulla parete bisogna entrare con il codice della sala.');
	// Counted before the transaction: the limiter uses a connection of its own.
	await limitPosts(viewer, clientAddress);
	const id = await db().transaction(async (tx) => {
		const participant = await participantFor(tx, wall, viewer);
		const w = await currentWall(tx, wall);
		if (!w.postingOpen && !viewer.facilitator) throw new ValidationError({ body: 'La parete è chiusa: non si possono più aggiungere note.' });
		if (data.clientKey) {
			// The same note sent again after a dropped connection: it was saved the first time.
			const [again] = await tx
				.select({ id: wallNotes.id })
				.from(wallNotes)
				.where(and(eq(wallNotes.wallId, wall.id), eq(wallNotes.participantId, participant.id), eq(wallNotes.clientKey, data.clientKey)));
			if (again) return again.id;
		}
		await checkCell(tx, wall, data.columnId, data.themeId);
		const [note] = await tx
			.insert(wallNotes)
			.values({
				districtId: wall.districtId,
				wallId: wall.id,
				columnId: data.columnId,
				themeId: data.themeId,
				body: data.body,
				participantId: participant.id,
				organisationName: participant.organisationName,
				authorName: data.authorName,
				clientKey: data.clientKey
			})
			.returning({ id: wallNotes.id });
		await announce(tx, { wallId: wall.id, notes: [note.id] });
		return note.id;
	});
	return forViewer((await noteViews(wall.id, [id]))[0], viewer)!;
}

/** Guests change only their own visible notes, while posting is open; the facilitator any note. */
async function editableNote(tx: Executor, wall: Wall, viewer: WallViewer, noteId: number): Promise<Note> {
	const note = await noteOf(tx, wall, noteId, true);
	if (viewer.facilitator) return note;
	const w = await currentWall(tx, wall);
	if (!viewer.participant || note.participantId !== viewer.participant.id) throw new ForbiddenError('Puoi modificare solo le tue note.');
	if (!w.postingOpen) throw new ValidationError({ body: 'La parete è chiusa: le note non si possono più modificare.' });
	if (note.status !== 'visible') throw new ValidationError({ body: 'Il facilitatore ha già spostato o unito questa nota.' });
	return note;
}

export async function editNote(wall: Wall, viewer: WallViewer, noteId: number, input: unknown, clientAddress: string) {
	const data = parse(noteInput, input);
	const { version } = parse(versionOnly, input);
	if (!viewer.facilitator) await limitPosts(viewer, clientAddress);
	await db().transaction(async (tx) => {
		await editableNote(tx, wall, viewer, noteId);
		await checkCell(tx, wall, data.columnId, data.themeId);
		const { before, after } = await updateVersioned(tx, wallNotes, wall.districtId, noteId, version, { body: data.body, columnId: data.columnId, themeId: data.themeId, authorName: data.authorName }, 'Nota');
		// A note moved to another cell leaves its group behind.
		if (before.columnId !== after.columnId || before.themeId !== after.themeId) await tx.update(wallNotes).set({ groupId: null }).where(eq(wallNotes.id, noteId));
		if (viewer.facilitator) await recordChange(tx, viewer.actor, wall.districtId, { action: 'update', entity: 'wall_note', entityId: noteId, before, after });
		await announce(tx, { wallId: wall.id, notes: [noteId] });
	});
}

export async function deleteNote(wall: Wall, viewer: WallViewer, noteId: number) {
	await db().transaction(async (tx) => {
		const note = await editableNote(tx, wall, viewer, noteId);
		if (viewer.facilitator && note.participantId !== viewer.participant?.id) throw new ForbiddenError('Il facilitatore nasconde le note degli altri, non le elimina.');
		const [merged] = await tx.select({ id: wallNotes.id }).from(wallNotes).where(eq(wallNotes.mergedIntoId, noteId)).limit(1);
		const [promoted] = await tx.select({ id: wallPromotions.id }).from(wallPromotions).where(eq(wallPromotions.noteId, noteId)).limit(1);
		if (merged || promoted) throw new ValidationError({ body: 'Questa nota raccoglie altre note o è entrata nel piano: non si può eliminare.' });
		await tx.delete(wallNotes).where(eq(wallNotes.id, noteId));
		await announce(tx, { wallId: wall.id, notes: [noteId] });
	});
}

/** Hides a note, or shows it again; a merged note shown again takes its own votes back. */
export async function setNoteVisible(wall: Wall, viewer: WallViewer, noteId: number, visible: boolean) {
	const actor = assertFacilitator(viewer);
	await db().transaction(async (tx) => {
		const note = await noteOf(tx, wall, noteId, true);
		const touched = [noteId];
		if (note.status === 'merged' && visible) {
			touched.push(note.mergedIntoId!);
			await tx.update(wallVotes).set({ noteId }).where(and(eq(wallVotes.castOnId, noteId), eq(wallVotes.noteId, note.mergedIntoId!)));
		}
		await tx.update(wallNotes).set({ status: visible ? 'visible' : 'hidden', mergedIntoId: null, version: sql`${wallNotes.version} + 1`, updatedAt: sql`now()` }).where(eq(wallNotes.id, noteId));
		await recordChange(tx, actor, wall.districtId, { action: visible ? 'restore' : 'hide', entity: 'wall_note', entityId: noteId, before: note });
		await announce(tx, { wallId: wall.id, notes: touched });
	});
}

/** Merges a duplicate into another note: its votes and authors go with it, and it stays listed there. */
export async function mergeNote(wall: Wall, viewer: WallViewer, noteId: number, input: unknown) {
	const actor = assertFacilitator(viewer);
	const { targetId } = parse(mergeInput, input);
	if (targetId === noteId) throw new ValidationError({ targetId: 'Una nota non si unisce a sé stessa.' });
	await db().transaction(async (tx) => {
		// Both rows locked in one statement, in id order: two opposite merges cannot deadlock.
		const locked = await tx
			.select()
			.from(wallNotes)
			.where(and(eq(wallNotes.wallId, wall.id), inArray(wallNotes.id, [noteId, targetId])))
			.orderBy(asc(wallNotes.id))
			.for('update');
		const source = locked.find((n) => n.id === noteId);
		const target = locked.find((n) => n.id === targetId);
		if (!source) throw new NotFoundError('Nota');
		if (!target) throw new ValidationError({ targetId: 'Nota di destinazione non trovata su questa parete.' });
		if (source.status !== 'visible') throw new ValidationError({ targetId: 'Si uniscono solo note visibili: questa è nascosta o già unita.' });
		if (target.status !== 'visible') throw new ValidationError({ targetId: 'Si può unire solo a una nota visibile.' });
		// Notes already merged into the source follow it; votes go with them.
		await tx.update(wallNotes).set({ mergedIntoId: targetId }).where(eq(wallNotes.mergedIntoId, noteId));
		await tx.update(wallVotes).set({ noteId: targetId }).where(eq(wallVotes.noteId, noteId));
		await tx.update(wallNotes).set({ status: 'merged', mergedIntoId: targetId, groupId: null, version: sql`${wallNotes.version} + 1`, updatedAt: sql`now()` }).where(eq(wallNotes.id, noteId));
		await recordChange(tx, actor, wall.districtId, { action: 'merge', entity: 'wall_note', entityId: noteId, after: { mergedInto: targetId } });
		await announce(tx, { wallId: wall.id, notes: [noteId, targetId] });
	});
}

export async function createGroup(wall: Wall, viewer: WallViewer, input: unknown) {
	const actor = assertFacilitator(viewer);
	const data = parse(groupInput, input);
	await db().transaction(async (tx) => {
		await checkCell(tx, wall, data.columnId, data.themeId);
		const [group] = await tx.insert(wallGroups).values({ ...data, wallId: wall.id }).returning();
		await recordChange(tx, actor, wall.districtId, { action: 'create', entity: 'wall_group', entityId: group.id, after: group });
		await announce(tx, { wallId: wall.id, wall: true });
	});
}

export async function deleteGroup(wall: Wall, viewer: WallViewer, groupId: number) {
	const actor = assertFacilitator(viewer);
	await db().transaction(async (tx) => {
		const [group] = await tx.delete(wallGroups).where(and(eq(wallGroups.id, groupId), eq(wallGroups.wallId, wall.id))).returning();
		if (!group) throw new NotFoundError('Gruppo');
		await recordChange(tx, actor, wall.districtId, { action: 'delete', entity: 'wall_group', entityId: groupId, before: group });
		await announce(tx, { wallId: wall.id, wall: true });
	});
}

/** Puts a note under a heading of its own cell, or takes it out (`groupId` empty). */
export async function assignGroup(wall: Wall, viewer: WallViewer, noteId: number, input: unknown) {
	assertFacilitator(viewer);
	const { groupId } = parse(assignGroupInput, input);
	await db().transaction(async (tx) => {
		const note = await noteOf(tx, wall, noteId, true);
		if (groupId !== null) {
			const [group] = await tx.select().from(wallGroups).where(and(eq(wallGroups.id, groupId), eq(wallGroups.wallId, wall.id)));
			if (!group) throw new ValidationError({ groupId: 'Gruppo non trovato su questa parete.' });
			if (group.columnId !== note.columnId || group.themeId !== note.themeId) throw new ValidationError({ groupId: 'Il gruppo è in un’altra colonna o in un altro tema.' });
		}
		await tx.update(wallNotes).set({ groupId }).where(eq(wallNotes.id, noteId));
		await announce(tx, { wallId: wall.id, notes: [noteId] });
	});
}

// ---- votes ---------------------------------------------------------------------------

/** Dots count while their note is on the wall: a hidden note gives its dots back. */
async function dotsUsed(tx: Executor, participantId: number): Promise<number> {
	const [{ used }] = await tx
		.select({ used: count() })
		.from(wallVotes)
		.innerJoin(wallNotes, eq(wallNotes.id, wallVotes.noteId))
		.where(and(eq(wallVotes.participantId, participantId), eq(wallNotes.status, 'visible')));
	return used;
}

/**
 * Places one dot. The participant's row is locked for the count and the insert, so
 * simultaneous clicks are counted one after the other and never exceed the budget.
 */
export async function vote(wall: Wall, viewer: WallViewer, noteId: number) {
	return db().transaction(async (tx) => {
		const participant = await participantFor(tx, wall, viewer);
		await tx.select({ id: wallParticipants.id }).from(wallParticipants).where(eq(wallParticipants.id, participant.id)).for('update');
		const w = await currentWall(tx, wall);
		if (!w.votingOpen) throw new ValidationError({ vote: 'La votazione non è aperta.' });
		const [note] = await tx.select({ status: wallNotes.status }).from(wallNotes).where(and(eq(wallNotes.id, noteId), eq(wallNotes.wallId, wall.id)));
		if (!note || note.status !== 'visible') throw new ValidationError({ vote: 'Questa nota non si può votare: non è su questa parete.' });
		const used = await dotsUsed(tx, participant.id);
		if (used >= w.dotBudget) throw new ValidationError({ vote: `Hai già usato tutti i tuoi ${w.dotBudget} punti: togline uno da un’altra nota per spostarlo.` });
		await tx.insert(wallVotes).values({ wallId: wall.id, noteId, castOnId: noteId, participantId: participant.id });
		await announce(tx, { wallId: wall.id, notes: [noteId] });
		return { used: used + 1, budget: w.dotBudget };
	});
}

/** Takes back one of one's dots from a note. */
export async function unvote(wall: Wall, viewer: WallViewer, noteId: number) {
	return db().transaction(async (tx) => {
		const participant = await participantFor(tx, wall, viewer);
		await tx.select({ id: wallParticipants.id }).from(wallParticipants).where(eq(wallParticipants.id, participant.id)).for('update');
		const w = await currentWall(tx, wall);
		if (!w.votingOpen) throw new ValidationError({ vote: 'La votazione non è aperta.' });
		const [mine] = await tx
			.select({ id: wallVotes.id })
			.from(wallVotes)
			.where(and(eq(wallVotes.participantId, participant.id), eq(wallVotes.noteId, noteId)))
			.orderBy(desc(wallVotes.id))
			.limit(1);
		if (!mine) throw new ValidationError({ vote: 'Non hai punti su questa nota.' });
		await tx.delete(wallVotes).where(eq(wallVotes.id, mine.id));
		const used = await dotsUsed(tx, participant.id);
		await announce(tx, { wallId: wall.id, notes: [noteId] });
		return { used, budget: w.dotBudget };
	});
}

// ---- the facilitator's settings --------------------------------------------------------

async function changeWall(wall: Wall, viewer: WallViewer, values: Partial<Wall>, version?: number) {
	const actor = assertFacilitator(viewer);
	await db().transaction(async (tx) => {
		const current = await findOwned(tx, walls, wall.districtId, wall.id, 'Parete');
		const { before, after } = await updateVersioned(tx, walls, wall.districtId, wall.id, version ?? current.version, values, 'Parete');
		await recordChange(tx, actor, wall.districtId, { action: 'update', entity: 'wall', entityId: wall.id, before, after });
		// Screens update their header from the event: no screen needs to read the whole wall again.
		await announce(tx, { wallId: wall.id, header: true });
	});
}

export const setPosting = (wall: Wall, viewer: WallViewer, open: boolean) => changeWall(wall, viewer, { postingOpen: open });
export const setVoting = (wall: Wall, viewer: WallViewer, open: boolean) => changeWall(wall, viewer, { votingOpen: open });

export async function updateWallSettings(wall: Wall, viewer: WallViewer, input: unknown) {
	const data = parse(wallSettingsInput, input);
	const { version } = parse(versionOnly, input);
	await changeWall(wall, viewer, data, version);
}

type Layout = { table: typeof wallColumns | typeof wallThemes; entity: string; what: string; input: typeof columnInput | typeof themeInput };
const COLUMNS: Layout = { table: wallColumns, entity: 'wall_column', what: 'Colonna', input: columnInput };
const THEMES: Layout = { table: wallThemes, entity: 'wall_theme', what: 'Tema', input: themeInput };

async function saveLayout(layout: Layout, wall: Wall, viewer: WallViewer, id: number | null, input: unknown) {
	const actor = assertFacilitator(viewer);
	const data = parse(layout.input, input);
	const t = layout.table;
	await db().transaction(async (tx) => {
		let row;
		if (id === null) {
			const [{ n }] = await tx.select({ n: count() }).from(t).where(eq(t.wallId, wall.id));
			[row] = await tx.insert(t).values({ ...data, wallId: wall.id, position: n } as never).returning();
		} else {
			[row] = await tx.update(t).set(data).where(and(eq(t.id, id), eq(t.wallId, wall.id))).returning();
			if (!row) throw new NotFoundError(layout.what);
		}
		await recordChange(tx, actor, wall.districtId, { action: id === null ? 'create' : 'update', entity: layout.entity, entityId: row.id, after: row });
		await announce(tx, { wallId: wall.id, wall: true });
	});
}

async function removeLayout(layout: Layout, wall: Wall, viewer: WallViewer, id: number) {
	const actor = assertFacilitator(viewer);
	const t = layout.table;
	await db().transaction(async (tx) => {
		const column = layout === COLUMNS ? wallNotes.columnId : wallNotes.themeId;
		const [used] = await tx.select({ id: wallNotes.id }).from(wallNotes).where(eq(column, id)).limit(1);
		if (used) throw new ValidationError({ _form: `${layout.what} con note: spostale prima di eliminarla.` });
		const [{ n }] = await tx.select({ n: count() }).from(t).where(eq(t.wallId, wall.id));
		if (n <= 1) throw new ValidationError({ _form: 'La parete ne deve avere almeno uno.' });
		const [row] = await tx.delete(t).where(and(eq(t.id, id), eq(t.wallId, wall.id))).returning();
		if (!row) throw new NotFoundError(layout.what);
		await recordChange(tx, actor, wall.districtId, { action: 'delete', entity: layout.entity, entityId: id, before: row });
		await announce(tx, { wallId: wall.id, wall: true });
	});
}

export const saveColumn = (wall: Wall, viewer: WallViewer, id: number | null, input: unknown) => saveLayout(COLUMNS, wall, viewer, id, input);
export const removeColumn = (wall: Wall, viewer: WallViewer, id: number) => removeLayout(COLUMNS, wall, viewer, id);
export const saveTheme = (wall: Wall, viewer: WallViewer, id: number | null, input: unknown) => saveLayout(THEMES, wall, viewer, id, input);
export const removeTheme = (wall: Wall, viewer: WallViewer, id: number) => removeLayout(THEMES, wall, viewer, id);

// ---- results -------------------------------------------------------------------------

/** The visible notes ranked by votes within each column and theme (ties share a rank). */
export async function ranking(wall: Wall) {
	const state = await wallState(wall, { actor: null, participant: null, facilitator: false, canRead: true, canPost: false });
	const cells = [];
	for (const column of state.columns) {
		for (const theme of state.themes) {
			const notes = state.notes.filter((n) => n.columnId === column.id && n.themeId === theme.id).sort((a, b) => b.votes - a.votes || a.id - b.id);
			let rank = 0;
			const ranked = notes.map((n, i) => ({ ...n, rank: i > 0 && notes[i - 1].votes === n.votes ? rank : (rank = i + 1) }));
			cells.push({ column, theme, notes: ranked });
		}
	}
	return { ...state, cells };
}
