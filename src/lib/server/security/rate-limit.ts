// Rate limits kept in PostgreSQL, so that every app instance shares them. An attempt is
// reserved before the work it guards, in one statement that refuses above the limit: a burst
// of simultaneous requests passes only as many times as the limit allows.
import { sql, type SQL } from 'drizzle-orm';
import { isIPv6 } from 'node:net';
import { db, type Executor } from '../db';

export interface Rule {
	/** Attempts allowed in a window. */
	limit: number;
	/** The window starts at the first attempt and lasts this long. */
	windowSeconds: number;
	/**
	 * Growing delays: past `after` attempts in the window, each attempt makes the next one
	 * wait `baseSeconds`, doubling every time, up to `maxSeconds`.
	 */
	delay?: { after: number; baseSeconds: number; maxSeconds: number };
}

export interface Reservation {
	/** 0 when the attempt may go ahead, else the seconds to wait. */
	wait: number;
	/** Attempts in the window, this one included (when it was allowed). */
	count: number;
	/** Whether the attempt was free (see `reserve`); false when it was refused. */
	free: boolean;
}

/**
 * Reserves one attempt on `key` under `rule`. The check and the count are one statement (the
 * row is locked while it is judged), so the limit holds however many requests arrive at once.
 *
 * `free` is a check the database makes in the same statement (e.g. "the code typed is the
 * room's code"): an attempt that passes it counts nothing, and its answer is given only when
 * the limit let the attempt through, so a burst of guesses learns nothing past the limit.
 */
export async function reserve(key: string, rule: Rule, free: SQL = sql`false`): Promise<Reservation> {
	const d = rule.delay ?? { after: 2 ** 30, baseSeconds: 0, maxSeconds: 0 };
	// The attempt's number in the window, as the update computes it.
	const n = sql`(case when r.reset_at <= now() then excluded.count else r.count + excluded.count end)`;
	// When the next attempt may come: at once ("-infinity", not now(): a statement that waited
	// for the row lock has an earlier now() and would wrongly find itself too early), or after
	// the delay this attempt sets.
	const nextAt = (count: SQL) =>
		sql`case when ${count} > ${d.after} then now() + make_interval(secs => least(${d.maxSeconds}::float8, ${d.baseSeconds}::float8 * power(2, least(${count} - ${d.after} - 1, 30)))) else '-infinity'::timestamptz end`;
	const { rows } = await db().execute<{ count: number; free: boolean }>(sql`
		with attempt as (select coalesce((${free}), false) as free)
		insert into rate_limit as r (key, count, reset_at, next_at)
		select ${key}, case when free then 0 else 1 end, now() + make_interval(secs => ${rule.windowSeconds}), ${nextAt(sql`1`)} from attempt
		on conflict (key) do update set
			count = ${n},
			reset_at = case when r.reset_at <= now() then excluded.reset_at else r.reset_at end,
			next_at = ${nextAt(n)}
		where (r.reset_at <= now() or r.count < ${rule.limit}) and r.next_at <= now()
		returning count, (select free from attempt) as free`);
	if (rows[0]) return { wait: 0, count: rows[0].count, free: rows[0].free };
	return { wait: await waitFor(key, rule.limit), count: rule.limit, free: false };
}

/** Seconds until `key` accepts an attempt again (at least 1: it was just refused). */
async function waitFor(key: string, limit: number, executor: Executor = db()): Promise<number> {
	const { rows } = await executor.execute<{ wait: number }>(sql`
		select ceil(extract(epoch from greatest(
			case when count >= ${limit} then reset_at - now() else interval '0' end,
			-- greatest() first: PostgreSQL before 17 cannot subtract an infinite timestamp.
			greatest(next_at, now()) - now())))::int as wait
		from rate_limit where key = ${key}`);
	return Math.max(1, rows[0]?.wait ?? 1);
}

/** Reserves on every key in turn; if one refuses, the ones already taken are given back. */
export async function reserveAll(rules: [key: string, rule: Rule][]): Promise<{ wait: number; counts: number[] }> {
	const counts: number[] = [];
	for (const [key, rule] of rules) {
		const r = await reserve(key, rule);
		if (r.wait) {
			for (const [taken] of rules.slice(0, counts.length)) await release(taken);
			return { wait: r.wait, counts };
		}
		counts.push(r.count);
	}
	return { wait: 0, counts };
}

/**
 * Reserves one attempt on every key at once (rules without delays), as SQL for a statement of
 * the caller's transaction (alone, or a `with` of the statement doing the work): it returns
 * the keys counted. All are counted, or, when one refuses (fewer keys come back), the caller
 * throws and its transaction rolls back, so none is. Keys are locked in one order, so two such
 * statements never deadlock; the rows stay locked until the transaction ends.
 */
export function reservationSql(rules: [key: string, rule: Rule][]): SQL {
	const rows = sql.join(
		rules.map(([key, rule]) => sql`(${key}::text, ${rule.windowSeconds}::int)`),
		sql`, `
	);
	const limitOf = sql`case r.key ${sql.join(
		rules.map(([key, rule]) => sql`when ${key}::text then ${rule.limit}::int`),
		sql` `
	)} end`;
	return sql`
		insert into rate_limit as r (key, count, reset_at, next_at)
		select key, 1, now() + make_interval(secs => win), '-infinity'::timestamptz from (values ${rows}) as v(key, win)
		order by key
		on conflict (key) do update set
			count = case when r.reset_at <= now() then 1 else r.count + 1 end,
			reset_at = case when r.reset_at <= now() then excluded.reset_at else r.reset_at end
		where (r.reset_at <= now() or r.count < ${limitOf}) and r.next_at <= now()
		returning key`;
}

/** Seconds until every key of a refused `reservationSql` accepts an attempt again. */
export async function waitForAll(tx: Executor, rules: [key: string, rule: Rule][]): Promise<number> {
	let wait = 1;
	for (const [key, rule] of rules) wait = Math.max(wait, await waitFor(key, rule.limit, tx));
	return wait;
}

/** `reservationSql` as a statement of its own: `wait` is 0 when every key was counted. */
export async function reserveAllIn(tx: Executor, rules: [key: string, rule: Rule][]): Promise<{ wait: number }> {
	const { rows } = await tx.execute<{ key: string }>(reservationSql(rules));
	if (rows.length === rules.length) return { wait: 0 };
	return { wait: await waitForAll(tx, rules) };
}

/** Gives back one reserved attempt (the work it guarded turned out not to count, e.g. a right password). */
export async function release(key: string): Promise<void> {
	await db().execute(sql`update rate_limit set count = greatest(count - 1, 0) where key = ${key}`);
}

export async function reset(key: string): Promise<void> {
	await db().execute(sql`delete from rate_limit where key = ${key}`);
}

/**
 * The address as limits count it: an IPv4 address, or an IPv6 /64 network (one household or
 * phone is given a whole /64, so counting single IPv6 addresses would make them free).
 */
export function addressKey(address: string): string {
	const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
	if (!isIPv6(plain)) return plain;
	const [head, tail = ''] = plain.toLowerCase().split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = plain.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
	return `${groups
		.slice(0, 4)
		.map((g) => g.replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}
