// The signed-in person: their session (renewed, but ended for good `sessionMaxHours()` after
// sign-in), the districts they work in and the actor they are in one, their open sessions,
// and signing out, on this device or on all of them.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { districts, type Actor } from '../kernel';
import { auth, sessionMaxHours } from './auth';
import { knownDevices, memberships, sessions } from './schema';
import { knownSession, rememberSession } from './known-sessions';

/** Ends the session; returns the headers that expire its cookies. */
export async function signOut(headers: Headers): Promise<Headers | undefined> {
	try {
		return (await auth().api.signOut({ headers, returnHeaders: true })).headers;
	} catch {
		return undefined; // no session: nothing to end
	}
}

/**
 * The signed-in user, and the headers that refresh the session cookie when it is renewed.
 * A session ends for good `sessionMaxHours()` after sign-in, however often it is renewed.
 */
export async function sessionUser(headers: Headers) {
	if (!headers.get('cookie')?.includes('session_token')) return { user: null, headers: undefined };
	// A cookie better-auth accepted before, still valid and not due for renewal: one query.
	const known = await knownSession(headers);
	if (known) return { user: known, headers: undefined };
	const { headers: out, response } = await auth().api.getSession({ headers, returnHeaders: true });
	if (!response) return { user: null, headers: out };
	const end = new Date(response.session.createdAt).getTime() + sessionMaxHours() * 3_600_000;
	if (Date.now() >= end) return { user: null, headers: await signOut(headers) };
	if (new Date(response.session.expiresAt).getTime() > end) {
		// A renewal may not reach past the end: the cookie's own expiry is left, the row decides.
		await db()
			.update(sessions)
			.set({ expiresAt: new Date(end) })
			.where(eq(sessions.id, response.session.id));
	}
	rememberSession(headers);
	const user = response.user as typeof response.user & { passwordChangeRequired?: boolean };
	return {
		user: {
			id: user.id,
			name: user.name,
			email: user.email,
			passwordChangeRequired: !!user.passwordChangeRequired
		},
		headers: out
	};
}

/** The districts a person works in, with their role in each (the district list, the profile). */
export async function districtsOf(userId: string) {
	return db()
		.select({ slug: districts.slug, name: districts.name, role: memberships.role })
		.from(memberships)
		.innerJoin(districts, eq(districts.id, memberships.districtId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(districts.name));
}

/** The actor for `user` in the district `slug`, or null when they are not a member. */
export async function actorIn(user: { id: string; name: string; email: string }, slug: string): Promise<Actor | null> {
	const [row] = await db()
		.select({ districtId: districts.id, role: memberships.role })
		.from(memberships)
		.innerJoin(districts, eq(districts.id, memberships.districtId))
		.where(and(eq(memberships.userId, user.id), eq(districts.slug, slug)));
	return row
		? { userId: user.id, name: user.name, email: user.email, districtId: row.districtId, role: row.role }
		: null;
}

/** A person's open sessions, newest first (their own profile page). */
export async function sessionsOf(userId: string) {
	return db()
		.select({
			id: sessions.id,
			createdAt: sessions.createdAt,
			updatedAt: sessions.updatedAt,
			userAgent: sessions.userAgent
		})
		.from(sessions)
		.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
		.orderBy(desc(sessions.updatedAt));
}

/**
 * Ends every session of a person and forgets their browsers, in one statement; returns how
 * many sessions ended. (An admin's `endSessions` runs it inside its command.)
 */
export async function endAll(executor: Executor, userId: string): Promise<number> {
	const { rows } = await executor.execute<{ n: number }>(sql`
		with ended as (delete from ${sessions} where ${sessions.userId} = ${userId} returning 1),
		     forgotten as (delete from ${knownDevices} where ${knownDevices.userId} = ${userId})
		select count(*)::int as n from ended`);
	return rows[0].n;
}

/** Sign out on every device, by the person themselves. */
export async function signOutEverywhere(userId: string) {
	await endAll(db(), userId);
}
