// Districts, staff accounts and their roles. A user works only in districts they belong to.
import { assertCan, type Actor } from '../kernel/access';
import { districts } from '../kernel/schema';
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { authAccounts, knownDevices, memberships, sessions, users, type Role } from './schema';
import { auth, sessionMaxHours } from './auth';
import { recordChange } from '../audit/service';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { parse } from '../validation';
import { accountInput, districtInput, languagesInput, passwordInput, roleInput } from './input';

/** Acting for the platform itself (demo data, command line): full rights in one district. */
type DistrictSetup = (tx: Executor, districtId: number) => Promise<void>;
const districtSetups: DistrictSetup[] = [];

/** Lets a module give every new district its starting data (e.g. the common funding sources). */
export function onDistrictCreated(setup: DistrictSetup) {
	districtSetups.push(setup);
}

export async function createDistrict(input: unknown) {
	const data = parse(districtInput, input);
	return db().transaction(async (tx) => {
		const [existing] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.slug, data.slug));
		if (existing) throw new ValidationError({ slug: 'Esiste già un ambito con questo identificativo.' });
		const [district] = await tx.insert(districts).values(data).returning();
		await recordChange(tx, null, district.id, { action: 'create', entity: 'district', entityId: district.id, after: district });
		for (const setup of districtSetups) await setup(tx, district.id);
		return district;
	});
}

export async function getDistrictBySlug(slug: string) {
	const [district] = await db().select().from(districts).where(eq(districts.slug, slug));
	if (!district) throw new NotFoundError('Ambito');
	return district;
}

/** Chooses the languages of the district's public pages besides Italian. */
export async function setPublicLanguages(actor: Actor, input: unknown) {
	assertCan(actor, 'accounts.manage');
	const { languages } = parse(languagesInput, input);
	return db().transaction(async (tx) => {
		const [before] = await tx.select({ languages: districts.languages }).from(districts).where(eq(districts.id, actor.districtId));
		await tx.update(districts).set({ languages }).where(eq(districts.id, actor.districtId));
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'district_languages', entityId: actor.districtId, before, after: { languages } });
		return { languages };
	});
}

export async function listDistricts() {
	return db().select().from(districts).orderBy(asc(districts.name));
}

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
	return row ? { userId: user.id, name: user.name, email: user.email, districtId: row.districtId, role: row.role } : null;
}

function publicUser(u: typeof users.$inferSelect) {
	return { id: u.id, name: u.name, email: u.email };
}

/** Creates a staff account (or adds an existing person) with a role in the actor's district. */
export async function createAccount(actor: Actor, input: unknown) {
	assertCan(actor, 'accounts.manage');
	const data = parse(accountInput, input);
	const ctx = await auth().$context;
	let [user] = await db().select().from(users).where(eq(users.email, data.email));
	// A person who already has an account (in another district) keeps their own password:
	// an admin of one district must never be able to set the password of another's staff.
	const existed = !!user;
	if (!user) {
		const hash = await ctx.password.hash(data.password);
		user = (await ctx.internalAdapter.createUser({ email: data.email, name: data.name, emailVerified: true }, { method: 'email-password' })) as typeof user;
		await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
	}
	return db().transaction(async (tx) => {
		const [existing] = await tx
			.select()
			.from(memberships)
			.where(and(eq(memberships.userId, user.id), eq(memberships.districtId, actor.districtId)));
		if (existing) throw new ValidationError({ email: 'Questa persona ha già un account in questo ambito.' });
		const [membership] = await tx
			.insert(memberships)
			.values({ userId: user.id, districtId: actor.districtId, role: data.role })
			.returning();
		await recordChange(tx, actor, actor.districtId, {
			action: 'create',
			entity: 'membership',
			entityId: user.id,
			after: { ...publicUser(user), role: membership.role }
		});
		return {
			...publicUser(user),
			role: membership.role,
			notice: existed ? 'La persona aveva già un account: è stata aggiunta a questo ambito e accede con la sua password di sempre.' : undefined
		};
	});
}

export async function listMembers(actor: Actor) {
	assertCan(actor, 'accounts.manage');
	return db()
		.select({ id: users.id, name: users.name, email: users.email, role: memberships.role, version: memberships.version })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.districtId, actor.districtId))
		.orderBy(asc(users.name));
}

/** Names of the district's staff with one of `roles` (e.g. who may coordinate a roundtable); no emails. */
export async function listStaffByRole(districtId: number, roles: Role[]) {
	return db()
		.select({ id: users.id, name: users.name, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.districtId, districtId), inArray(memberships.role, roles)))
		.orderBy(asc(users.name));
}

