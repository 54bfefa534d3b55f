// The facilitator's history of a wall: every merge, hide and grouping is remembered with what it
// changed, listed for the facilitator, and can be undone as long as nobody has changed those
// notes since; otherwise the undo is refused with what changed. Both the move and its undo are
// announced, so every screen shows the note back where it was.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { NotFoundError, ValidationError } from '../errors';
import { command, type Context } from '../kernel';
import { assertFacilitator, type WallViewer } from './access';
import { announce, type WallEvent } from './live';
import { wallActions, wallGroups, wallNotes, wallVotes, type Note, type Wall, type WallActionKind } from './schema';

/** Tells the facilitator's screens that the history changed: they read it again. */
export const HISTORY_CHANGED: WallEvent = { event: 'history', data: {}, only: 'facilitator' };

/** How many of the latest moves the history lists. */
export const HISTORY_LENGTH = 30;

/** Records a move of the facilitator, in the command that makes it. */
export async function remember(
	c: Context,
	wall: Wall,
	move: { kind: WallActionKind; noteId: number; targetId?: number | null; detail?: Record<string, unknown> }
) {
	await c.tx.insert(wallActions).values({
		districtId: wall.districtId,
		wallId: wall.id,
		kind: move.kind,
		noteId: move.noteId,
		targetId: move.targetId ?? null,
		detail: move.detail ?? {},
		actorName: c.actor?.name ?? 'sistema'
	});
}

const quote = (body: string) => `«${body.length > 60 ? `${body.slice(0, 57)}…` : body}»`;

export interface HistoryEntry {
	id: number;
	kind: WallActionKind;
	/** What was done, in words: «…» unita a «…», «…» nascosta, «…» messa nel gruppo «…». */
	text: string;
	actorName: string;
	at: string;
	undone: boolean;
	undoneBy: string;
}

/** The latest moves on the wall, newest first: the facilitator's only. */
export async function wallHistory(wall: Wall, viewer: Pick<WallViewer, 'facilitator'>): Promise<HistoryEntry[]> {
	if (!viewer.facilitator) return [];
	const rows = await db()
		.select()
		.from(wallActions)
		.where(eq(wallActions.wallId, wall.id))
		.orderBy(desc(wallActions.id))
		.limit(HISTORY_LENGTH);
	if (!rows.length) return [];
	const noteIds = [
		...new Set(rows.flatMap((r) => (r.kind === 'merge' && r.targetId ? [r.noteId, r.targetId] : [r.noteId])))
	];
	const groupIds = [
		...new Set(
			rows.flatMap((r) =>
				r.kind === 'group' ? [r.targetId, (r.detail as { from?: number | null }).from].filter((x) => x != null) : []
			)
		)
	] as number[];
	const [notes, groups] = await Promise.all([
		db().select({ id: wallNotes.id, body: wallNotes.body }).from(wallNotes).where(inArray(wallNotes.id, noteIds)),
		groupIds.length
			? db()
					.select({ id: wallGroups.id, label: wallGroups.label })
					.from(wallGroups)
					.where(inArray(wallGroups.id, groupIds))
			: Promise.resolve([])
	]);
	const body = (id: number | null) => quote(notes.find((n) => n.id === id)?.body ?? '');
	const group = (id: number | null | undefined) => groups.find((g) => g.id === id)?.label;
	return rows.map((r) => {
		let text: string;
		if (r.kind === 'merge') text = `${body(r.noteId)} unita a ${body(r.targetId)}`;
		else if (r.kind === 'hide') text = `${body(r.noteId)} nascosta`;
		else if (r.targetId === null)
			text = `${body(r.noteId)} tolta dal gruppo «${group((r.detail as { from?: number }).from) ?? '…'}»`;
		else text = `${body(r.noteId)} messa nel gruppo «${group(r.targetId) ?? '(eliminato)'}»`;
		return {
			id: r.id,
			kind: r.kind,
			text,
			actorName: r.actorName,
			at: r.createdAt.toISOString(),
			undone: !!r.undoneAt,
			undoneBy: r.undoneBy
		};
	});
}

/** The notes named, locked in id order (two undos of the same notes cannot deadlock). */
async function lockNotes(c: Context, wall: Wall, ids: number[]): Promise<Map<number, Note>> {
	const rows = await c.tx
		.select()
		.from(wallNotes)
		.where(and(eq(wallNotes.wallId, wall.id), inArray(wallNotes.id, [...new Set(ids)])))
		.orderBy(asc(wallNotes.id))
		.for('update');
	return new Map(rows.map((n) => [n.id, n]));
}

const refuse = (message: string): never => {
	throw new ValidationError({ undo: `Non si può annullare: ${message}` });
};

