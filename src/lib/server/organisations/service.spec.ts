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
		expect(await listDelegates(admin, cpia.id)).toHaveLength(2);
		expect(
			await updateOrganisation(admin, cpia.id, { name: 'CPIA', type: 'school', version: '1' }).catch((e) => e)
		).toBeInstanceOf(ConflictError);
	});

	it('keeps an email and a PEC of the organisation, refusing what is not an address next to the field', async () => {
		const district = await createDistrict({ slug: 'org-b', name: 'Ambito PEC' });
		const admin = systemActor(district.id);
		const bad = await createOrganisation(admin, {
			name: 'Comune di Lodi',
			type: 'municipality',
			email: 'servizi sociali',
			pec: 'protocollo@'
		}).catch((e) => e);
		expect(bad).toBeInstanceOf(ValidationError);
		expect(bad.fields).toEqual({
			email: 'Inserire un indirizzo email valido (es. nome@ente.it).',
			pec: 'Inserire un indirizzo PEC valido (es. protocollo@pec.comune.it).'
		});
		const lodi = await createOrganisation(admin, {
			name: 'Comune di Lodi',
			type: 'municipality',
			email: ' Servizi.Sociali@Comune.Lodi.example.it ',
			pec: 'Protocollo@PEC.comune.lodi.example.it'
		});
		expect(lodi).toMatchObject({
			email: 'servizi.sociali@comune.lodi.example.it',
			pec: 'protocollo@pec.comune.lodi.example.it'
		});
		const edited = await updateOrganisation(admin, lodi.id, {
			name: 'Comune di Lodi',
			type: 'municipality',
			email: '',
			pec: 'comune.lodi@pec.example.it',
			version: '1'
		});
		expect(edited).toMatchObject({ email: '', pec: 'comune.lodi@pec.example.it', version: 2 });
		const refused = await updateOrganisation(admin, lodi.id, {
			name: 'Comune di Lodi',
			type: 'municipality',
			pec: 'non è una pec',
			version: '2'
		}).catch((e) => e);
		expect(Object.keys(refused.fields)).toEqual(['pec']);
	});
});
