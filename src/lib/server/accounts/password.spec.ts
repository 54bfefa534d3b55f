import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { ValidationError } from '../errors';
import { mails } from '../mail';
import {
	changeOwnPassword,
	completeReset,
	createAccount,
	createDistrict,
	issueLink,
	requestReset,
	resetState,
	sessionUser,
	setPassword,
	signIn,
	CHANGE_LIMIT,
	RESET_LIMITS,
	RESET_REFUSALS,
	RESET_SENT
} from '.';
import { passwordResets, users } from './schema';

useTestDatabase();

let n = 0;
async function person(password = 'provvisoria-123', options: { provisional?: boolean } = {}) {
	const slug = `pw${++n}`;
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const email = `persona${n}@esempio.it`;
	const account = await createAccount(admin, { email, name: `Persona ${n}`, role: 'coordinator', password }, options);
	return { district, admin, account, email, password };
}

async function signedIn(email: string, password: string, address = '192.0.2.1') {
	const result = await signIn({ email, password }, address, new Headers());
	if (!result.ok) return null;
	const session = /([^=;\s,]*session_token)=([^;]+)/.exec(result.headers.get('set-cookie') ?? '')!;
	return new Headers({ cookie: `${session[1]}=${session[2]}` });
}

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	try {
		await work;
	} catch (e) {
		if (e instanceof ValidationError) return e.fields;
		throw e;
	}
	throw new Error('accepted');
}

const me = (p: Awaited<ReturnType<typeof person>>) => ({ id: p.account.id, name: p.account.name, email: p.email });

describe('a provisional password', () => {
	it('is marked on accounts the office or the command line creates, and on passwords the office sets', async () => {
		const p = await person();
		const headers = await signedIn(p.email, p.password);
		expect((await sessionUser(headers!)).user?.passwordChangeRequired).toBe(true);
		const demo = await person('pdz-demo-2024', { provisional: false });
		expect((await sessionUser((await signedIn(demo.email, demo.password))!)).user?.passwordChangeRequired).toBe(false);
		await setPassword(demo.admin, demo.account.id, { password: 'data-dall-ufficio' });
		const again = await signedIn(demo.email, 'data-dall-ufficio');
		expect((await sessionUser(again!)).user?.passwordChangeRequired).toBe(true);
	});

	it('is no longer required once the person chose their own', async () => {
		const p = await person();
		const headers = (await signedIn(p.email, p.password))!;
		await changeOwnPassword(
			me(p),
			{ currentPassword: p.password, password: 'la-mia-password', confirm: 'la-mia-password' },
			headers
		);
		// The session in use stays, and knows at once.
		expect((await sessionUser(headers)).user?.passwordChangeRequired).toBe(false);
		const [row] = await db().select().from(users).where(eq(users.id, p.account.id));
		expect(row.passwordChangeRequired).toBe(false);
	});
});

