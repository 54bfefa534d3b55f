// The facilitator's timer for a posting or a voting round: started with its length (more than
// nothing, at most a day), shown on every screen and on the projector (the header carries when it
// ends), stopped by hand, and, if asked, closing its round by itself when it ends. Every app
// instance looks now and then for timers that have ended; the row lock lets only one close each.
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { db } from '../db';
import { command } from '../kernel';
import { assertFacilitator, type WallViewer } from './access';
import { timerInput } from './input';
import { announce } from './live';
import { walls, type Wall } from './schema';

/** Starts (or starts again) the timer of a round, opening the round if it was closed. */
export async function startTimer(wall: Wall, viewer: WallViewer, input: unknown) {
	const actor = assertFacilitator(viewer);
	return command(actor, { districtId: wall.districtId, input: timerInput, raw: input }, async (c, data) => {
		const endsAt = new Date(Date.now() + Math.max(1, Math.round(data.minutes * 60)) * 1000);
		await c.update(
			walls,
			wall.id,
			{
				timerRound: data.round,
				timerEndsAt: endsAt,
				timerAutoClose: data.autoClose,
				...(data.round === 'posting' ? { postingOpen: true } : { votingOpen: true })
			},
			{ version: 'any', action: 'update' }
		);
		await announce(c.tx, { wallId: wall.id, header: true });
		return {
			notice: `Timer avviato: ${data.round === 'posting' ? 'scrittura' : 'votazione'} fino alle ${time(endsAt)}.`
		};
	});
}

export async function stopTimer(wall: Wall, viewer: WallViewer) {
	const actor = assertFacilitator(viewer);
	return command(actor, { districtId: wall.districtId }, async (c) => {
		await c.update(walls, wall.id, { timerRound: null, timerEndsAt: null, timerAutoClose: false }, { version: 'any' });
		await announce(c.tx, { wallId: wall.id, header: true });
		return { notice: 'Timer fermato.' };
	});
}

const time = (d: Date) =>
	new Intl.DateTimeFormat('it-IT', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }).format(d);

/** Closes the rounds whose timer has ended and was set to close them; returns the walls closed. */
export async function closeEndedRounds(): Promise<number[]> {
	const due = await db()
		.select({ id: walls.id, districtId: walls.districtId })
		.from(walls)
		.where(and(eq(walls.timerAutoClose, true), isNotNull(walls.timerEndsAt), lte(walls.timerEndsAt, sql`now()`)));
	const closed: number[] = [];
	for (const w of due) {
		const done = await command(null, { districtId: w.districtId }, async (c) => {
			// Another instance may have closed it, or the facilitator started it again, meanwhile.
			const [row] = await c.tx
				.select()
				.from(walls)
				.where(and(eq(walls.id, w.id), eq(walls.timerAutoClose, true), lte(walls.timerEndsAt, sql`now()`)))
				.for('update', { skipLocked: true });
			if (!row) return false;
			await c.update(
				walls,
				w.id,
				{
					timerRound: null,
					timerEndsAt: null,
					timerAutoClose: false,
					...(row.timerRound === 'posting' ? { postingOpen: false } : { votingOpen: false })
				},
				{ version: 'any', action: 'update' }
			);
			await announce(c.tx, { wallId: w.id, header: true });
			return true;
		});
		if (done) closed.push(w.id);
	}
	return closed;
}

let ticker: ReturnType<typeof setInterval> | undefined;
let round: Promise<unknown> | undefined;

/** Looks for ended timers every `everyMs` (2 s: a round closes at most that late). */
export function startWallTimers(everyMs = 2000) {
	if (ticker) return;
	ticker = setInterval(() => {
		if (round) return;
		round = closeEndedRounds()
			.catch((e) => console.error('[parete] chiusura a tempo non riuscita:', e))
			.finally(() => (round = undefined));
	}, everyMs);
	ticker.unref();
}

export async function stopWallTimers() {
	if (ticker) clearInterval(ticker);
	ticker = undefined;
	await round;
}
