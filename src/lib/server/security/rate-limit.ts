// Fixed-window rate limiting kept in PostgreSQL, so that every app instance shares it.
import { sql } from 'drizzle-orm';
import { db } from '../db';

/**
 * Counts one hit on `key`; returns how many seconds to wait if the limit is exceeded,
 * or 0 when the hit is allowed.
 */
export async function hit(key: string, limit: number, windowSeconds: number): Promise<number> {
	const { rows } = await db().execute<{ count: number; wait: number }>(sql`
		insert into rate_limit (key, count, reset_at)
		values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
		on conflict (key) do update set
			count = case when rate_limit.reset_at <= now() then 1 else rate_limit.count + 1 end,
			reset_at = case when rate_limit.reset_at <= now() then excluded.reset_at else rate_limit.reset_at end
		returning count, ceil(extract(epoch from reset_at - now()))::int as wait`);
	const row = rows[0];
	return row.count > limit ? Math.max(1, row.wait) : 0;
}

/** Seconds to wait before `key` may be tried again (0 when it may), without counting a hit. */
export async function blockedFor(key: string, limit: number): Promise<number> {
	const { rows } = await db().execute<{ wait: number }>(sql`
		select ceil(extract(epoch from reset_at - now()))::int as wait
		from rate_limit where key = ${key} and reset_at > now() and count >= ${limit}`);
	return rows[0] ? Math.max(1, rows[0].wait) : 0;
}

export async function reset(key: string): Promise<void> {
	await db().execute(sql`delete from rate_limit where key = ${key}`);
}
