// A new password through an emailed link, for a person who forgot theirs. The request gives
// the same answer whether or not the address has an account, and takes as long (the mail
// leaves in the background); it is limited per address and per network. The link holds a
// random token of which only the hash is kept; it is valid for an hour, once: choosing a
// password through it (or any other way) spends it and every other link of the person.
// A link spent, expired, unknown, or opened while signed in as someone else does nothing
// and says so. better-auth has a reset flow of its own, but it keeps the token itself in
// its verification table and cannot tell a spent link from an expired one: pdz keeps its own.
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db';
import { command, districts } from '../kernel';
import { ValidationError } from '../errors';
import { parse } from '../validation';
import { addressKey, reserveAll, type Rule } from '../security';
import { send } from '../mail';
import { resetPasswordInput, resetRequestInput } from './input';
import { memberships, passwordResets, users } from './schema';
import { writePassword } from './password';
import { endAll } from './sessions';

/** How long a link is valid. */
export const RESET_MINUTES = 60;

export const RESET_LIMITS = {
	/** Links asked for one address (an inbox is not to be flooded). */
	email: { limit: 3, windowSeconds: 60 * 60 },
	/** Requests from one network, whatever the address. */
	address: { limit: 20, windowSeconds: 60 * 60 }
} satisfies Record<string, Rule>;

/** What the request form always answers (an account exists or not). */
export const RESET_SENT =
	'Se l’indirizzo corrisponde a un account di pdz, riceverai a breve un’email con un collegamento per scegliere una nuova password. Il collegamento vale un’ora e una volta sola.';

export type ResetState = 'valid' | 'used' | 'expired' | 'unknown' | 'other-account';

