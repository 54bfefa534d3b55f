// A district's backup restored into a fresh database gives the same backup again, byte for
// byte; the restored district works (people sign in, pages read the same data).
import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { connect, databaseUrl, db, disconnect, withClient } from '../db';
import { createTestDatabase, errorOf, useTestDatabase } from '../db/testing';
import { createAccount, createDistrict, getDistrictBySlug, initAuth, signIn } from '../accounts';
import { loadDemo, DEMO_ACCOUNTS } from '../demo';
import { saveTemplate } from '../documents';
import { getPlan, planOverview } from '../planning';
import { ValidationError } from '../errors';
import { backupDistrict, readBackup, type Backup } from './backup';
import { parseBackup, restoreDistrict } from './restore';
import { NOT_BACKED_UP, readCatalog } from './catalog';

useTestDatabase();

const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

async function overview(slug: string) {
	const district = await getDistrictBySlug(slug);
	const plan = await getPlan({ districtId: district.id }, '2021-2023');
	const { objectives } = await planOverview({ districtId: district.id }, plan.id);
	return objectives.map((o) => ({
		code: o.code,
		title: o.title,
		indicators: o.indicators.map((i) => [i.code, i.summary.target, i.summary.actual])
	}));
}

describe('district backup', () => {
	it('restores into a fresh database and backs up to the same bytes', async () => {
		const district = await loadDemo();
		await saveTemplate(
			systemActor(district.id),
			{ colour: '#00663d', headerText: 'Ufficio di Piano', version: '0' },
			new File([png], 'logo.png')
		);
		// A note merged into a later one: a reference to a row that comes after it.
		await db().execute(
			sql`update wall_note set status = 'merged', merged_into_id = (select max(id) from wall_note) where id = (select min(id) from wall_note)`
		);
		// A guest of a wall without an organisation, who posted a note.
		await db().execute(
			sql`insert into wall_participant (wall_id, name, organisation_name) select id, 'Ospite', 'Altro ente' from wall order by id limit 1`
		);
		await db()
			.execute(sql`insert into wall_note (district_id, wall_id, column_id, theme_id, body, participant_id, status)
			select n.district_id, n.wall_id, n.column_id, n.theme_id, 'Nota di un ospite', (select max(id) from wall_participant), 'visible' from wall_note n order by n.id limit 1`);
		// Another district's data stays out; its administrator's password is not an administrator's of Lodi to hand out.
		const other = await createDistrict({ slug: 'altro', name: 'Altro ambito', region: 'Lombardia' });
		await createAccount(systemActor(other.id), {
			name: 'Admin altro',
			email: 'admin@altro.it',
			role: 'admin',
			password: 'una-password-lunga-2024'
		});
		await db().execute(
			sql`insert into membership (user_id, district_id, role) select id, ${district.id}, 'viewer' from auth_user where email = 'admin@altro.it'`
		);

		const first = await backupDistrict('lodi');
		const backup: Backup = JSON.parse(gunzipSync(first).toString('utf8'));
		expect(backup).toMatchObject({
			format: 'pdz-backup',
			formatVersion: 1,
			district: { slug: 'lodi', languages: expect.arrayContaining(['en', 'ar']) }
		});
		expect(backup.users.map((u) => u.email)).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.email)));
		expect(backup.users.every((u) => u.passwordHash)).toBe(true);
		expect(backup.tables.document_template.rows[0]).toContain(png.toString('base64'));
		expect(JSON.stringify(backup.tables.funding_source.rows)).not.toContain('Altro ambito');
		expect(backup.tables.funding_source.rows.length).toBe(
			(
				await db().execute(
					sql`select count(*) as n from funding_source f join district d on d.id = f.district_id where d.slug = 'lodi'`
				)
			).rows[0].n
		);
		expect(JSON.stringify(backup.tables.wall_note.rows)).toContain('Nota di un ospite');
		// Same data, same bytes.
		expect((await backupDistrict('lodi')).equals(first)).toBe(true);
		// The administrator's download: hashes only of people of this district alone.
		const staff: Backup = JSON.parse(gunzipSync(await backupDistrict('lodi', 'district-only')).toString('utf8'));
		expect(staff.users.find((u) => u.email === 'admin@altro.it')?.passwordHash).toBeNull();
		expect(staff.users.find((u) => u.email === DEMO_ACCOUNTS[0].email)?.passwordHash).toBeTruthy();

		// In the same installation the wall codes already exist: refused, nothing left behind.
		const again = (await errorOf(restoreDistrict(first, { slug: 'lodi-copia' }))) as ValidationError;
		expect(again).toBeInstanceOf(ValidationError);
		expect(again.fields.file).toMatch(/esiste già in questa installazione/);
		expect((await db().execute(sql`select count(*) as n from district where slug = 'lodi-copia'`)).rows[0].n).toBe(0);
		expect(((await errorOf(restoreDistrict(first))) as ValidationError).fields.slug).toMatch(
			/Esiste già un ambito «lodi»/
		);
		const before = await overview('lodi');

		const source = databaseUrl();
		await disconnect();
		const fresh = await createTestDatabase();
		try {
			connect(fresh.url, 3);
			await initAuth();
			const result = await restoreDistrict(first);
			expect(result).toMatchObject({ slug: 'lodi', newUsers: backup.users.length });
			expect(result.rows).toBe(Object.values(backup.tables).reduce((n, t) => n + t.rows.length, 0));
			const second = await backupDistrict('lodi');
			expect(second.equals(first)).toBe(true);
			expect(await overview('lodi')).toEqual(before);
			// People sign in with their own password in the new installation.
			const login = await signIn(
				{ email: DEMO_ACCOUNTS[0].email, password: DEMO_ACCOUNTS[0].password },
				'127.0.0.1',
				new Headers()
			);
			expect(login.ok).toBe(true);
		} finally {
			await disconnect();
			await fresh.drop();
			connect(source, 5);
		}
	});

	it('covers every table of the platform, and refuses files that are not backups', async () => {
		const tables = await withClient(readCatalog);
		const { rows } = await db().execute(sql`select tablename from pg_tables where schemaname = current_schema()`);
		for (const { tablename } of rows as { tablename: string }[])
			expect(tablename in NOT_BACKED_UP || tables.some((t) => t.name === tablename), tablename).toBe(true);
		// Parents come before the rows that refer to them.
		const position = new Map(tables.map((t, i) => [t.name, i]));
		for (const t of tables)
			for (const parent of t.references.values())
				if (position.has(parent) && parent !== t.name)
					expect(position.get(parent)!, `${parent} before ${t.name}`).toBeLessThan(position.get(t.name)!);

		const fieldOf = (file: Buffer) => {
			try {
				parseBackup(file);
			} catch (e) {
				return (e as ValidationError).fields.file;
			}
			return 'accettato';
		};
		const { gzipSync } = await import('node:zlib');
		expect(fieldOf(Buffer.from('not gzip'))).toMatch(/non è una copia di sicurezza/);
		expect(fieldOf(gzipSync('{"format": "altro"}'))).toMatch(/non è una copia di sicurezza/);
		expect(fieldOf(gzipSync('{"format": "pdz-backup", "formatVersion": 2}'))).toMatch(/più recente/);
		expect(fieldOf(gzipSync('{"format": "pdz-backup", "formatVersion": 1, "schema": "0099_future"}'))).toMatch(
			/aggiornare questa installazione/
		);
		expect(fieldOf(gzipSync('{"format": "pdz-backup", '))).toMatch(/danneggiata/);
		expect(
			fieldOf(
				gzipSync(
					JSON.stringify({
						format: 'pdz-backup',
						formatVersion: 1,
						schema: '0000_init',
						district: { slug: 'x' },
						users: [],
						tables: { area: { columns: ['code'], rows: [['A', 'B']] } }
					})
				)
			)
		).toMatch(/incompleta o alterata/);
		const backup = await readBackup('lodi');
		expect(backup.tables.area.columns).not.toContain('id');
	});
});
