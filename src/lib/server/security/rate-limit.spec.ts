import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { addressKey, release, reserve, reserveAll } from './rate-limit';

useTestDatabase();

describe('rate limits', () => {
	it('lets exactly the limit through when 50 requests reserve at once', async () => {
		const results = await Promise.all(
			Array.from({ length: 50 }, () => reserve('burst', { limit: 7, windowSeconds: 60 }))
		);
		expect(results.filter((r) => r.wait === 0)).toHaveLength(7);
		expect(results.filter((r) => r.wait > 0).every((r) => r.wait <= 60)).toBe(true);
		// Counted once each: the allowed ones are numbered 1..7, the refused ones counted nothing.
		expect(
			results
				.filter((r) => !r.wait)
				.map((r) => r.count)
				.sort((a, b) => a - b)
		).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const { rows } = await db().execute<{ count: number }>(sql`select count from rate_limit where key = 'burst'`);
		expect(rows[0].count).toBe(7);
	});

	it('starts a new window once the old one is over', async () => {
		await reserve('window', { limit: 1, windowSeconds: 60 });
		expect((await reserve('window', { limit: 1, windowSeconds: 60 })).wait).toBeGreaterThan(0);
		await db().execute(sql`update rate_limit set reset_at = now() - interval '1 second' where key = 'window'`);
		expect(await reserve('window', { limit: 1, windowSeconds: 60 })).toEqual({ wait: 0, count: 1, free: false });
	});

	it('makes each attempt past the free ones wait longer, doubling', async () => {
		const rule = { limit: 100, windowSeconds: 3600, delay: { after: 2, baseSeconds: 10, maxSeconds: 25 } };
		const waits: number[] = [];
		for (let i = 0; i < 5; i++) {
			const r = await reserve('slow', rule);
			waits.push(r.wait);
			// Whatever delay the attempt set, the next one waits for it.
			const { rows } = await db().execute<{ s: number }>(
				sql`select greatest(0, round(extract(epoch from greatest(next_at, now()) - now())))::int as s from rate_limit where key = 'slow'`
			);
			waits.push(rows[0].s);
			await db().execute(sql`update rate_limit set next_at = now() where key = 'slow'`);
		}
		// Attempts 1 and 2 are free; 3 sets 10 s, 4 sets 20 s, 5 is capped at 25 s.
		expect(waits).toEqual([0, 0, 0, 0, 0, 10, 0, 20, 0, 25]);
		await db().execute(sql`update rate_limit set next_at = now() + interval '20 seconds' where key = 'slow'`);
		expect((await reserve('slow', rule)).wait).toBeGreaterThanOrEqual(19);
	});

	it('gives back what it took when a later limit refuses', async () => {
		await reserve('second', { limit: 1, windowSeconds: 60 });
		const r = await reserveAll([
			['first', { limit: 5, windowSeconds: 60 }],
			['second', { limit: 1, windowSeconds: 60 }]
		]);
		expect(r.wait).toBeGreaterThan(0);
		const { rows } = await db().execute<{ count: number }>(sql`select count from rate_limit where key = 'first'`);
		expect(rows[0].count).toBe(0);
		await release('first');
		expect(
			(await db().execute<{ count: number }>(sql`select count from rate_limit where key = 'first'`)).rows[0].count
		).toBe(0);
	});

	it('counts an IPv6 /64 as one address, and IPv4 as it is', () => {
		expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
		expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
		expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
		expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
	});

	it('counts nothing for an attempt that passes the check made in the same statement', async () => {
		const right = sql`${'123456'} = ${'123456'}`;
		const wrong = sql`${'000000'} = ${'123456'}`;
		const rule = { limit: 3, windowSeconds: 60 };
		const passes = await Promise.all(Array.from({ length: 40 }, () => reserve('free', rule, right)));
		expect(passes.every((r) => r.wait === 0 && r.free)).toBe(true);
		const guesses = await Promise.all(Array.from({ length: 40 }, () => reserve('free', rule, wrong)));
		expect(guesses.filter((r) => r.wait === 0)).toHaveLength(3);
		expect(guesses.some((r) => r.free)).toBe(false);
		// Past the limit even a right attempt is refused, and says nothing.
		expect(await reserve('free', rule, right)).toMatchObject({ free: false });
		expect((await reserve('free', rule, right)).wait).toBeGreaterThan(0);
	});
});
