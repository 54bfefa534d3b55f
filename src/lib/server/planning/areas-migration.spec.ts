// The migration that made areas a plan's own (drizzle/0017_monitoring.sql), run on a database
// as it was before it: data of a district with two plans, and one with areas but no plan.
// Every objective must keep an area of the same code and name, now of its own plan; no link of
// a roundtable or a project may be lost.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';

const BEFORE = '0016_security_hold';

let admin: pg.Client;
let pool: pg.Pool;
let name: string;
let folder: string;

/** The migrations folder as it was up to `last`: drizzle's migrator reads only the journal's entries. */
function migrationsUpTo(last: string) {
	const dir = mkdtempSync(path.join(tmpdir(), 'pdz-migrations-'));
	cpSync('drizzle', dir, { recursive: true });
	const journalFile = path.join(dir, 'meta', '_journal.json');
	const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
	const end = journal.entries.findIndex((e) => e.tag === last);
	if (end < 0) throw new Error(`migrazione ${last} non trovata`);
	journal.entries = journal.entries.slice(0, end + 1);
	writeFileSync(journalFile, JSON.stringify(journal));
	return dir;
}

beforeAll(async () => {
	const adminUrl = inject('adminUrl');
	// Named like the test files' own databases, so the global teardown drops it if this file cannot.
	name = `pdz_t${inject('template').replace('pdz_template_', '')}_areas_${process.pid}_${Date.now() % 100000}`;
	admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
	folder = migrationsUpTo(BEFORE);
	await migrate(drizzle(pool), { migrationsFolder: folder });
});

afterAll(async () => {
	await pool?.end();
	await admin?.query(`drop database if exists ${name} with (force)`);
	await admin?.end();
	if (folder) rmSync(folder, { recursive: true, force: true });
});

async function one<T>(text: string, values: unknown[] = []): Promise<T> {
	const { rows } = await pool.query(text, values);
	return rows[0] as T;
}
const id = async (text: string, values: unknown[]) => (await one<{ id: number }>(`${text} returning id`, values)).id;