export async function changeRole(actor: Actor, userId: string, input: unknown) {
	assertCan(actor, 'accounts.manage');
	const data = parse(roleInput, input);
	if (userId === actor.userId && data.role !== 'admin') {
		throw new ValidationError({ role: 'Non puoi togliere a te stesso il ruolo di amministratore.' });
	}
	return db().transaction(async (tx) => {
		const where = and(eq(memberships.userId, userId), eq(memberships.districtId, actor.districtId));
		const [before] = await tx.select().from(memberships).where(where);
		if (!before) throw new NotFoundError('Account');
		if (before.version !== data.version) throw new ConflictError(before);
		const [after] = await tx
			.update(memberships)
			.set({ role: data.role as Role, version: before.version + 1 })
			.where(and(where, eq(memberships.version, data.version)))
			.returning();
		if (!after) throw new ConflictError(before);
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'membership', entityId: userId, before, after });
		return after;
	});
}

export async function removeMember(actor: Actor, userId: string) {
	assertCan(actor, 'accounts.manage');
	if (userId === actor.userId) throw new ValidationError({ _form: 'Non puoi rimuovere il tuo stesso account.' });
	return db().transaction(async (tx) => {
		const [before] = await tx
			.delete(memberships)
			.where(and(eq(memberships.userId, userId), eq(memberships.districtId, actor.districtId)))
			.returning();
		if (!before) throw new NotFoundError('Account');
		await recordChange(tx, actor, actor.districtId, { action: 'delete', entity: 'membership', entityId: userId, before });
	});
}

/**
 * Sets a member's password and ends their sessions. Only for people who work in no district
 * where the actor is not an admin: otherwise it would hand over accounts of other districts.
 */
export async function setPassword(actor: Actor, userId: string, input: unknown) {
	assertCan(actor, 'accounts.manage');
	const { password } = parse(passwordInput, input);
	const their = await db().select().from(memberships).where(eq(memberships.userId, userId));
	if (!their.some((m) => m.districtId === actor.districtId)) throw new NotFoundError('Account');
	const mine = await db().select().from(memberships).where(and(eq(memberships.userId, actor.userId), eq(memberships.role, 'admin')));
	if (actor.userId && their.some((m) => !mine.some((a) => a.districtId === m.districtId))) {
		throw new ValidationError({ password: 'Questa persona lavora anche in altri ambiti: la sua password può cambiarla solo lei, o chi amministra tutti i suoi ambiti.' });
	}
	const hash = await (await auth().$context).password.hash(password);
	await db().transaction(async (tx) => {
		await tx
			.update(authAccounts)
			.set({ password: hash, updatedAt: new Date() })
			.where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')));
		await tx.delete(sessions).where(eq(sessions.userId, userId));
		await recordChange(tx, actor, actor.districtId, { action: 'password', entity: 'membership', entityId: userId });
	});
}

export { signIn, type LoginResult } from './login';

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
	const { headers: out, response } = await auth().api.getSession({ headers, returnHeaders: true });
	if (!response) return { user: null, headers: out };
	const end = new Date(response.session.createdAt).getTime() + sessionMaxHours() * 3_600_000;
	if (Date.now() >= end) return { user: null, headers: await signOut(headers) };
	if (new Date(response.session.expiresAt).getTime() > end) {
		// A renewal may not reach past the end: the cookie's own expiry is left, the row decides.
		await db().update(sessions).set({ expiresAt: new Date(end) }).where(eq(sessions.id, response.session.id));
	}
	return { user: { id: response.user.id, name: response.user.name, email: response.user.email }, headers: out };
}

/** A person's open sessions, newest first (their own profile page). */
export async function sessionsOf(userId: string) {
	return db()
		.select({ id: sessions.id, createdAt: sessions.createdAt, updatedAt: sessions.updatedAt, userAgent: sessions.userAgent })
		.from(sessions)
		.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
		.orderBy(desc(sessions.updatedAt));
}

/** Ends every session of a person and forgets their browsers; returns how many sessions ended. */
async function endAll(tx: Executor, userId: string): Promise<number> {
	const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
	await tx.delete(knownDevices).where(eq(knownDevices.userId, userId));
	return ended.length;
}

/** Sign out on every device, by the person themselves. */
export async function signOutEverywhere(userId: string) {
	await db().transaction((tx) => endAll(tx, userId));
}

/** An admin ends every session of a member of their district (a lost phone, a person who left). */
export async function endSessions(actor: Actor, userId: string) {
	assertCan(actor, 'accounts.manage');
	await db().transaction(async (tx) => {
		const [member] = await tx.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.districtId, actor.districtId)));
		if (!member) throw new NotFoundError('Account');
		await recordChange(tx, actor, actor.districtId, { action: 'sessions_ended', entity: 'membership', entityId: userId, after: { sessions: await endAll(tx, userId) } });
	});
	return { notice: 'Sessioni chiuse: la persona dovrà accedere di nuovo su ogni dispositivo.' };
}
