// What wall screens show: the notes as each viewer may see them (hidden ones only to the
// facilitator, "mine" for their author), the counts, the header, the whole state for a first
// render or a reconnection, and the ranking of the results page and the exports.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { districts } from '../kernel';
import { objectives, plans } from '../planning';
import { meetings } from '../roundtables';
import { roundtableOf, type WallViewer } from './access';
import { wallHistory } from './history';
import {
	wallColumns,
	wallGroups,
	wallNotes,
	wallPromotions,
	wallThemes,
	wallVotes,
	type Participant,
	type Wall
} from './schema';

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

/**
 * The name beside a note: the signature typed with it, else the name its guest gave when
 * joining (the join page promises it). A member's account name is not put there unasked.
 */
const shownAuthor = sql<string>`coalesce(nullif(${wallNotes.authorName}, ''), (select p.name from wall_participant p where p.id = ${wallNotes.participantId} and p.user_id is null), '')`;

/** The notes of a wall as screens show them: all, or only `ids` (those not shown are absent). */
export async function noteViews(wallId: number, ids?: number[], executor: Executor = db()): Promise<NoteView[]> {
	if (ids && !ids.length) return [];
	const rows = await executor
		.select({
			id: wallNotes.id,
			columnId: wallNotes.columnId,
			themeId: wallNotes.themeId,
			groupId: wallNotes.groupId,
			body: wallNotes.body,
			organisationName: wallNotes.organisationName,
			authorName: shownAuthor,
			status: wallNotes.status,
			version: wallNotes.version,
			createdAt: wallNotes.createdAt,
			participantId: wallNotes.participantId,
			votes: sql<number>`(select count(*) from wall_vote v where v.note_id = "wall_note"."id")::int`
		})
		.from(wallNotes)
		.where(
			and(
				eq(wallNotes.wallId, wallId),
				sql`${wallNotes.status} <> 'merged'`,
				ids ? inArray(wallNotes.id, ids) : undefined
			)
		)
		.orderBy(asc(wallNotes.createdAt), asc(wallNotes.id));
	if (!rows.length) return [];
	const shown = rows.map((r) => r.id);
	const [merged, promotions] = await Promise.all([
		executor
			.select({
				id: wallNotes.id,
				into: wallNotes.mergedIntoId,
				body: wallNotes.body,
				organisationName: wallNotes.organisationName,
				authorName: shownAuthor
			})
			.from(wallNotes)
			.where(inArray(wallNotes.mergedIntoId, shown))
			.orderBy(asc(wallNotes.id)),
		executor
			.select({
				noteId: wallPromotions.noteId,
				kind: wallPromotions.kind,
				objectiveId: objectives.id,
				code: objectives.code,
				title: objectives.title,
				planTitle: plans.title
			})
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
		wall.meetingId
			? db()
					.select({ title: meetings.title, startsAt: meetings.startsAt })
					.from(meetings)
					.where(eq(meetings.id, wall.meetingId))
			: Promise.resolve([]),
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
		/** The facilitator's timer of the round under way; `now` lets each screen count down on the server's clock. */
		timer:
			wall.timerRound && wall.timerEndsAt
				? {
						round: wall.timerRound,
						endsAt: wall.timerEndsAt.toISOString(),
						autoClose: wall.timerAutoClose,
						now: new Date().toISOString()
					}
				: null,
		/** The facilitator's pages: settings, ranking, exports, promotion. */
		manageUrl: facilitator ? `/gestione/${district.slug}/pareti/${wall.id}` : null
	};
}

/** Everything a wall screen needs, for the first render and after a reconnection. */
export async function wallState(wall: Wall, viewer: WallViewer) {
	const [header, columns, themes, groups, notes, stats, votes, history] = await Promise.all([
		wallHeader(wall, viewer.facilitator),
		db()
			.select()
			.from(wallColumns)
			.where(eq(wallColumns.wallId, wall.id))
			.orderBy(asc(wallColumns.position), asc(wallColumns.id)),
		db()
			.select()
			.from(wallThemes)
			.where(eq(wallThemes.wallId, wall.id))
			.orderBy(asc(wallThemes.position), asc(wallThemes.id)),
		db().select().from(wallGroups).where(eq(wallGroups.wallId, wall.id)).orderBy(asc(wallGroups.id)),
		noteViews(wall.id),
		wallStats(wall.id),
		myVotes(viewer.participant),
		wallHistory(wall, viewer)
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
		},
		/** The facilitator's moves, each with its undo (empty for everyone else). */
		history
	};
}
export type WallState = Awaited<ReturnType<typeof wallState>>;

// ---- results -------------------------------------------------------------------------

/** The visible notes ranked by votes within each column and theme (ties share a rank). */
export async function ranking(wall: Wall) {
	const state = await wallState(wall, {
		actor: null,
		participant: null,
		facilitator: false,
		canRead: true,
		canPost: false
	});
	const cells = [];
	for (const column of state.columns) {
		for (const theme of state.themes) {
			const notes = state.notes
				.filter((n) => n.columnId === column.id && n.themeId === theme.id)
				.sort((a, b) => b.votes - a.votes || a.id - b.id);
			let rank = 0;
			const ranked = notes.map((n, i) => ({
				...n,
				rank: i > 0 && notes[i - 1].votes === n.votes ? rank : (rank = i + 1)
			}));
			cells.push({ column, theme, notes: ranked });
		}
	}
	// Each column across its themes too: the overall list of proposals beside the per-theme tables.
	const overall = state.columns.map((column) => {
		const notes = state.notes.filter((n) => n.columnId === column.id).sort((a, b) => b.votes - a.votes || a.id - b.id);
		let rank = 0;
		return {
			column,
			notes: notes.map((n, i) => ({
				...n,
				theme: state.themes.find((t) => t.id === n.themeId)?.label ?? '',
				rank: i > 0 && notes[i - 1].votes === n.votes ? rank : (rank = i + 1)
			}))
		};
	});
	return { ...state, cells, overall };
}

/**
 * The notes a note can be merged into, in the order of the board (theme, column, its groups,
 * then the loose notes, oldest first): of its own column, or of every column with `all`; never
 * itself, never hidden or merged ones; `q` keeps those whose words (or organisation) contain it.
 */
export async function mergeChoices(wall: Wall, noteId: number, options: { q?: string; all?: boolean } = {}) {
	const state = await wallState(wall, {
		actor: null,
		participant: null,
		facilitator: false,
		canRead: true,
		canPost: false
	});
	const note = state.notes.find((n) => n.id === noteId);
	if (!note) return null;
	const q = (options.q ?? '').trim().toLocaleLowerCase('it');
	const position = <T extends { id: number }>(list: T[], id: number | null) => list.findIndex((x) => x.id === id);
	const groupRank = (groupId: number | null) => (groupId === null ? Number.MAX_SAFE_INTEGER : groupId);
	const candidates = state.notes
		.filter((n) => n.id !== noteId && n.status === 'visible')
		.filter((n) => options.all || n.columnId === note.columnId)
		.filter(
			(n) => !q || n.body.toLocaleLowerCase('it').includes(q) || n.organisationName.toLocaleLowerCase('it').includes(q)
		)
		.sort(
			(a, b) =>
				position(state.themes, a.themeId) - position(state.themes, b.themeId) ||
				position(state.columns, a.columnId) - position(state.columns, b.columnId) ||
				groupRank(a.groupId) - groupRank(b.groupId) ||
				a.createdAt.localeCompare(b.createdAt) ||
				a.id - b.id
		)
		.map((n) => ({
			id: n.id,
			body: n.body,
			organisationName: n.organisationName,
			votes: n.votes,
			column: state.columns.find((c) => c.id === n.columnId)?.label ?? '',
			theme: state.themes.find((t) => t.id === n.themeId)?.label ?? '',
			group: state.groups.find((g) => g.id === n.groupId)?.label ?? null,
			otherColumn: n.columnId !== note.columnId
		}));
	return {
		note,
		column: state.columns.find((c) => c.id === note.columnId)!,
		theme: state.themes.find((t) => t.id === note.themeId)!,
		candidates
	};
}
