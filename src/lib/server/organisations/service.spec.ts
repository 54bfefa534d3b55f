import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/testing';
import { createAccount, createDistrict } from '../accounts';
import { addDelegate, createOrganisation, listDelegates, updateOrganisation } from '.';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';

useTestDatabase();

describe('organisations and delegates', () => {
	it('validates organisations and links a delegate to their account by email', async () => {
		const district = await createDistrict({ slug: 'org-a', name: 'Ambito enti' });
		const admin = systemActor(district.id);
		const bad = await createOrganisation(admin, {
			name: '',
			type: 'bank',
			taxCode: '123',
			email: 'no',
			website: 'ftp://x'
		}).catch((e) => e);
		expect(bad).toBeInstanceOf(ValidationError);
		expect(Object.keys(bad.fields).sort()).toEqual(['email', 'name', 'taxCode', 'type', 'website']);
		const cpia = await createOrganisation(admin, { name: 'CPIA di Lodi', type: 'school', taxCode: '92559840159' });
		expect(
			(await createOrganisation(admin, { name: 'cpia di lodi', type: 'school' }).catch((e) => e)).fields.name
		).toMatch(/già un ente/);
		const account = await createAccount(admin, {
			email: 'maria@cpia.example.it',
			name: 'Maria',
			role: 'delegate',
			password: 'password-lunga-7'
		});
		const delegate = await addDelegate(admin, cpia.id, { name: 'Maria Rossi', email: 'Maria@cpia.example.it' });
		expect(delegate.userId).toBe(account.id);
		const other = await addDelegate(admin, cpia.id, { name: 'Senza account', email: '' });
		expect(other.userId).toBeNull();
		expect(await listDelegates({ ...admin, role: 'delegate' }, cpia.id).catch((e) => e)).toBeInstanceOf(ForbiddenError);
		expect((await listDelegates({ ...admin, role: 'viewer' }, cpia.id)).map((d) => d.name)).toEqual([
			'Maria Rossi',
			'Senza account'
		]);
		await updateOrganisation(admin, cpia.id, { name: 'CPIA Lodi', type: 'school', version: '1' });
		expect(
			await updateOrganisation(admin, cpia.id, { name: 'CPIA', type: 'school', version: '1' }).catch((e) => e)
		).toBeInstanceOf(ConflictError);
	});
});
