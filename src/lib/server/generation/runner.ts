// The runner of background generation: any app instance claims a queued file (SKIP LOCKED),
// makes it while recording progress, and stores the result in the person's files. A file whose
// runner went silent (the app stopped or crashed) is taken up again by the next runner: that
// is what "resume" means here, since generating is repeatable from the data. The runner's own
// bookkeeping (claim, progress, result) is no person's command: it writes the table directly.
import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '../db';
import { districts, type Actor } from '../kernel';
import { memberships, users } from '../accounts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { generatorOf, type Progress } from './generators';
import { listed } from './queries';
import { generatedFiles } from './schema';

/** The longest a file may take to make (20,000 rows of new indicators take a few minutes). */
const MAX_MINUTES = 30;

class TimeoutError extends Error {
	constructor() {
		super(`La preparazione ha superato ${MAX_MINUTES} minuti ed è stata interrotta.`);
	}
}

/** After this long without a sign of life a running file is taken up again. */
export const STALE_AFTER_SECONDS = 120;
const MAX_ATTEMPTS = 3;

let running: Promise<void> | undefined;
let again = false;
/** Set while the app stops: the file under way is finished, no other is started. */
let stopping = false;
let timer: ReturnType<typeof setInterval> | undefined;

/** Starts the runner unless it is already at work (then it looks once more when done). */
export function kick(): Promise<void> {
	if (stopping) return running ?? Promise.resolve();
	if (running) {
		again = true;
		return running;
	}
	running = (async () => {
		do {
			again = false;
			while (await runOne());
		} while (again);
	})()
		.catch((e) => console.error('[pdz] generazione dei file:', e))
		.finally(() => (running = undefined));
	return running;
}

/** Runs the runner now and then, for files left by an instance that stopped; clears old files hourly. */
export function startRunner(everySeconds = 30) {
	stopping = false;
	let ticks = 0;
	const tick = () => {
		if (ticks++ % Math.round(3600 / everySeconds) === 0)
			void removeOldFiles().catch((e) => console.error('[pdz] pulizia dei file:', e));
		void kick();
	};
	timer ??= setInterval(tick, everySeconds * 1000);
	timer.unref();
	tick();
}

export async function stopRunner() {
	stopping = true;
	if (timer) clearInterval(timer);
	timer = undefined;
	await running;
}

/** Claims one file to make (queued, or silent for too long) and makes it; false if none. */
export async function runOne(): Promise<boolean> {
	if (stopping) return false;
	const claimed = await db().execute<{ id: number; attempts: number }>(sql`
		update generated_file set status = 'running', attempts = attempts + 1, heartbeat_at = now(), progress = 0, step = ''
		where id = (
			select id from generated_file
			where status = 'queued' or (status = 'running' and heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))
			order by id limit 1 for update skip locked)
		returning id, attempts`);
	const claim = claimed.rows[0];
	if (!claim) return false;
	// Every later write names this claim: a runner that was taken over (it went silent) writes nothing more.
	const mine = and(
		eq(generatedFiles.id, claim.id),
		eq(generatedFiles.attempts, claim.attempts),
		eq(generatedFiles.status, 'running')
	);
	const [file] = await db().select(listed).from(generatedFiles).where(eq(generatedFiles.id, claim.id));
	if (!file) return true; // deleted meanwhile
	const fail = (error: string) =>
		db()
			.update(generatedFiles)
			.set({ status: 'failed', error, finishedAt: sql`now()` })
			.where(mine);
	if (claim.attempts > MAX_ATTEMPTS) {
		await fail('La preparazione si è interrotta più volte: riprovare più tardi.');
		return true;
	}
	const generator = generatorOf(file.kind);
	const actor = await actorOf(file.userId, file.districtId);
	if (!generator || !actor) {
		await fail(!generator ? 'Tipo di file sconosciuto.' : 'Non fai più parte di questo ambito.');
		return true;
	}
	// Signs of life: with each step, and every 20 seconds whatever the generator does.
	let last = 0;
	let writes = Promise.resolve();
	const write = (values: Partial<typeof generatedFiles.$inferInsert>) => {
		writes = writes
			.then(async () => {
				await db()
					.update(generatedFiles)
					.set({ ...values, heartbeatAt: sql`now()` })
					.where(mine);
			})
			.catch((e) => console.error('[pdz] avanzamento del file', claim.id, (e as Error).message));
	};
	const progress: Progress = (fraction, step) => {
		const now = Date.now();
		if (now - last < 250) return; // four times a second at most
		last = now;
		write({ progress: Math.max(0, Math.min(99, Math.round(fraction * 100))), step });
	};
	const heartbeat = setInterval(() => write({}), 20_000);
	let limit: ReturnType<typeof setTimeout> | undefined;
	try {
		// A generator that never settles (a lost connection, say) must not hold up every later file.
		const timeout = new Promise<never>(
			(_, reject) => (limit = setTimeout(() => reject(new TimeoutError()), MAX_MINUTES * 60_000))
		);
		const made = await Promise.race([generator.make(actor, file.params, progress), timeout]);
		clearTimeout(limit);
		clearInterval(heartbeat);
		await writes;
		await db()
			.update(generatedFiles)
			.set({
				status: 'done',
				progress: 100,
				step: '',
				data: made.bytes,
				fileName: made.fileName,
				contentType: made.contentType,
				finishedAt: sql`now()`,
				error: null
			})
			.where(mine);
	} catch (e) {
		clearInterval(heartbeat);
		clearTimeout(limit);
		await writes;
		const expected =
			e instanceof NotFoundError ||
			e instanceof ValidationError ||
			e instanceof ForbiddenError ||
			e instanceof TimeoutError;
		if (!expected) console.error('[pdz] generazione del file', claim.id, e);
		await fail(expected ? e.message : 'Errore imprevisto durante la preparazione del file.');
	}
	return true;
}

/** The person as they are now in the district (their role may have changed since asking). */
async function actorOf(userId: string, districtId: number): Promise<Actor | null> {
	const [row] = await db()
		.select({ name: users.name, email: users.email, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.innerJoin(districts, eq(districts.id, memberships.districtId))
		.where(and(eq(memberships.userId, userId), eq(memberships.districtId, districtId)));
	return row ? { userId, name: row.name, email: row.email, districtId, role: row.role } : null;
}

/** Files older than a week are removed (they can be made again from the data). */
export async function removeOldFiles(days = 7): Promise<number> {
	const removed = await db()
		.delete(generatedFiles)
		.where(lt(generatedFiles.createdAt, sql`now() - make_interval(days => ${days})`))
		.returning({ id: generatedFiles.id });
	return removed.length;
}
