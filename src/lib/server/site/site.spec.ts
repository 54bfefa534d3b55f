import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { systemActor } from '../kernel';
import { createDistrict } from '../accounts';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { getStatement, listReports, REPORT_LIMITS, saveStatement, sendReport } from '.';

useTestDatabase();

const ve = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

describe('public site', () => {
	it('takes reports of a disservice from anyone, checked, sanitised and rate-limited, for the office alone', async () => {
		const district = await createDistrict({ slug: 'site-a', name: 'Ambito A' });
		const admin = systemActor(district.id);
		const viewer = { ...admin, role: 'viewer' as const };
		const d = { id: district.id, slug: district.slug };
		// Every field wrong at once, each with its message.
		expect(
			await ve(sendReport(d, 'ar', { category: 'spam', description: '  ', email: 'nope', privacy: '' }, '10.0.0.1'))
		).toMatchObject({
			category: 'Scegliere di che cosa si tratta.',
			description: 'Il testo della segnalazione è obbligatorio.',
			email: 'Inserire un indirizzo email valido.',
			privacy: expect.stringMatching(/informativa privacy/)
		});
		expect(
			(await ve(sendReport(d, 'it', { category: 'other', description: 'x\u0000y', privacy: 'on' }, '10.0.0.1')))
				.description
		).toMatch(/caratteri non ammessi/);
		expect(
			(await ve(sendReport(d, 'it', { category: 'other', description: 'x'.repeat(2001), privacy: 'on' }, '10.0.0.1')))
				.description
		).toMatch(/2000/);
		// A page of another district, or not a page at all, is dropped rather than stored.
		for (const page of ['/ambiti/altro/servizi', 'javascript:alert(1)', '/ambiti/site-a/<script>'])
			expect(
				await sendReport(d, 'it', { category: 'website', page, description: 'Pagina rotta', privacy: 'on' }, '10.0.0.2')
			).toEqual({ wait: 0 });
		await sendReport(
			d,
			'ar',
			{
				category: 'service',
				page: 'http://localhost:3000/ambiti/site-a/servizi/sportello',
				description: 'المكتب كان مغلقًا',
				email: ' Persona@Example.it ',
				privacy: 'on'
			},
			'10.0.0.3'
		);
		const reports = await listReports(admin);
		expect(reports).toHaveLength(4);
		expect(reports.filter((r) => r.page === '')).toHaveLength(3);
		expect(reports[0]).toMatchObject({
			category: 'service',
			page: '/ambiti/site-a/servizi/sportello',
			description: 'المكتب كان مغلقًا',
			email: 'Persona@Example.it',
			lang: 'ar'
		});
		// Reports may carry an email: only the office reads them.
		expect(await errorOf(listReports(viewer))).toBeInstanceOf(ForbiddenError);
		expect(
			await listReports({ ...admin, districtId: (await createDistrict({ slug: 'site-b', name: 'B' })).id })
		).toEqual([]);
		// One address: a few an hour, then a wait (the other addresses still pass).
		const results = [];
		for (let i = 0; i < REPORT_LIMITS.address.limit + 1; i++)
			results.push(await sendReport(d, 'it', { category: 'other', description: `n. ${i}`, privacy: 'on' }, '10.0.0.9'));
		expect(results.slice(0, REPORT_LIMITS.address.limit).every((r) => r.wait === 0)).toBe(true);
		expect(results.at(-1)!.wait).toBeGreaterThan(0);
		expect(await listReports(admin)).toHaveLength(4 + REPORT_LIMITS.address.limit);
	});

	it('keeps the district’s own parts of its accessibility statement, written by the office', async () => {
		const district = await createDistrict({ slug: 'site-c', name: 'Ambito C' });
		const admin = systemActor(district.id);
		expect(await getStatement(district.id)).toBeNull();
		const statement = {
			status: 'partial',
			method: 'Autovalutazione con axe e lettore di schermo',
			assessedOn: '2026-09-20',
			notAccessible: 'I PDF del piano',
			alternatives: 'Il piano in DOCX',
			contactEmail: 'accessibilita@ambito.example.it',
			agidUrl: 'https://form.agid.gov.it/view/abc'
		};
		expect(
			await ve(
				saveStatement(admin, { ...statement, status: 'mostly', assessedOn: '20/09', agidUrl: 'https://evil.example/x' })
			)
		).toMatchObject({
			status: 'Scegliere lo stato di conformità.',
			assessedOn: expect.any(String),
			agidUrl: expect.stringMatching(/form\.agid\.gov\.it/)
		});
		expect(await errorOf(saveStatement({ ...admin, role: 'coordinator' }, statement))).toBeInstanceOf(ForbiddenError);
		const saved = await saveStatement(admin, statement);
		expect(await getStatement(district.id)).toMatchObject({ ...statement, version: 1 });
		await saveStatement(admin, { ...statement, status: 'full', notAccessible: '', version: String(saved.version) });
		expect(await getStatement(district.id)).toMatchObject({ status: 'full', notAccessible: '', version: 2 });
		// An edit based on the first version, after the second: the other person's save is not lost.
		expect(await errorOf(saveStatement(admin, { ...statement, version: '1' }))).toBeInstanceOf(ConflictError);
	});
});
