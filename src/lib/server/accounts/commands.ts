// Writes of districts, staff accounts and their roles. A user works only in districts they
// belong to; every change is a command of the kernel (permission, input, version, log).
import { and, eq } from 'drizzle-orm';
import { command, districts, type Actor, type Context } from '../kernel';
import { auth } from './auth';
import { assertKeepsOwnAdmin, assertMaySetPassword, assertNotSelf } from './access';
import { accountInput, districtInput, languagesInput, passwordInput, roleInput } from './input';
import { authAccounts, memberships, sessions, users } from './schema';
import { endAll } from './sessions';

/** Starting data a module gives every new district, written in the district's creating command. */
type DistrictSetup = (c: Context) => Promise<void>;
const districtSetups: DistrictSetup[] = [];

/** Lets a module give every new district its starting data (e.g. the common funding sources). */
export function onDistrictCreated(setup: DistrictSetup) {
	districtSetups.push(setup);
}

/** A new district (the command line, the demo); nobody acts in it yet, so the platform does. */
export function createDistrict(input: unknown) {
	return command(null, { input: districtInput, raw: input, districtId: null }, async (c, data) => {
		await c.unique(
			districts,
			{ slug: data.slug },
			{ field: 'slug', message: 'Esiste già un ambito con questo identificativo.' }
		);
		const [district] = await c.tx.insert(districts).values(data).returning();
		const inDistrict = c.in(district.id);
		await inDistrict.audit(districts, { action: 'create', id: district.id, after: district });
		for (const setup of districtSetups) await setup(inDistrict);
		return district;
	});
}

/** Chooses the languages of the district's public pages besides Italian. */
export function setPublicLanguages(actor: Actor, input: unknown) {
	return command(actor, { can: 'accounts.manage', input: languagesInput, raw: input }, async (c, { languages }) => {
		const [before] = await c.tx
			.select({ languages: districts.languages })
			.from(districts)
			.where(eq(districts.id, c.districtId));
		await c.tx.update(districts).set({ languages }).where(eq(districts.id, c.districtId));
		await c.audit('district_languages', { action: 'update', id: c.districtId, before, after: { languages } });
		return { languages };
	});
}

function publicUser(u: typeof users.$inferSelect) {
	return { id: u.id, name: u.name, email: u.email };
}

/**
 * Creates a staff account (or adds an existing person) with a role in the actor's district.
 * The password a new person is given is provisional: they choose their own at the first
 * sign-in (`provisional: false` only for the demo's published accounts).
 */
export function createAccount(actor: Actor, input: unknown, options: { provisional?: boolean } = {}) {
	return command(actor, { can: 'accounts.manage', input: accountInput, raw: input }, async (c, data) => {
		let [user] = await c.tx.select().from(users).where(eq(users.email, data.email));
		// A person who already has an account (in another district) keeps their own password:
		// an admin of one district must never be able to set the password of another's staff.
		const existed = !!user;
		if (user)
			await c.unique(
				memberships,
				{ userId: user.id },
				{ field: 'email', message: 'Questa persona ha già un account in questo ambito.' }
			);
		else {
			// better-auth writes the person and their password on its own connection.
			const ctx = await auth().$context;
			const hash = await ctx.password.hash(data.password);
			user = (await ctx.internalAdapter.createUser(
				{ email: data.email, name: data.name, emailVerified: true },
				{ method: 'email-password' }
			)) as typeof user;
			await ctx.internalAdapter.linkAccount({
				userId: user.id,
				providerId: 'credential',
				accountId: user.id,
				password: hash
			});
			if (options.provisional !== false)
				await c.tx.update(users).set({ passwordChangeRequired: true }).where(eq(users.id, user.id));
		}
		const membership = await c.create(
			memberships,
			{ userId: user.id, role: data.role },
			{ log: (change) => ({ ...change, id: user.id, after: { ...publicUser(user), role: data.role } }) }
		);
		return {
			...publicUser(user),
			role: membership.role,
			notice: existed
				? 'La persona aveva già un account: è stata aggiunta a questo ambito e accede con la sua password di sempre.'
				: undefined
		};
	});
}

export function changeRole(actor: Actor, userId: string, input: unknown) {
	return command(actor, { can: 'accounts.manage', input: roleInput, raw: input, versioned: true }, async (c, data) => {
		assertKeepsOwnAdmin(actor, userId, data.role);
		return c.update(memberships, { userId }, { role: data.role });
	});
}

export function removeMember(actor: Actor, userId: string) {
	return command(actor, { can: 'accounts.manage' }, async (c) => {
		assertNotSelf(actor, userId);
		await c.remove(memberships, { userId });
	});
}

/**
 * Sets a member's password and ends their sessions; the password is provisional (the person
 * chooses their own at the next sign-in). Only for people who work in no district
 * where the actor is not an admin: otherwise it would hand over accounts of other districts.
 */
export function setPassword(actor: Actor, userId: string, input: unknown) {
	return command(actor, { can: 'accounts.manage', input: passwordInput, raw: input }, async (c, { password }) => {
		await assertMaySetPassword(c, userId);
		const hash = await (await auth().$context).password.hash(password);
		await c.tx
			.update(authAccounts)
			// better-auth's own bookkeeping of its row (no version: the log never shows the hash).
			.set({ password: hash, updatedAt: new Date() })
			.where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')));
		await c.tx.update(users).set({ passwordChangeRequired: true }).where(eq(users.id, userId));
		await c.tx.delete(sessions).where(eq(sessions.userId, userId));
		await c.audit(memberships, { action: 'password', id: userId });
		return {
			notice: 'Password impostata. È provvisoria: al prossimo accesso la persona ne sceglierà una sua.'
		};
	});
}

/** An admin ends every session of a member of their district (a lost phone, a person who left). */
export async function endSessions(actor: Actor, userId: string) {
	await command(actor, { can: 'accounts.manage' }, async (c) => {
		await c.find(memberships, { userId });
		await c.audit(memberships, {
			action: 'sessions_ended',
			id: userId,
			after: { sessions: await endAll(c.tx, userId) }
		});
	});
	return { notice: 'Sessioni chiuse: la persona dovrà accedere di nuovo su ogni dispositivo.' };
}
