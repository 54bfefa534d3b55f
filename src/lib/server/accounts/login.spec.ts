import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createAccount, createDistrict, endSessions, sessionUser, signIn, signOutEverywhere } from '.';
import { DEVICE_COOKIE, LOGIN_LIMITS } from './login';
import { auth } from './auth';
import { knownDevices, sessions, users } from './schema';
import { mails } from '../mail';
import { NotFoundError } from '../errors';

useTestDatabase();

const WRONG = 'Email o password non corretti.';

async function person(slug: string, email: string, password: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const account = await createAccount(admin, { email, name: 'Persona', role: 'viewer', password });
	return { district, admin, account };
}

/** The cookie header a browser sends after a sign-in's Set-Cookie, plus its device cookie. */
function cookiesAfter(result: Awaited<ReturnType<typeof signIn>>): string {
	if (!result.ok) throw new Error('not signed in');
	const session = /([^=;\s,]*session_token)=([^;]+)/.exec(result.headers.get('set-cookie') ?? '')!;
	return `${session[1]}=${session[2]}; ${DEVICE_COOKIE}=${result.deviceToken}`;
}

describe('signing in under attack', () => {
	it('checks a burst of 40 simultaneous attempts only as often as the limit allows', async () => {
		await person('burst', 'burst@esempio.it', 'password-giusta-1');
		let checks = 0;
		const api = auth().api as unknown as { signInEmail: (...args: unknown[]) => Promise<unknown> };
		const original = api.signInEmail;
		// Counts the password checks that really run (the work the limit must hold back).
		api.signInEmail = (...args) => {
			checks++;
			return original(...args);
		};
		try {
			const wrong = Array.from({ length: 39 }, (_, i) =>
				signIn({ email: 'burst@esempio.it', password: `sbagliata-${i}` }, '198.51.100.7', new Headers())
			);
			// The right password goes last, while the wrong ones are still being checked.
			await new Promise((r) => setTimeout(r, 30));
			const right = await signIn(
				{ email: 'burst@esempio.it', password: 'password-giusta-1' },
				'198.51.100.7',
				new Headers()
			);
			const results = await Promise.all(wrong);
			expect(right.ok).toBe(false);
			expect(checks).toBeLessThanOrEqual(LOGIN_LIMITS.pair.limit);
			expect(results.filter((r) => !r.ok && r.errors._form === WRONG).length).toBeLessThanOrEqual(
				LOGIN_LIMITS.pair.limit
			);
			expect(results.filter((r) => !r.ok && r.retryAfter).length).toBeGreaterThanOrEqual(39 - LOGIN_LIMITS.pair.limit);
		} finally {
			api.signInEmail = original;
		}
	});

	it('does not let a stranger lock the owner out, and tells the owner', async () => {
		const { district } = await person('victim', 'vittima@esempio.it', 'password-giusta-2');
		// The owner signs in once from their own browser.
		const first = await signIn(
			{ email: 'vittima@esempio.it', password: 'password-giusta-2' },
			'192.0.2.10',
			new Headers()
		);
		expect(first.ok).toBe(true);
		const browser = new Headers({ cookie: cookiesAfter(first) });
		// A stranger fails many times, from many addresses.
		for (let i = 0; i < 30; i++)
			await signIn({ email: 'vittima@esempio.it', password: `tentativo-${i}` }, `203.0.113.${i}`, new Headers());
		// The owner's own browser is let through at once, even from a new address...
		const fromBrowser = await signIn(
			{ email: 'vittima@esempio.it', password: 'password-giusta-2' },
			'192.0.2.99',
			browser
		);
		expect(fromBrowser.ok).toBe(true);
		// ...while unknown browsers are slowed down, not locked for good.
		const unknown = await signIn(
			{ email: 'vittima@esempio.it', password: 'password-giusta-2' },
			'192.0.2.98',
			new Headers()
		);
		expect(unknown.ok).toBe(false);
		if (!unknown.ok) expect(unknown.retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.account.delay.maxSeconds);
		// The owner hears of it once.
		const warned = await db().select().from(mails).where(eq(mails.districtId, district.id));
		expect(warned.map((m) => [m.to, m.subject])).toEqual([
			['vittima@esempio.it', 'pdz: tentativi di accesso al tuo account']
		]);
		expect(warned[0].body).toMatch(/più di 10 volte/);
	});

	it('keeps failures of one address from blocking the owner at another', async () => {
		await person('pair', 'coppia@esempio.it', 'password-giusta-3');
		for (let i = 0; i < LOGIN_LIMITS.pair.limit; i++)
			await signIn({ email: 'coppia@esempio.it', password: `x-${i}-sbagliata` }, '198.51.100.20', new Headers());
		const blocked = await signIn(
			{ email: 'coppia@esempio.it', password: 'password-giusta-3' },
			'198.51.100.20',
			new Headers()
		);
		expect(blocked.ok).toBe(false);
		expect(
			(await signIn({ email: 'coppia@esempio.it', password: 'password-giusta-3' }, '198.51.100.21', new Headers())).ok
		).toBe(true);
		// An IPv6 network counts as one address: changing the last bits does not help.
		for (let i = 0; i < LOGIN_LIMITS.pair.limit; i++)
			await signIn(
				{ email: 'coppia@esempio.it', password: `y-${i}-sbagliata` },
				`2001:db8:5:6::${i + 1}`,
				new Headers()
			);
		expect(
			(await signIn({ email: 'coppia@esempio.it', password: 'password-giusta-3' }, '2001:db8:5:6::ff', new Headers()))
				.ok
		).toBe(false);
	});
});