describe('migration 0017: areas per plan', () => {
	it('gives each plan its own copy of the list, moving objectives and sections, keeping every link', async () => {
		expect(
			(
				await one<{ n: number }>(
					`select count(*)::int as n from information_schema.columns where table_name = 'area' and column_name = 'plan_id'`
				)
			).n
		).toBe(0);

		// Lodi, today: one list for the district, two plans whose objectives use it.
		const lodi = await id(`insert into district (slug, name) values ('lodi', 'Ambito di Lodi')`, []);
		const p2021 = await id(
			`insert into plan (district_id, slug, title, start_year, end_year, status) values ($1, '2021-2023', 'Piano 2021-2023', 2021, 2023, 'closed')`,
			[lodi]
		);
		const p2025 = await id(
			`insert into plan (district_id, slug, title, start_year, end_year, status) values ($1, '2025-2027', 'Piano 2025-2027', 2025, 2027, 'running')`,
			[lodi]
		);
		const area = (district: number, code: string, areaName: string, position: number, active = true) =>
			id(`insert into area (district_id, code, name, position, active) values ($1, $2, $3, $4, $5)`, [
				district,
				code,
				areaName,
				position,
				active
			]);
		const a = await area(lodi, 'A', 'Contrasto alla povertà', 0);
		const g = await area(lodi, 'G', 'Politiche giovanili e per i minori', 1);
		const z = await area(lodi, 'Z', 'Area dismessa', 2, false);
		const objective = (plan: number, code: string, areaId: number | null) =>
			id(`insert into objective (district_id, plan_id, kind, area_id, code, title) values ($1, $2, $3, $4, $5, $6)`, [
				lodi,
				plan,
				areaId ? 'area' : 'system',
				areaId,
				code,
				`Obiettivo ${code}`
			]);
		const objectives = {
			g2021: await objective(p2021, 'G1', g),
			a2021: await objective(p2021, 'A1', a),
			z2021: await objective(p2021, 'Z1', z),
			os2021: await objective(p2021, 'OS1', null),
			g2025: await objective(p2025, 'G1', g),
			a2025: await objective(p2025, 'A1', a)
		};
		const section2021 = await id(
			`insert into plan_section (district_id, plan_id, key, html) values ($1, $2, $3, '<p>Area G nel 2021-2023</p>')`,
			[lodi, p2021, `area-${g}`]
		);
		const section2025 = await id(
			`insert into plan_section (district_id, plan_id, key, html) values ($1, $2, $3, '<p>Area G nel 2025-2027</p>')`,
			[lodi, p2025, `area-${g}`]
		);
		const introduction = await id(
			`insert into plan_section (district_id, plan_id, key, html) values ($1, $2, 'introduction', '<p>Intro</p>')`,
			[lodi, p2021]
		);
		const roundtable = await id(`insert into roundtable (district_id, name) values ($1, 'Tavolo Immigrazione')`, [
			lodi
		]);
		await pool.query(`insert into roundtable_area (roundtable_id, area_id) values ($1, $2)`, [roundtable, g]);
		const project = await id(`insert into project (district_id, title) values ($1, 'FAMI Lab Impact')`, [lodi]);
		await pool.query(`insert into project_area (project_id, area_id) values ($1, $2), ($1, $3)`, [project, a, g]);

		// A district with its list and no plan yet.
		const crema = await id(`insert into district (slug, name) values ('crema', 'Ambito di Crema')`, []);
		const cremaAreas = [await area(crema, 'A', 'Povertà', 0), await area(crema, 'B', 'Politiche abitative', 1)];

		// What each objective's area was called before.
		const before = new Map(
			(
				await pool.query<{ id: number; code: string; name: string }>(
					`select o.id, a.code, a.name from objective o join area a on a.id = o.area_id`
				)
			).rows.map((r) => [r.id, `${r.code}) ${r.name}`])
		);

		await migrate(drizzle(pool), { migrationsFolder: 'drizzle' });

		// Every area objective keeps an area of the same code and name, of its own plan.
		const after = (
			await pool.query<{ id: number; plan_id: number; area_plan: number; code: string; name: string }>(
				`select o.id, o.plan_id, a.plan_id as area_plan, a.code, a.name from objective o join area a on a.id = o.area_id`
			)
		).rows;
		expect(after).toHaveLength(5);
		for (const o of after) {
			expect(`${o.code}) ${o.name}`).toBe(before.get(o.id));
			expect(o.area_plan).toBe(o.plan_id);
		}
		expect(
			(await one<{ area_id: number | null }>(`select area_id from objective where id = $1`, [objectives.os2021]))
				.area_id
		).toBeNull();

		// The newest plan keeps the original rows; the older one has a copy of the whole list.
		const list = async (plan: number) =>
			(
				await pool.query<{ id: number; code: string; name: string; position: number; active: boolean }>(
					`select id, code, name, position, active from area where plan_id = $1 order by position`,
					[plan]
				)
			).rows;
		const l2025 = await list(p2025);
		const l2021 = await list(p2021);
		expect(l2025.map((r) => r.id)).toEqual([a, g, z]);
		expect(l2021.map(({ code, name, position, active }) => ({ code, name, position, active }))).toEqual(
			l2025.map(({ code, name, position, active }) => ({ code, name, position, active }))
		);
		expect(l2021.some((r) => [a, g, z].includes(r.id))).toBe(false);
		const copyOf = (code: string) => l2021.find((r) => r.code === code)!.id;
		expect(
			(await one<{ area_id: number }>(`select area_id from objective where id = $1`, [objectives.g2021])).area_id
		).toBe(copyOf('G'));
		expect(
			(await one<{ area_id: number }>(`select area_id from objective where id = $1`, [objectives.z2021])).area_id
		).toBe(copyOf('Z'));
		expect(
			(await one<{ area_id: number }>(`select area_id from objective where id = $1`, [objectives.g2025])).area_id
		).toBe(g);

		// The older plan's area section points to its copy; the newest plan's and the fixed ones stay.
		const key = async (section: number) =>
			(await one<{ key: string }>(`select key from plan_section where id = $1`, [section])).key;
		expect(await key(section2021)).toBe(`area-${copyOf('G')}`);
		expect(await key(section2025)).toBe(`area-${g}`);
		expect(await key(introduction)).toBe('introduction');

		// Roundtables and projects keep their links, to the newest plan's areas.
		expect(
			(await pool.query(`select area_id from roundtable_area where roundtable_id = $1`, [roundtable])).rows
		).toEqual([{ area_id: g }]);
		expect(
			(await pool.query(`select area_id from project_area where project_id = $1 order by area_id`, [project])).rows
		).toEqual([{ area_id: a }, { area_id: g }]);

		// A district without plans keeps its list unassigned, for its first plan to take over.
		expect(
			(await pool.query(`select id, plan_id from area where district_id = $1 order by position`, [crema])).rows
		).toEqual(cremaAreas.map((areaId) => ({ id: areaId, plan_id: null })));

		// From now on a code is unique within a plan, not within the district.
		const clash = await pool
			.query(`insert into area (district_id, plan_id, code, name) values ($1, $2, 'G', 'Doppione')`, [lodi, p2021])
			.then(
				() => null,
				(e: Error) => e
			);
		expect(clash?.message).toMatch(/area_plan_id_code_index/);
	});
});
