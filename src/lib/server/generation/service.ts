// Background generation of files: a request queues a file and returns at once; the runner of
// any app instance claims it (SKIP LOCKED), makes it while recording progress, and stores the
// result in the person's files. A file whose runner went silent (the app stopped or crashed)
// is taken up again by the next runner: that is what "resume" means here, since generating
// is repeatable from the data.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { db } from '../db';
import { districts, memberships, users } from '../accounts/schema';
import type { Actor } from '../accounts/policy';
import { NotFoundError, ValidationError } from '../errors';
import { generatedFiles } from './schema';

export interface Made {
	bytes: Buffer;
	fileName: string;
	contentType: string;
}

/** Reports progress: a fraction (0-1) of the work and the step under way, in Italian. */
export type Progress = (fraction: number, step: string) => void;

export interface Generator {
	/** Checks the request (permissions, existence) and names the file for the list. */
	prepare(actor: Actor, params: Record<string, string | number>): Promise<string>;
	make(actor: Actor, params: Record<string, string | number>, progress: Progress): Promise<Made>;
}

const generators = new Map<string, Generator>();

/** A module offers a kind of file (e.g. the plan document) to background generation. */
export function registerGenerator(kind: string, generator: Generator) {
	generators.set(kind, generator);
}

/** After this long without a sign of life a running file is taken up again. */
export const STALE_AFTER_SECONDS = 120;
const MAX_ATTEMPTS = 3;
/** How many of their files a person keeps: older ones are removed. */
export const KEPT_PER_PERSON = 20;

export type GeneratedFile = Omit<typeof generatedFiles.$inferSelect, 'data'>;
const listed = {
	id: generatedFiles.id,
	districtId: generatedFiles.districtId,
	userId: generatedFiles.userId,
	kind: generatedFiles.kind,
	params: generatedFiles.params,
	title: generatedFiles.title,
	status: generatedFiles.status,
	progress: generatedFiles.progress,
	step: generatedFiles.step,
	attempts: generatedFiles.attempts,
	fileName: generatedFiles.fileName,
	contentType: generatedFiles.contentType,
	error: generatedFiles.error,
	createdAt: generatedFiles.createdAt,
	heartbeatAt: generatedFiles.heartbeatAt,
	finishedAt: generatedFiles.finishedAt
};

/** Queues a file for the actor and starts the runner; returns the queued file. */
export async function requestFile(actor: Actor, kind: string, params: Record<string, string | number>): Promise<GeneratedFile> {
	const generator = generators.get(kind);
	if (!generator) throw new ValidationError({ _form: 'Tipo di file sconosciuto.' });
	const title = await generator.prepare(actor, params);
	const [file] = await db().insert(generatedFiles).values({ districtId: actor.districtId, userId: actor.userId, kind, params, title }).returning(listed);
	// Older files beyond what a person keeps make room.
	await db().execute(sql`
		delete from generated_file where id in (
			select id from generated_file where district_id = ${actor.districtId} and user_id = ${actor.userId}
			order by id desc offset ${KEPT_PER_PERSON})`);
	kick();
	return file;
}

export async function listFiles(actor: Actor): Promise<GeneratedFile[]> {
	return db()
		.select(listed)
		.from(generatedFiles)
		.where(and(eq(generatedFiles.districtId, actor.districtId), eq(generatedFiles.userId, actor.userId)))
		.orderBy(desc(generatedFiles.id));
}

/** One of the actor's own files (nobody else's). */
export async function getFile(actor: Actor, id: number): Promise<GeneratedFile> {
	const [file] = await db()
		.select(listed)
		.from(generatedFiles)
		.where(and(eq(generatedFiles.id, id), eq(generatedFiles.districtId, actor.districtId), eq(generatedFiles.userId, actor.userId)));
	if (!file) throw new NotFoundError('File');
	return file;
}