describe('sessions', () => {
	it('refuses a session signed in 30 days ago, however recently it was renewed', async () => {
		await person('old', 'vecchia@esempio.it', 'password-giusta-4');
		const ok = await signIn(
			{ email: 'vecchia@esempio.it', password: 'password-giusta-4' },
			'192.0.2.40',
			new Headers()
		);
		const headers = new Headers({ cookie: cookiesAfter(ok) });
		expect((await sessionUser(headers)).user?.email).toBe('vecchia@esempio.it');
		const [u] = await db().select().from(users).where(eq(users.email, 'vecchia@esempio.it'));
		await db()
			.update(sessions)
			.set({ createdAt: sql`now() - interval '30 days'`, expiresAt: sql`now() + interval '8 hours'` })
			.where(eq(sessions.userId, u.id));
		const after = await sessionUser(headers);
		expect(after.user).toBeNull();
		expect(after.headers?.get('set-cookie')).toMatch(/session_token=;|Max-Age=0/i);
		expect(await db().select().from(sessions).where(eq(sessions.userId, u.id))).toEqual([]);
	});

	it('renews a session only up to 12 hours after sign-in', async () => {
		await person('renew', 'rinnovo@esempio.it', 'password-giusta-5');
		const ok = await signIn(
			{ email: 'rinnovo@esempio.it', password: 'password-giusta-5' },
			'192.0.2.41',
			new Headers()
		);
		const headers = new Headers({ cookie: cookiesAfter(ok) });
		const [u] = await db().select().from(users).where(eq(users.email, 'rinnovo@esempio.it'));
		// Signed in 10 hours ago and last renewed 2 hours ago: a renewal would reach 16 hours.
		await db()
			.update(sessions)
			.set({
				createdAt: sql`now() - interval '10 hours'`,
				updatedAt: sql`now() - interval '2 hours'`,
				expiresAt: sql`now() + interval '6 hours'`
			})
			.where(eq(sessions.userId, u.id));
		expect((await sessionUser(headers)).user).not.toBeNull();
		const [s] = await db().select().from(sessions).where(eq(sessions.userId, u.id));
		expect((s.expiresAt.getTime() - s.createdAt.getTime()) / 3_600_000).toBeCloseTo(12, 1);
	});

	it('signs a person out everywhere, by themselves or by an admin of their district', async () => {
		const { admin, account } = await person('out', 'fuori@esempio.it', 'password-giusta-6');
		const a = await signIn({ email: 'fuori@esempio.it', password: 'password-giusta-6' }, '192.0.2.50', new Headers());
		const b = await signIn({ email: 'fuori@esempio.it', password: 'password-giusta-6' }, '192.0.2.51', new Headers());
		await signOutEverywhere(account.id);
		expect((await sessionUser(new Headers({ cookie: cookiesAfter(a) }))).user).toBeNull();
		expect((await sessionUser(new Headers({ cookie: cookiesAfter(b) }))).user).toBeNull();
		expect(await db().select().from(knownDevices).where(eq(knownDevices.userId, account.id))).toEqual([]);

		const c = await signIn({ email: 'fuori@esempio.it', password: 'password-giusta-6' }, '192.0.2.52', new Headers());
		const other = await createDistrict({ slug: 'out-other', name: 'Altro ambito' });
		await expect(endSessions(systemActor(other.id), account.id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await sessionUser(new Headers({ cookie: cookiesAfter(c) }))).user).not.toBeNull();
		await endSessions(admin, account.id);
		expect((await sessionUser(new Headers({ cookie: cookiesAfter(c) }))).user).toBeNull();
	});
});
