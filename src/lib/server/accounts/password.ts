// A person's own password: changing it (the current one required), and choosing one when the
// password was given by someone else (the office, the command line). The rules of a new
// password are those of a new account (input.ts). Every other session of the person ends;
// the one they are using stays. The change is logged in each district they work in.
import { and, eq, ne } from 'drizzle-orm';
import { command, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { parse } from '../validation';
import { reserve, release, type Rule } from '../security';
import { auth } from './auth';
import { ownPasswordInput } from './input';
import { authAccounts, memberships, sessions, users } from './schema';
import { sessionCookie } from './known-sessions';
import type { Tx } from '../db';

/** Wrong current passwords typed by one person (a session left open must not guess it). */
export const CHANGE_LIMIT: Rule = { limit: 10, windowSeconds: 15 * 60 };

export interface Person {
	id: string;
	name: string;
	email: string;
}

/** The session token of the request (the cookie's value before its signature). */
export function sessionTokenOf(headers: Headers): string | null {
	const value = sessionCookie(headers);
	return value ? decodeURIComponent(value).split('.')[0] : null;
}

async function storedHash(userId: string): Promise<string | null> {
	const ctx = await auth().$context;
	const accounts = await ctx.internalAdapter.findAccounts(userId);
	return accounts.find((a) => a.providerId === 'credential')?.password ?? null;
}

/**
 * Writes a new password for `userId` inside a command: the hash, the provisional mark
 * cleared, and the person's sessions ended but `keepToken`'s. Returns the districts they
 * work in (where the change is logged).
 */
export async function writePassword(tx: Tx, userId: string, password: string, keepToken: string | null) {
	const hash = await (await auth().$context).password.hash(password);
	await tx
		.update(authAccounts)
		// better-auth's own bookkeeping of its row (no version: the log never shows the hash).
		.set({ password: hash, updatedAt: new Date() })
		.where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')));
	await tx.update(users).set({ passwordChangeRequired: false, updatedAt: new Date() }).where(eq(users.id, userId));
	await tx
		.delete(sessions)
		.where(keepToken ? and(eq(sessions.userId, userId), ne(sessions.token, keepToken)) : eq(sessions.userId, userId));
	const rows = await tx
		.select({ districtId: memberships.districtId })
		.from(memberships)
		.where(eq(memberships.userId, userId));
	return rows.map((r) => r.districtId);
}

/** The person as the command's actor: they act on their own account, in no district in particular. */
function selfActor(person: Person, districtId: number): Actor {
	return { userId: person.id, name: person.name, email: person.email, districtId, role: 'viewer' };
}

/**
 * The signed-in person changes their password: the current one, the new one twice. Sessions
 * other than the one of `headers` end. A provisional password is changed the same way.
 */
export async function changeOwnPassword(person: Person, input: unknown, headers: Headers) {
	const data = parse(ownPasswordInput, input);
	const hash = await storedHash(person.id);
	if (!hash) throw new ValidationError({ _form: 'Questo account non ha una password da cambiare.' });
	const key = `password:change:${person.id}`;
	const { wait } = await reserve(key, CHANGE_LIMIT);
	if (wait) {
		const minutes = Math.ceil(wait / 60);
		throw new ValidationError({
			_form: `Troppi tentativi con la password attuale sbagliata. Riprova tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`
		});
	}
	const ctx = await auth().$context;
	if (!(await ctx.password.verify({ hash, password: data.currentPassword })))
		throw new ValidationError({ currentPassword: 'La password attuale non è corretta.' });
	await release(key);
	if (data.currentPassword === data.password)
		throw new ValidationError({ password: 'La nuova password deve essere diversa da quella attuale.' });
	await command(selfActor(person, 0), { districtId: null }, async (c) => {
		const districtIds = await writePassword(c.tx, person.id, data.password, sessionTokenOf(headers));
		for (const districtId of districtIds)
			await c.audit(memberships, { action: 'password_changed', id: person.id, districtId });
	});
	return { notice: 'Password cambiata. Le altre sessioni aperte con il tuo account sono state chiuse.' };
}