/** Why a link does nothing, as the page says it. */
export const RESET_REFUSALS: Record<Exclude<ResetState, 'valid'>, string> = {
	used: 'Questo collegamento è già stato usato: non cambia più la password. Se ti serve, chiedine uno nuovo.',
	expired: `Questo collegamento è scaduto (vale ${RESET_MINUTES} minuti): non cambia più la password. Chiedine uno nuovo.`,
	unknown: 'Questo collegamento non è valido: forse è stato copiato a metà. Chiedine uno nuovo.',
	'other-account':
		'Questo collegamento è per un altro account, non per quello con cui sei entrato: non cambia nulla. Esci e aprilo di nuovo.'
};

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** A token as the link carries it: 43 characters of base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function siteOrigin(origin?: string): string {
	return (origin ?? process.env.ORIGIN ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** The mail with the link (the token is in it once: the outbox keeps it without). */
export function resetMail(name: string, link: string) {
	const lines = (url: string) =>
		[
			`Gentile ${name},`,
			'',
			'qualcuno (speriamo tu) ha chiesto di scegliere una nuova password per il tuo account di pdz.',
			'Per sceglierla apri questo collegamento entro un’ora:',
			'',
			url,
			'',
			'Il collegamento funziona una volta sola. Se non sei stato tu, ignora questa email: la tua password resta quella di prima.'
		].join('\n');
	return {
		subject: 'pdz: scegli una nuova password',
		body: lines(link),
		kept: lines('[collegamento personale, non conservato nella posta in uscita]')
	};
}

/**
 * Asks for a link to `email`. The answer is the same for any address: a link leaves only
 * when the address has an account in some district (its mail goes through that district).
 */
export async function requestReset(
	input: unknown,
	clientAddress: string,
	origin?: string
): Promise<{ ok: true; notice: string } | { ok: false; retryAfter: number; errors: Record<string, string> }> {
	const { email } = parse(resetRequestInput, input);
	const { wait } = await reserveAll([
		[`reset:address:${addressKey(clientAddress)}`, RESET_LIMITS.address],
		[`reset:email:${email}`, RESET_LIMITS.email]
	]);
	if (wait) {
		const minutes = Math.ceil(wait / 60);
		return {
			ok: false,
			retryAfter: wait,
			errors: {
				_form: `Troppe richieste di una nuova password. Riprova tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`
			}
		};
	}
	// The work and the mail go on after the answer: an existing address answers no slower.
	void issueLink(email, siteOrigin(origin)).catch((e) => console.error(e));
	return { ok: true, notice: RESET_SENT };
}

/** Writes the link's hash and sends it; returns the token (tests), or null when nobody has the address. */
export async function issueLink(email: string, origin: string): Promise<string | null> {
	const [person] = await db()
		.select({ id: users.id, name: users.name, districtId: districts.id })
		.from(users)
		.innerJoin(memberships, eq(memberships.userId, users.id))
		.innerJoin(districts, eq(districts.id, memberships.districtId))
		.where(eq(users.email, email))
		.orderBy(asc(districts.id))
		.limit(1);
	if (!person) return null;
	const token = randomBytes(32).toString('base64url');
	await command(null, { districtId: person.districtId, origin: 'system' }, async (c) => {
		await c.tx.insert(passwordResets).values({
			tokenHash: hashOf(token),
			userId: person.id,
			expiresAt: sql`now() + make_interval(mins => ${RESET_MINUTES})`
		});
		await c.audit(memberships, { action: 'password_reset_requested', id: person.id });
		const mail = resetMail(person.name, `${origin}/accesso/nuova-password/${token}`);
		c.afterCommit(async () => void (await send(person.districtId, [{ to: email, ...mail }])));
	});
	return token;
}

/** What a link does now, for the person signed in (if any). */
export async function resetState(token: string, signedIn: string | null = null): Promise<ResetState> {
	if (!TOKEN.test(token)) return 'unknown';
	const [row] = await db()
		.select({
			userId: passwordResets.userId,
			usedAt: passwordResets.usedAt,
			expired: sql<boolean>`${passwordResets.expiresAt} <= now()`
		})
		.from(passwordResets)
		.where(eq(passwordResets.tokenHash, hashOf(token)));
	if (!row) return 'unknown';
	if (row.usedAt) return 'used';
	if (row.expired) return 'expired';
	if (signedIn && signedIn !== row.userId) return 'other-account';
	return 'valid';
}

/**
 * Chooses the new password through the link: spends it and the person's other links, ends
 * every session of theirs (whoever knew the old password is out). A link that cannot be
 * used changes nothing and the form says why.
 */
export async function completeReset(token: string, input: unknown, signedIn: string | null = null) {
	const data = parse(resetPasswordInput, input);
	const refuse = (state: Exclude<ResetState, 'valid'>) => new ValidationError({ _form: RESET_REFUSALS[state] });
	const state = await resetState(token, signedIn);
	if (state !== 'valid') throw refuse(state);
	const [person] = await db()
		.select({ id: users.id, email: users.email })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(eq(passwordResets.tokenHash, hashOf(token)));
	const [home] = await db()
		.select({ districtId: memberships.districtId })
		.from(memberships)
		.where(eq(memberships.userId, person.id))
		.orderBy(asc(memberships.districtId))
		.limit(1);
	await command(null, { districtId: home?.districtId ?? null, origin: 'system' }, async (c) => {
		// Spent in the statement that checks it: of two submissions at once, one passes.
		const [spent] = await c.tx
			.update(passwordResets)
			.set({ usedAt: new Date() })
			.where(
				and(
					eq(passwordResets.tokenHash, hashOf(token)),
					isNull(passwordResets.usedAt),
					gt(passwordResets.expiresAt, sql`now()`)
				)
			)
			.returning({ userId: passwordResets.userId });
		if (!spent) throw refuse('used');
		const districtIds = await writePassword(c.tx, person.id, data.password, null);
		await endAll(c.tx, person.id);
		// The person's other links are spent too: the password they chose is the one that counts.
		await c.tx
			.update(passwordResets)
			.set({ usedAt: new Date() })
			.where(and(eq(passwordResets.userId, person.id), isNull(passwordResets.usedAt)));
		for (const districtId of districtIds)
			await c.audit(memberships, { action: 'password_reset', id: person.id, districtId });
	});
	return { email: person.email, notice: 'Password cambiata: ora puoi accedere con la nuova password.' };
}
