// The cheap recognition of a session better-auth accepted before: the same cookie, one query,
// and better-auth again for everything else (a renewal, a forged or unknown cookie, a session
// ended anywhere, past its end).
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor } from '../kernel';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createAccount, createDistrict, sessionUser, signIn } from '.';
import { sessions } from './schema';
import { knownSession, sessionCookie } from './known-sessions';

useTestDatabase();

async function signedIn(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const email = `${slug}@esempio.it`;
	await createAccount(systemActor(district.id), { email, name: 'Anna', role: 'admin', password: 'password-lunga-1' });
	const result = await signIn(
		{ email, password: 'password-lunga-1' },
		'10.0.0.1',
		new Headers({ 'user-agent': 'vitest' })
	);
	if (!result.ok) throw new Error('sign-in failed');
	const cookie = result.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	const headers = new Headers({ cookie });
	const token = decodeURIComponent(sessionCookie(headers)!).split('.')[0];
	const setSession = (values: Partial<typeof sessions.$inferInsert>) =>
		db().update(sessions).set(values).where(eq(sessions.token, token));
	return { headers, token, email, setSession };
}

const hours = (h: number) => new Date(Date.now() + h * 3_600_000);

describe('known sessions', () => {
	it('recognises a cookie better-auth accepted, and only that exact cookie', async () => {
		const { headers, token, email } = await signedIn('ks-a');
		expect(await knownSession(headers)).toBeNull(); // never accepted yet
		expect((await sessionUser(headers)).user?.email).toBe(email);
		expect((await knownSession(headers))?.email).toBe(email);
		expect((await sessionUser(headers)).user?.email).toBe(email);
		// The token with a signature of its own making: never recognised, and refused by better-auth.
		const forged = new Headers({ cookie: `better-auth.session_token=${token}.Zm9yZ2Vk` });
		expect(await knownSession(forged)).toBeNull();
		expect((await sessionUser(forged)).user).toBeNull();
	});

	it('leaves it to better-auth once the session is ended, expired or past its end', async () => {
		const ended = await signedIn('ks-b');
		await sessionUser(ended.headers);
		await db().delete(sessions).where(eq(sessions.token, ended.token)); // signed out on another instance
		expect(await knownSession(ended.headers)).toBeNull();
		expect((await sessionUser(ended.headers)).user).toBeNull();

		const expired = await signedIn('ks-c');
		await sessionUser(expired.headers);
		await expired.setSession({ expiresAt: hours(-0.1) });
		expect(await knownSession(expired.headers)).toBeNull();
		expect((await sessionUser(expired.headers)).user).toBeNull();

		const old = await signedIn('ks-d');
		await sessionUser(old.headers);
		await old.setSession({ createdAt: hours(-13), expiresAt: hours(1) }); // signed in 13 hours ago (end: 12)
		expect(await knownSession(old.headers)).toBeNull();
		expect((await sessionUser(old.headers)).user).toBeNull();
	});

	it('lets better-auth renew a session that is due, and needs nothing for one kept at its end', async () => {
		const due = await signedIn('ks-e');
		await sessionUser(due.headers);
		await due.setSession({ expiresAt: hours(6) }); // last renewed two hours ago: due (updateAge 1 h)
		expect(await knownSession(due.headers)).toBeNull();
		const renewed = await sessionUser(due.headers);
		expect(renewed.user?.email).toBe(due.email);
		const [row] = await db().select().from(sessions).where(eq(sessions.token, due.token));
		expect(row.expiresAt.getTime()).toBeGreaterThan(hours(7.9).getTime());
		expect((await knownSession(due.headers))?.email).toBe(due.email);

		const capped = await signedIn('ks-f');
		await sessionUser(capped.headers);
		// Signed in 10 hours ago, its expiry already at its end (12 hours after sign-in).
		await capped.setSession({ createdAt: hours(-10), expiresAt: hours(2) });
		expect((await knownSession(capped.headers))?.email).toBe(capped.email);
	});
});