describe('changing one’s own password', () => {
	it('needs the current password, the same new one twice, the rules of a new account, and a change', async () => {
		const p = await person();
		const headers = (await signedIn(p.email, p.password))!;
		const change = (v: Record<string, string>) => changeOwnPassword(me(p), v, headers);
		expect(
			await errorsOf(
				change({ currentPassword: 'sbagliata-000', password: 'nuova-password-1', confirm: 'nuova-password-1' })
			)
		).toEqual({ currentPassword: 'La password attuale non è corretta.' });
		expect(
			await errorsOf(change({ currentPassword: p.password, password: 'nuova-password-1', confirm: 'nuova-password-2' }))
		).toEqual({ confirm: 'Le due password non coincidono.' });
		expect(
			(await errorsOf(change({ currentPassword: p.password, password: 'corta', confirm: 'corta' }))).password
		).toBe('La password deve avere almeno 10 caratteri.');
		expect(
			(await errorsOf(change({ currentPassword: p.password, password: 'x'.repeat(129), confirm: 'x'.repeat(129) })))
				.password
		).toBe('La password può avere al massimo 128 caratteri.');
		expect(
			(await errorsOf(change({ currentPassword: '', password: 'nuova-password-1', confirm: 'nuova-password-1' })))
				.currentPassword
		).toBe('La password attuale è obbligatoria.');
		expect(await errorsOf(change({ currentPassword: p.password, password: p.password, confirm: p.password }))).toEqual({
			password: 'La nuova password deve essere diversa da quella attuale.'
		});
		// Nothing changed.
		expect(await signedIn(p.email, p.password)).not.toBeNull();
	});

	it('ends every other session, keeps this one, and signs in with the new password only', async () => {
		const p = await person();
		const here = (await signedIn(p.email, p.password, '192.0.2.2'))!;
		const elsewhere = (await signedIn(p.email, p.password, '192.0.2.3'))!;
		const result = await changeOwnPassword(
			me(p),
			{ currentPassword: p.password, password: 'nuova-password-3', confirm: 'nuova-password-3' },
			here
		);
		expect(result.notice).toMatch(/Password cambiata/);
		expect((await sessionUser(here)).user?.email).toBe(p.email);
		expect((await sessionUser(elsewhere)).user).toBeNull();
		expect(await signedIn(p.email, p.password, '192.0.2.4')).toBeNull();
		expect(await signedIn(p.email, 'nuova-password-3', '192.0.2.4')).not.toBeNull();
		const logged = await db().execute<{ action: string; district_id: number }>(
			sql`select action, district_id from audit_log where entity_id = ${p.account.id} and action = 'password_changed'`
		);
		expect(logged.rows).toEqual([{ action: 'password_changed', district_id: p.district.id }]);
	});

	it('stops guessing the current password from a session left open', async () => {
		const p = await person();
		const headers = (await signedIn(p.email, p.password))!;
		for (let i = 0; i < CHANGE_LIMIT.limit; i++)
			await errorsOf(
				changeOwnPassword(
					me(p),
					{ currentPassword: `prova-${i}`, password: 'nuova-password-4', confirm: 'nuova-password-4' },
					headers
				)
			);
		const refused = await errorsOf(
			changeOwnPassword(
				me(p),
				{ currentPassword: p.password, password: 'nuova-password-4', confirm: 'nuova-password-4' },
				headers
			)
		);
		expect(refused._form).toMatch(/Troppi tentativi/);
		expect(await signedIn(p.email, 'nuova-password-4')).toBeNull();
	});
});

