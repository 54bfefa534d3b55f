import { auditLog, describe as describeRow, systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../db/testing';
import { db } from '../db';
import { changeRole, createAccount, createDistrict, listMembers, setPassword, setPublicLanguages, signIn } from '.';
import { sessions, users } from './schema';
import { SESSION_HOURS } from './auth';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';

useTestDatabase();

const headers = () => new Headers({ 'user-agent': 'vitest' });

describe('accounts', () => {
	it('signs in with the right password, with a session that expires', async () => {
		const district = await createDistrict({ slug: 'acc-a', name: 'Ambito A' });
		await createAccount(systemActor(district.id), {
			email: 'a@esempio.it',
			name: 'Anna',
			role: 'admin',
			password: 'password-lunga-1'
		});
		const ok = await signIn({ email: 'A@esempio.it', password: 'password-lunga-1' }, '10.0.0.1', headers());
		expect(ok.ok).toBe(true);
		if (ok.ok) expect(ok.headers.get('set-cookie')).toMatch(/session_token=.*HttpOnly/i);
		const [user] = await db().select().from(users).where(eq(users.email, 'a@esempio.it'));
		const [session] = await db().select().from(sessions).where(eq(sessions.userId, user.id));
		const hours = (session.expiresAt.getTime() - Date.now()) / 3_600_000;
		expect(hours).toBeGreaterThan(SESSION_HOURS - 0.1);
		expect(hours).toBeLessThanOrEqual(SESSION_HOURS);

		const wrong = await signIn({ email: 'a@esempio.it', password: 'sbagliata' }, '10.0.0.1', headers());
		expect(wrong).toEqual({ ok: false, errors: { _form: 'Email o password non corretti.' } });
	});

	it('does not count successful logins against an address', async () => {
		const district = await createDistrict({ slug: 'acc-busy', name: 'Ambito affollato' });
		await createAccount(systemActor(district.id), {
			email: 'ufficio@esempio.it',
			name: 'Ufficio',
			role: 'viewer',
			password: 'password-lunga-9'
		});
		for (let i = 0; i < 60; i++)
			expect(
				(await signIn({ email: 'ufficio@esempio.it', password: 'password-lunga-9' }, '10.0.0.9', headers())).ok
			).toBe(true);
	});

	it('stops guessing after five failures on one account', async () => {
		const results = [];
		for (let i = 0; i < 6; i++)
			results.push(await signIn({ email: 'b@esempio.it', password: `tentativo-${i}` }, '10.0.0.2', headers()));
		expect(results.slice(0, 5).every((r) => !r.ok && !r.retryAfter)).toBe(true);
		const last = results[5];
		expect(last.ok).toBe(false);
		if (!last.ok) {
			expect(last.retryAfter).toBeGreaterThan(0);
			expect(last.errors._form).toMatch(/Troppi tentativi/);
		}
	});

	it('lets only admins manage accounts, refuses stale role changes and bad input', async () => {
		const district = await createDistrict({ slug: 'acc-c', name: 'Ambito C' });
		const admin = systemActor(district.id);
		const person = await createAccount(admin, {
			email: 'c@esempio.it',
			name: 'Carla',
			role: 'viewer',
			password: 'password-lunga-2'
		});
		await expect(
			createAccount(
				{ ...admin, role: 'coordinator' },
				{ email: 'd@esempio.it', name: 'D', role: 'viewer', password: 'password-lunga-3' }
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		const e = await createAccount(admin, { email: 'non-una-mail', name: '', role: 'boss', password: 'corta' }).catch(
			(x) => x
		);
		expect(e).toBeInstanceOf(ValidationError);
		expect(Object.keys(e.fields).sort()).toEqual(['email', 'name', 'password', 'role']);
		await changeRole(admin, person.id, { role: 'coordinator', version: '1' });
		await expect(changeRole(admin, person.id, { role: 'delegate', version: '1' })).rejects.toBeInstanceOf(
			ConflictError
		);
		const members = await listMembers(admin);
		expect(members.find((m) => m.id === person.id)?.role).toBe('coordinator');
	});

	it('never lets the admin of one district take over an account of another', async () => {
		const a = await createDistrict({ slug: 'acc-e', name: 'Ambito E' });
		const b = await createDistrict({ slug: 'acc-f', name: 'Ambito F' });
		const bAdmin = await createAccount(systemActor(b.id), {
			email: 'admin.f@esempio.it',
			name: 'Admin F',
			role: 'admin',
			password: 'password-di-f-1'
		});
		const aAdmin = await createAccount(systemActor(a.id), {
			email: 'admin.e@esempio.it',
			name: 'Admin E',
			role: 'admin',
			password: 'password-di-e-1'
		});
		const actorA = {
			userId: aAdmin.id,
			name: 'Admin E',
			email: 'admin.e@esempio.it',
			districtId: a.id,
			role: 'admin' as const
		};
		// Adding B's admin to A keeps their own password...
		const added = await createAccount(actorA, {
			email: 'admin.f@esempio.it',
			name: 'Chiunque',
			role: 'viewer',
			password: 'password-scelta-da-e'
		});
		expect(added.id).toBe(bAdmin.id);
		expect(added.notice).toMatch(/password di sempre/);
		expect(
			(await signIn({ email: 'admin.f@esempio.it', password: 'password-scelta-da-e' }, '10.0.0.5', headers())).ok
		).toBe(false);
		// ...and A's admin cannot set it either.
		const refused = await setPassword(actorA, bAdmin.id, { password: 'password-rubata-1' }).catch((e) => e);
		expect(refused).toBeInstanceOf(ValidationError);
		expect((await signIn({ email: 'admin.f@esempio.it', password: 'password-di-f-1' }, '10.0.0.5', headers())).ok).toBe(
			true
		);
	});

	it('logs a new district in the district itself, and its changes in words the log shows', async () => {
		const district = await createDistrict({ slug: 'acc-log', name: 'Ambito del registro' });
		await setPublicLanguages(systemActor(district.id), { languages: 'en,fr' });
		const rows = await db()
			.select()
			.from(auditLog)
			.where(eq(auditLog.districtId, district.id))
			.orderBy(asc(auditLog.id));
		expect(rows.map((r) => [r.userName, r.action, r.entity, r.entityId])).toEqual([
			['sistema', 'create', 'district', String(district.id)],
			['sistema', 'update', 'district_languages', String(district.id)]
		]);
		expect(rows.map((r) => describeRow(r.entity, r.entityId, r.after ?? r.before))).toEqual([
			'Ambito Ambito del registro',
			'Lingue delle pagine pubbliche en, fr'
		]);
		// The modules' starting data came with it (the common funding sources), in the same command.
		const { rows: sources } = await db().execute(
			sql`select count(*)::int as n from funding_source where district_id = ${district.id}`
		);
		expect(sources[0].n).toBeGreaterThan(0);
		expect((await createDistrict({ slug: 'acc-log', name: 'Altro' }).catch((e) => e)).fields.slug).toMatch(
			/Esiste già un ambito/
		);
	});
});