/** What happened to a note since a move, in words, if it is no longer as the move left it. */
function changedSince(
	note: Note | undefined,
	expected: { status: Note['status']; version: number; into?: number | null }
) {
	if (!note) return 'la nota non c’è più.';
	if (note.status !== expected.status) {
		if (note.status === 'visible') return `${quote(note.body)} è già stata rimessa sulla parete.`;
		if (note.status === 'hidden') return `${quote(note.body)} è stata poi nascosta.`;
		return `${quote(note.body)} è stata poi unita a un’altra nota.`;
	}
	if (expected.into !== undefined && note.mergedIntoId !== expected.into)
		return `${quote(note.body)} è stata poi unita, con la nota in cui era, a un’altra nota: annulla prima quell’unione.`;
	if (note.version !== expected.version) return `${quote(note.body)} è stata modificata dopo.`;
	return null;
}

/** Undoes one move of the history, or refuses with what changed since. */
export async function undoWallAction(wall: Wall, viewer: WallViewer, actionId: number) {
	const actor = assertFacilitator(viewer);
	return command(actor, { districtId: wall.districtId }, async (c) => {
		const [move] = await c.tx
			.select()
			.from(wallActions)
			.where(and(eq(wallActions.id, actionId), eq(wallActions.wallId, wall.id)))
			.for('update');
		if (!move) throw new NotFoundError('Azione');
		if (move.undoneAt) refuse(`è già stata annullata${move.undoneBy ? ` da ${move.undoneBy}` : ''}.`);
		const detail = move.detail as {
			version?: number;
			groupId?: number | null;
			followers?: number[];
			from?: number | null;
		};
		let touched: number[] = [move.noteId];
		if (move.kind === 'merge') {
			const target = move.targetId!;
			const followers = detail.followers ?? [];
			const notes = await lockNotes(c, wall, [move.noteId, target, ...followers]);
			const why = changedSince(notes.get(move.noteId), { status: 'merged', version: detail.version!, into: target });
			if (why) refuse(why);
			// The notes that had followed it come back with it (those still where the merge put them).
			const back = followers.filter((id) => notes.get(id)?.mergedIntoId === target);
			await c.tx
				.update(wallNotes)
				.set({ mergedIntoId: move.noteId })
				.where(inArray(wallNotes.id, back.length ? back : [0]));
			await c.tx
				.update(wallVotes)
				.set({ noteId: move.noteId })
				.where(and(eq(wallVotes.noteId, target), inArray(wallVotes.castOnId, [move.noteId, ...back])));
			const source = notes.get(move.noteId)!;
			const groupId = await groupStill(c, wall, detail.groupId ?? null, source);
			await c.update(
				wallNotes,
				move.noteId,
				{ status: 'visible', mergedIntoId: null, groupId },
				{ version: 'any', action: 'restore' }
			);
			touched = [move.noteId, target, ...back];
		} else if (move.kind === 'hide') {
			const notes = await lockNotes(c, wall, [move.noteId]);
			const why = changedSince(notes.get(move.noteId), { status: 'hidden', version: detail.version! });
			if (why) refuse(why);
			await c.update(wallNotes, move.noteId, { status: 'visible' }, { version: 'any', action: 'restore' });
		} else {
			const notes = await lockNotes(c, wall, [move.noteId]);
			const note = notes.get(move.noteId);
			if (!note) refuse('la nota non c’è più.');
			if (note!.status !== 'visible') refuse(changedSince(note, { status: 'visible', version: note!.version })!);
			if (note!.groupId !== move.targetId)
				refuse(`${quote(note!.body)} è stata poi spostata in un altro gruppo o in un’altra cella.`);
			const from = detail.from ?? null;
			if (from !== null && (await groupStill(c, wall, from, note!)) === null)
				refuse('il gruppo in cui era la nota è stato eliminato.');
			await c.tx.update(wallNotes).set({ groupId: from }).where(eq(wallNotes.id, move.noteId));
		}
		await c.tx
			.update(wallActions)
			.set({ undoneAt: sql`now()`, undoneBy: actor.name })
			.where(eq(wallActions.id, move.id));
		await c.audit(wallActions, { action: 'undo', id: move.id, before: { kind: move.kind, noteId: move.noteId } });
		await announce(c.tx, { wallId: wall.id, notes: touched, events: [HISTORY_CHANGED] });
		return { notice: 'Annullato: la nota è tornata com’era.' };
	});
}

/** The group, if it still exists in the note's cell; else none. */
async function groupStill(c: Context, wall: Wall, groupId: number | null, note: Note): Promise<number | null> {
	if (groupId === null) return null;
	const [g] = await c.tx
		.select({ id: wallGroups.id })
		.from(wallGroups)
		.where(
			and(
				eq(wallGroups.id, groupId),
				eq(wallGroups.wallId, wall.id),
				eq(wallGroups.columnId, note.columnId),
				eq(wallGroups.themeId, note.themeId)
			)
		);
	return g ? g.id : null;
}