describe('a new password through an emailed link', () => {
	const choose = (token: string, password: string, signedInAs: string | null = null) =>
		completeReset(token, { password, confirm: password }, signedInAs);

	it('keeps only the hash of the token, and the outbox never shows the link', async () => {
		const p = await person();
		const token = (await issueLink(p.email, 'https://pdz.esempio.it'))!;
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const rows = await db().select().from(passwordResets).where(eq(passwordResets.userId, p.account.id));
		expect(rows.map((r) => r.tokenHash)).toEqual([createHash('sha256').update(token).digest('hex')]);
		const expires = rows[0].expiresAt.getTime() - rows[0].createdAt.getTime();
		expect(Math.abs(expires - 3_600_000)).toBeLessThan(5_000);
		let kept: (typeof mails.$inferSelect)[] = [];
		for (let i = 0; i < 50 && !kept.length; i++) {
			kept = await db().select().from(mails).where(eq(mails.to, p.email));
			if (!kept.length) await new Promise((r) => setTimeout(r, 50));
		}
		expect(kept).toHaveLength(1);
		expect(kept[0].subject).toBe('pdz: scegli una nuova password');
		expect(kept[0].body).not.toContain(token);
		expect(kept[0].body).toContain('non conservato');
	});

	it('changes the password once, ends every session, and then does nothing and says so', async () => {
		const p = await person();
		const open = (await signedIn(p.email, p.password))!;
		const token = (await issueLink(p.email, 'http://localhost'))!;
		const other = (await issueLink(p.email, 'http://localhost'))!;
		expect(await resetState(token)).toBe('valid');
		const done = await choose(token, 'scelta-con-link-1');
		expect(done.email).toBe(p.email);
		expect((await sessionUser(open)).user).toBeNull();
		expect(await signedIn(p.email, p.password)).toBeNull();
		const headers = (await signedIn(p.email, 'scelta-con-link-1'))!;
		// A password chosen by the person is no longer provisional.
		expect((await sessionUser(headers)).user?.passwordChangeRequired).toBe(false);
		// Used twice: refused, nothing changes. The person's other link is spent too.
		expect(await resetState(token)).toBe('used');
		expect(await errorsOf(choose(token, 'seconda-volta-22'))).toEqual({ _form: RESET_REFUSALS.used });
		expect(await errorsOf(choose(other, 'seconda-volta-22'))).toEqual({ _form: RESET_REFUSALS.used });
		expect(await signedIn(p.email, 'seconda-volta-22')).toBeNull();
		expect(await signedIn(p.email, 'scelta-con-link-1')).not.toBeNull();
	});

	it('refuses an expired link, an unknown one, and one for another account than the one signed in', async () => {
		const p = await person();
		const q = await person();
		const expired = (await issueLink(p.email, 'http://localhost'))!;
		await db()
			.update(passwordResets)
			.set({ expiresAt: sql`now() - interval '1 second'` })
			.where(eq(passwordResets.tokenHash, createHash('sha256').update(expired).digest('hex')));
		expect(await resetState(expired)).toBe('expired');
		expect(await errorsOf(choose(expired, 'scaduta-000001'))).toEqual({ _form: RESET_REFUSALS.expired });
		expect(await resetState('x'.repeat(43))).toBe('unknown');
		expect(await resetState('corto')).toBe('unknown');
		expect(await errorsOf(choose('y'.repeat(43), 'ignota-0000001'))).toEqual({ _form: RESET_REFUSALS.unknown });
		const token = (await issueLink(p.email, 'http://localhost'))!;
		expect(await resetState(token, q.account.id)).toBe('other-account');
		expect(await errorsOf(choose(token, 'di-un-altro-001', q.account.id))).toEqual({
			_form: RESET_REFUSALS['other-account']
		});
		expect(await signedIn(p.email, 'di-un-altro-001')).toBeNull();
		expect(await signedIn(q.email, 'di-un-altro-001')).toBeNull();
		// The link still works for its own person.
		expect(await resetState(token, p.account.id)).toBe('valid');
		expect(await errorsOf(choose(token, 'corta'))).toEqual({ password: 'La password deve avere almeno 10 caratteri.' });
		await choose(token, 'del-suo-account-1', p.account.id);
		expect(await signedIn(p.email, 'del-suo-account-1')).not.toBeNull();
	});

	it('answers the same for an unknown address, and sends nothing to it', async () => {
		const p = await person();
		const known = await requestReset({ email: p.email }, '198.51.100.1');
		const unknown = await requestReset({ email: 'nessuno@esempio.it' }, '198.51.100.1');
		expect(known).toEqual({ ok: true, notice: RESET_SENT });
		expect(unknown).toEqual(known);
		let links = 0;
		for (let i = 0; i < 50 && !links; i++) {
			links = (await db().select().from(passwordResets).where(eq(passwordResets.userId, p.account.id))).length;
			if (!links) await new Promise((r) => setTimeout(r, 50));
		}
		expect(links).toBe(1);
		expect(await db().select().from(mails).where(eq(mails.to, 'nessuno@esempio.it'))).toEqual([]);
		expect((await errorsOf(requestReset({ email: 'non è un indirizzo' }, '198.51.100.1'))).email).toMatch(
			/email valido/
		);
	});

	it('limits the links per address and per network', async () => {
		const p = await person();
		for (let i = 0; i < RESET_LIMITS.email.limit; i++)
			expect((await requestReset({ email: p.email }, `203.0.113.${i + 1}`)).ok).toBe(true);
		const refused = await requestReset({ email: p.email }, '203.0.113.99');
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.errors._form).toMatch(/Troppe richieste/);
		// Unknown addresses count the same: the limit tells nothing about who has an account.
		for (let i = 0; i < RESET_LIMITS.email.limit; i++)
			await requestReset({ email: 'sconosciuta@esempio.it' }, `203.0.114.${i + 1}`);
		expect((await requestReset({ email: 'sconosciuta@esempio.it' }, '203.0.114.99')).ok).toBe(false);
		// One network asking for many addresses.
		const results = [];
		for (let i = 0; i <= RESET_LIMITS.address.limit; i++)
			results.push(await requestReset({ email: `a${i}@esempio.it` }, '2001:db8:1:2::5'));
		expect(results.slice(0, RESET_LIMITS.address.limit).every((r) => r.ok)).toBe(true);
		expect(results.at(-1)!.ok).toBe(false);
		// Another address in the same IPv6 /64 is the same network.
		expect((await requestReset({ email: 'altra@esempio.it' }, '2001:db8:1:2::99')).ok).toBe(false);
		// Wait for the links sent in the background before the database goes.
		await new Promise((r) => setTimeout(r, 300));
	});
});
