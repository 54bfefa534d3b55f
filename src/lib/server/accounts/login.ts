// Signing in, held under attack. Every attempt is reserved before the password is checked, so
// a burst of simultaneous requests is checked only as often as the limits allow. No stranger
// can lock an owner out: failures count per account *and* address (or known browser), the
// account's own limit only slows unknown browsers with growing delays, and a browser that
// signed in before is let through. The owner is told by email when their account is guessed at.
import { districts } from '../kernel';
import { and, asc, desc, eq, notInArray } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db';
import { auth } from './auth';
import { knownDevices, memberships, users } from './schema';
import { parse } from '../validation';
import { loginInput } from './input';
import { addressKey, release, reserveAll, reset, type Rule } from '../security';
import { send } from '../mail';

export const DEVICE_COOKIE = 'pdz_dispositivo';

export const LOGIN_LIMITS = {
	/** Failures for one account from one address, or from one known browser. */
	pair: { limit: 5, windowSeconds: 15 * 60 },
	/** Failures from one address across accounts (a whole office behind one NAT fits). */
	address: { limit: 50, windowSeconds: 15 * 60 },
	/** Failures for one account from unknown browsers anywhere: past 10, growing delays. */
	account: { limit: 1000, windowSeconds: 60 * 60, delay: { after: 10, baseSeconds: 15, maxSeconds: 15 * 60 } }
} satisfies Record<string, Rule>;

/** Known browsers kept per person (the oldest are forgotten). */
const DEVICES_PER_PERSON = 20;

export type LoginResult =
	| { ok: true; headers: Headers; deviceToken: string }
	| { ok: false; errors: Record<string, string>; retryAfter?: number };

function tooMany(wait: number): LoginResult {
	const minutes = Math.ceil(wait / 60);
	const when =
		wait < 60 ? `${wait} ${wait === 1 ? 'secondo' : 'secondi'}` : `${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}`;
	return { ok: false, retryAfter: wait, errors: { _form: `Troppi tentativi di accesso. Riprova tra ${when}.` } };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function deviceTokenOf(headers: Headers): string | null {
	const m = new RegExp(`(?:^|;\\s*)${DEVICE_COOKIE}=([A-Za-z0-9_-]{43})(?:;|$)`).exec(headers.get('cookie') ?? '');
	return m ? m[1] : null;
}

/** Whether the browser's token belongs to a browser the owner of `email` signed in from. */
async function isKnownDevice(email: string, token: string | null): Promise<boolean> {
	if (!token) return false;
	const [row] = await db()
		.select({ userId: knownDevices.userId })
		.from(knownDevices)
		.innerJoin(users, eq(users.id, knownDevices.userId))
		.where(and(eq(users.email, email), eq(knownDevices.tokenHash, hashToken(token))));
	return !!row;
}

async function rememberDevice(userId: string, token: string | null): Promise<string> {
	const kept = token ?? randomBytes(32).toString('base64url');
	const tokenHash = hashToken(kept);
	await db()
		.insert(knownDevices)
		.values({ userId, tokenHash })
		.onConflictDoUpdate({ target: [knownDevices.userId, knownDevices.tokenHash], set: { lastUsedAt: new Date() } });
	const newest = db()
		.select({ h: knownDevices.tokenHash })
		.from(knownDevices)
		.where(eq(knownDevices.userId, userId))
		.orderBy(desc(knownDevices.lastUsedAt))
		.limit(DEVICES_PER_PERSON);
	await db()
		.delete(knownDevices)
		.where(and(eq(knownDevices.userId, userId), notInArray(knownDevices.tokenHash, newest)));
	return kept;
}

/** Tells the owner of `email` (if there is one) that someone keeps trying their password. */
async function warnOwner(email: string, origin: string) {
	const [person] = await db().select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email));
	if (!person) return;
	const [home] = await db()
		.select({ id: districts.id })
		.from(memberships)
		.innerJoin(districts, eq(districts.id, memberships.districtId))
		.where(eq(memberships.userId, person.id))
		.orderBy(asc(districts.id))
		.limit(1);
	if (!home) return;
	await send(home.id, [
		{
			to: email,
			subject: 'pdz: tentativi di accesso al tuo account',
			body: [
				`Gentile ${person.name},`,
				'',
				`negli ultimi minuti qualcuno ha provato più di ${LOGIN_LIMITS.account.delay.after} volte ad accedere al tuo account di pdz con una password sbagliata.`,
				'Da browser sconosciuti i tentativi ora sono rallentati. Dai browser da cui sei già entrato puoi accedere come sempre.',
				'',
				`Se sei stato tu, non devi fare nulla. Altrimenti avvisa l’Ufficio di Piano e scegli una password nuova, lunga e che non usi altrove: ${origin}/accesso`
			].join('\n')
		}
	]);
}

/** Signs in with email and password; the route sets the session and device cookies. */
export async function signIn(
	input: unknown,
	clientAddress: string,
	headers: Headers,
	origin = 'http://localhost'
): Promise<LoginResult> {
	const data = parse(loginInput, input);
	const token = deviceTokenOf(headers);
	const known = await isKnownDevice(data.email, token);
	const pair = known
		? `login:device:${data.email}:${hashToken(token!)}`
		: `login:pair:${data.email}:${addressKey(clientAddress)}`;
	const rules: [string, Rule][] = [[pair, LOGIN_LIMITS.pair]];
	if (!known)
		rules.push(
			[`login:address:${addressKey(clientAddress)}`, LOGIN_LIMITS.address],
			[`login:account:${data.email}`, LOGIN_LIMITS.account]
		);
	const { wait, counts } = await reserveAll(rules);
	if (wait) return tooMany(wait);
	let result: { headers: Headers; response: { user: { id: string } } };
	try {
		result = await auth().api.signInEmail({
			body: { email: data.email, password: data.password },
			headers,
			returnHeaders: true
		});
	} catch {
		// The attempt stays counted. The owner hears of it once, when the delays begin.
		if (!known && counts[2] === LOGIN_LIMITS.account.delay.after + 1)
			void warnOwner(data.email, origin).catch((e) => console.error(e));
		return { ok: false, errors: { _form: 'Email o password non corretti.' } };
	}
	// A right password does not count against anyone.
	await reset(pair);
	for (const [key] of rules.slice(1)) await release(key);
	return { ok: true, headers: result.headers, deviceToken: await rememberDevice(result.response.user.id, token) };
}
