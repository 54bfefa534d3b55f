// Background generation of files: a request queues a file and returns at once; the runner of
// any app instance claims it (SKIP LOCKED), makes it while recording progress, and stores the
// result in the person's files. A file whose runner went silent (the app stopped or crashed)
// is taken up again by the next runner: that is what "resume" means here, since generating
// is repeatable from the data.
import type { Actor } from '../kernel/access';
import { districts } from '../kernel/schema';
import { and, desc, eq, getTableColumns, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { memberships, users } from '../accounts/schema';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { generatedFiles } from './schema';

export interface Made {
	bytes: Buffer;
	fileName: string;
	contentType: string;
}

/** Lets the event loop serve other requests in the middle of long synchronous work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reports progress: a fraction (0-1) of the work and the step under way, in Italian. */
export type Progress = (fraction: number, step: string) => void;

export interface Generator {
	/** False for work whose result is shown on a page of its own (an import's check), not in "I tuoi file". */
	listed?: boolean;
	/** Checks the request (permissions, existence) and names the file for the list. */
	prepare(actor: Actor, params: Record<string, string | number>): Promise<string>;
	make(actor: Actor, params: Record<string, string | number>, progress: Progress): Promise<Made>;
}

const generators = new Map<string, Generator>();

/** A module offers a kind of file (e.g. the plan document) to background generation. */
export function registerGenerator(kind: string, generator: Generator) {
	generators.set(kind, generator);
}

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
/** How many of their files a person keeps: older ones are removed. */
export const KEPT_PER_PERSON = 20;

export type GeneratedFile = Omit<typeof generatedFiles.$inferSelect, 'data'>;
// Every column but the file itself (read only to download it).
const { data: _data, ...listed } = getTableColumns(generatedFiles);

const canonical = (params: Record<string, unknown>) => JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]));

/** How many files one person may have waiting or in the making at once. */
export const MAX_UNFINISHED = 3;

/**
 * Queues a file for the actor and starts the runner; returns the queued file. The same
 * request while the first is still waiting (a double click) returns that one.
 */
export async function requestFile(actor: Actor, kind: string, params: Record<string, string | number>): Promise<GeneratedFile> {
	const generator = generators.get(kind);
	if (!generator) throw new ValidationError({ _form: 'Tipo di file sconosciuto.' });
	const title = await generator.prepare(actor, params);
	const file = await db().transaction(async (tx) => {
		// One person's requests, one at a time (a lock on their membership row).
		await tx.execute(sql`select 1 from membership where user_id = ${actor.userId} and district_id = ${actor.districtId} for update`);
		const unfinished = await tx
			.select(listed)
			.from(generatedFiles)
			.where(and(eq(generatedFiles.districtId, actor.districtId), eq(generatedFiles.userId, actor.userId), inArray(generatedFiles.status, ['queued', 'running'])));
		const same = unfinished.find((f) => f.kind === kind && canonical(f.params) === canonical(params));
		if (same) return same;
		if (unfinished.length >= MAX_UNFINISHED)
			throw new ValidationError({ _form: `Hai già ${unfinished.length} file in preparazione: attendi che siano pronti (in «I tuoi file») prima di chiederne altri.` });
		const [created] = await tx.insert(generatedFiles).values({ districtId: actor.districtId, userId: actor.userId, kind, params, title }).returning(listed);
		// Older finished files beyond what a person keeps make room.
		await tx.execute(sql`
			delete from generated_file where id in (
				select id from generated_file where district_id = ${actor.districtId} and user_id = ${actor.userId} and status in ('done', 'failed')
				order by id desc offset ${KEPT_PER_PERSON})`);
		return created;
	});
	void kick();
	return file;
}

export async function listFiles(actor: Actor): Promise<GeneratedFile[]> {
	const unlisted = [...generators].filter(([, g]) => g.listed === false).map(([kind]) => kind);
	return db()
		.select(listed)
		.from(generatedFiles)
		.where(and(eq(generatedFiles.districtId, actor.districtId), eq(generatedFiles.userId, actor.userId), unlisted.length ? notInArray(generatedFiles.kind, unlisted) : undefined))
		.orderBy(desc(generatedFiles.id));
}

/** The actor's latest file of a kind whose params include `match`, with its content when it is JSON. */
export async function latestFile(actor: Actor, kind: string, match: Record<string, string | number>): Promise<(GeneratedFile & { json: unknown }) | null> {
	const [file] = await db()
		.select({ ...listed, data: generatedFiles.data })
		.from(generatedFiles)
		.where(
			and(
				eq(generatedFiles.districtId, actor.districtId),
				eq(generatedFiles.userId, actor.userId),
				eq(generatedFiles.kind, kind),
				sql`${generatedFiles.params} @> ${JSON.stringify(match)}::jsonb`
			)
		)
		.orderBy(desc(generatedFiles.id))
		.limit(1);
	if (!file) return null;
	const { data, ...rest } = file;
	return { ...rest, json: data && rest.contentType === 'application/json' ? JSON.parse(data.toString('utf8')) : null };
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
		if (ticks++ % Math.round(3600 / everySeconds) === 0) void removeOldFiles().catch((e) => console.error('[pdz] pulizia dei file:', e));
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
	const mine = and(eq(generatedFiles.id, claim.id), eq(generatedFiles.attempts, claim.attempts), eq(generatedFiles.status, 'running'));
	const [file] = await db().select(listed).from(generatedFiles).where(eq(generatedFiles.id, claim.id));
	if (!file) return true; // deleted meanwhile
	const fail = (error: string) => db().update(generatedFiles).set({ status: 'failed', error, finishedAt: sql`now()` }).where(mine);
	if (claim.attempts > MAX_ATTEMPTS) {
		await fail('La preparazione si è interrotta più volte: riprovare più tardi.');
		return true;
	}
	const generator = generators.get(file.kind);
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
				await db().update(generatedFiles).set({ ...values, heartbeatAt: sql`now()` }).where(mine);
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
		const timeout = new Promise<never>((_, reject) => (limit = setTimeout(() => reject(new TimeoutError()), MAX_MINUTES * 60_000)));
		const made = await Promise.race([generator.make(actor, file.params, progress), timeout]);
		clearTimeout(limit);
		clearInterval(heartbeat);
		await writes;
		await db()
			.update(generatedFiles)
			.set({ status: 'done', progress: 100, step: '', data: made.bytes, fileName: made.fileName, contentType: made.contentType, finishedAt: sql`now()`, error: null })
			.where(mine);
	} catch (e) {
		clearInterval(heartbeat);
		clearTimeout(limit);
		await writes;
		const expected = e instanceof NotFoundError || e instanceof ValidationError || e instanceof ForbiddenError || e instanceof TimeoutError;
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
	const removed = await db().delete(generatedFiles).where(lt(generatedFiles.createdAt, sql`now() - make_interval(days => ${days})`)).returning({ id: generatedFiles.id });
	return removed.length;
}
