// The session of each back-office request, recognised cheaply. better-auth reads a session
// with two queries and a good deal of its own work (about 1.5 ms of CPU, most of what a staff
// page served from the page cache costs). Once it has accepted a session cookie, the same
// cookie is recognised again here with one prepared query (the session joined to its user,
// by the unique token index) as long as the session is still there, has not expired, has not
// reached its end `sessionMaxHours()` after sign-in, and no renewal is due; in any other case
// (a renewal, a cookie never seen, a session ended on any instance) better-auth decides.
import { and, eq, gt, sql } from 'drizzle-orm';
import { db } from '../db';
import { auth, sessionMaxHours } from './auth';
import { sessions, users } from './schema';

/** Cookie values better-auth accepted (its signature checked): oldest dropped first. */
const accepted = new Set<string>();
const MAX_ACCEPTED = 10_000;

/** The value of the session cookie (`better-auth.session_token`, or its `__Secure-` form), or null. */
export function sessionCookie(headers: Headers): string | null {
	const cookie = headers.get('cookie');
	if (!cookie) return null;
	for (const part of cookie.split(';')) {
		const eq = part.indexOf('=');
		const name = part.slice(0, eq).trim();
		if (name === 'better-auth.session_token' || name === '__Secure-better-auth.session_token')
			return part.slice(eq + 1).trim();
	}
	return null;
}

/** After better-auth accepted the session of `headers`: recognise the same cookie next time. */
export function rememberSession(headers: Headers) {
	const value = sessionCookie(headers);
	if (!value) return;
	accepted.delete(value);
	accepted.add(value);
	if (accepted.size > MAX_ACCEPTED) accepted.delete(accepted.values().next().value!);
}

const queries = new WeakMap<object, ReturnType<typeof prepare>>();
function prepare(database: ReturnType<typeof db>) {
	return database
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			passwordChangeRequired: users.passwordChangeRequired,
			createdAt: sessions.createdAt,
			expiresAt: sessions.expiresAt
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.token, sql.placeholder('token')), gt(sessions.expiresAt, sql`now()`)))
		.prepare('known_session');
}

/** The user of an accepted session cookie that needs nothing from better-auth; null otherwise. */
export async function knownSession(headers: Headers, now = Date.now()) {
	const value = sessionCookie(headers);
	if (!value || !accepted.has(value)) return null;
	const token = decodeURIComponent(value).split('.')[0];
	const database = db();
	let query = queries.get(database);
	if (!query) queries.set(database, (query = prepare(database)));
	const [row] = await query.execute({ token });
	const options = auth().options.session ?? {};
	const expiresIn = (options.expiresIn ?? 7 * 24 * 3600) * 1000;
	const updateAge = (options.updateAge ?? 24 * 3600) * 1000;
	const end = row ? row.createdAt.getTime() + sessionMaxHours() * 3_600_000 : 0;
	const fine =
		row &&
		row.expiresAt.getTime() > now &&
		end > now &&
		// better-auth renews a session once `updateAge` has passed since it last set its expiry,
		// unless its expiry is already at its end (sessionUser keeps it there: nothing to renew).
		(row.expiresAt.getTime() - expiresIn + updateAge > now || row.expiresAt.getTime() >= end - 1000);
	if (!fine) {
		accepted.delete(value);
		return null;
	}
	return { id: row.id, name: row.name, email: row.email, passwordChangeRequired: row.passwordChangeRequired };
}