export async function fileContent(actor: Actor, id: number): Promise<Made> {
	const [file] = await db()
		.select({ data: generatedFiles.data, fileName: generatedFiles.fileName, contentType: generatedFiles.contentType })
		.from(generatedFiles)
		.where(and(eq(generatedFiles.id, id), eq(generatedFiles.districtId, actor.districtId), eq(generatedFiles.userId, actor.userId), eq(generatedFiles.status, 'done')));
	if (!file?.data) throw new NotFoundError('File');
	return { bytes: file.data, fileName: file.fileName!, contentType: file.contentType! };
}

export async function deleteFile(actor: Actor, id: number): Promise<void> {
	await getFile(actor, id);
	await db().delete(generatedFiles).where(and(eq(generatedFiles.id, id), eq(generatedFiles.userId, actor.userId)));
}

// ——— The runner ———

let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setInterval> | undefined;

/** Starts the runner unless it is already at work (then it looks once more when done). */
export function kick(): Promise<void> {
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
	let ticks = 0;
	const tick = () => {
		if (ticks++ % Math.round(3600 / everySeconds) === 0) void removeOldFiles().catch((e) => console.error('[pdz] pulizia dei file:', e));
		void kick();
	};
	timer ??= setInterval(tick, everySeconds * 1000);
	timer.unref();
	tick();
}

export async function stopRunner() {
	if (timer) clearInterval(timer);
	timer = undefined;
	await running;
}

/** Claims one file to make (queued, or silent for too long) and makes it; false if none. */
export async function runOne(): Promise<boolean> {
	const claimed = await db().execute<{ id: number }>(sql`
		update generated_file set status = 'running', attempts = attempts + 1, heartbeat_at = now(), progress = 0, step = ''
		where id = (
			select id from generated_file
			where status = 'queued' or (status = 'running' and heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))
			order by id limit 1 for update skip locked)
		returning id`);
	const id = claimed.rows[0]?.id;
	if (id === undefined) return false;
	const [file] = await db().select(listed).from(generatedFiles).where(eq(generatedFiles.id, id));
	const fail = (error: string) =>
		db().update(generatedFiles).set({ status: 'failed', error, finishedAt: sql`now()` }).where(eq(generatedFiles.id, id));
	if (file.attempts > MAX_ATTEMPTS) {
		await fail('La preparazione si è interrotta più volte: riprovare più tardi.');
		return true;
	}
	const generator = generators.get(file.kind);
	const actor = await actorOf(file.userId, file.districtId);
	if (!generator || !actor) {
		await fail(!generator ? 'Tipo di file sconosciuto.' : 'Non fai più parte di questo ambito.');
		return true;
	}
	let last = 0;
	let writes = Promise.resolve();
	const progress: Progress = (fraction, step) => {
		const now = Date.now();
		if (now - last < 250) return; // a sign of life four times a second at most
		last = now;
		const value = Math.max(0, Math.min(99, Math.round(fraction * 100)));
		writes = writes.then(async () => {
			await db().update(generatedFiles).set({ progress: value, step, heartbeatAt: sql`now()` }).where(and(eq(generatedFiles.id, id), eq(generatedFiles.status, 'running')));
		});
	};
	try {
		const made = await generator.make(actor, file.params, progress);
		await writes;
		await db()
			.update(generatedFiles)
			.set({ status: 'done', progress: 100, step: '', data: made.bytes, fileName: made.fileName, contentType: made.contentType, finishedAt: sql`now()`, error: null })
			.where(eq(generatedFiles.id, id));
	} catch (e) {
		await writes.catch(() => {});
		const message = e instanceof NotFoundError || e instanceof ValidationError ? e.message : 'Errore imprevisto durante la preparazione del file.';
		if (!(e instanceof NotFoundError || e instanceof ValidationError)) console.error('[pdz] generazione del file', id, e);
		await fail(message);
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
	const removed = await db().delete(generatedFiles).where(lt(generatedFiles.createdAt, sql`now() - make_interval(days => ${days})`)).returning({ id: generatedFiles.id });
	return removed.length;
}
