// A district's full backup in pdz's own format (FORMAT.md beside this file): one gzipped JSON
// file, the same bytes for the same data whatever the installation, so that backup → restore
// → backup gives an identical file.
import { assertCan, command, districts, type Actor } from '../kernel';
import { gzip as gzipCallback } from 'node:zlib';
import { promisify } from 'node:util';
import type pg from 'pg';
import { migrationTags, withClient } from '../db';
import { NotFoundError } from '../errors';
import { exportExpression, q, readCatalog, SOFT_REFERENCES, STABLE_TEXT } from './catalog';

export const FORMAT = 'pdz-backup';
export const FORMAT_VERSION = 1;

export type Value = string | number | null | boolean | object;

export interface BackupUser {
	email: string;
	name: string;
	emailVerified: boolean;
	image: string | null;
	createdAt: string;
	updatedAt: string;
	/** The password hash (better-auth's scrypt), so that people can sign in after a move. */
	passwordHash: string | null;
}

export interface Backup {
	format: typeof FORMAT;
	formatVersion: number;
	/** The last database migration of the installation that wrote it. */
	schema: string;
	district: { slug: string; name: string; region: string; languages: string[]; createdAt: string };
	users: BackupUser[];
	tables: Record<string, { columns: string[]; rows: Value[][] }>;
}

/** The tag of the newest migration this installation knows. */
export function schemaTag(): string {
	return migrationTags().at(-1)!;
}

// Compressing runs on libuv's threads: a large backup does not hold up other requests.
const gzip = promisify(gzipCallback);

/**
 * Whose password hashes the file carries: everyone's (the installation's operator, on the
 * command line), or only of people who belong to this district alone (its administrator:
 * they may not take over accounts of other districts).
 */
export type Passwords = 'all' | 'district-only';

/** Reads the district's data in one consistent snapshot. */
export async function readBackup(slug: string, passwords: Passwords = 'all'): Promise<Backup> {
	return withClient(async (client) => {
		await client.query('begin isolation level repeatable read read only');
		try {
			await client.query(STABLE_TEXT);
			return await collect(client, slug, passwords);
		} finally {
			await client.query('rollback');
		}
	});
}

async function collect(client: pg.ClientBase, slug: string, passwords: Passwords): Promise<Backup> {
	const { rows: found } = await client.query(
		'select id, slug, name, region, languages, created_at::text as created_at from district where slug = $1',
		[slug]
	);
	const district = found[0];
	if (!district) throw new NotFoundError('Ambito');
	const tables = await readCatalog(client);

	// Raw rows with the database's ids, table by table (parents first).
	const raw = new Map<string, { ids: number[]; rows: Value[][] }>();
	for (const t of tables) {
		const select = [...(t.numbered ? ['id'] : []), ...t.columns.map(exportExpression)].join(', ');
		const where = t.scope.column === 'district_id' ? `district_id = $1` : `${q(t.scope.column)} = any($1::bigint[])`;
		const param = t.scope.column === 'district_id' ? district.id : raw.get((t.scope as { parent: string }).parent)!.ids;
		const result = await client.query({
			text: `select ${select} from ${q(t.name)} where ${where}${t.numbered ? ' order by id' : ''}`,
			values: [param],
			rowMode: 'array'
		});
		const ids = t.numbered ? result.rows.map((r) => Number(r[0])) : [];
		raw.set(t.name, { ids, rows: t.numbered ? result.rows.map((r) => r.slice(1)) : result.rows });
	}

	// People referenced anywhere, written by email.
	const userIds = new Set<string>();
	for (const t of tables)
		t.columns.forEach((c, i) => {
			if (t.references.get(c.name) === 'auth_user')
				for (const r of raw.get(t.name)!.rows) if (r[i] != null) userIds.add(String(r[i]));
		});
	const { rows: people } = await client.query(
		`select u.id, u.email, u.name, u.email_verified, u.image, u.created_at::text as created_at, u.updated_at::text as updated_at,
		        case when $2 or (exists (select 1 from membership m where m.user_id = u.id and m.district_id = $3)
		                         and not exists (select 1 from membership m where m.user_id = u.id and m.district_id <> $3))
		             then (select a.password from auth_account a where a.user_id = u.id and a.provider_id = 'credential' limit 1) end as password
		 from auth_user u where u.id = any($1::text[]) order by u.email collate "C"`,
		[[...userIds], passwords === 'all', district.id]
	);
	const emailOf = new Map(people.map((p) => [p.id as string, p.email as string]));

	// Database ids become positions (1, 2, ...) in each table's list.
	const localId = new Map<string, Map<number, number>>();
	for (const t of tables)
		if (t.numbered) localId.set(t.name, new Map(raw.get(t.name)!.ids.map((id, i) => [id, i + 1])));
	const out: Backup['tables'] = {};
	for (const t of tables) {
		const rows = raw.get(t.name)!.rows.map((r) =>
			t.columns.map((c, i) => {
				const v = r[i] as Value;
				const parent = t.references.get(c.name);
				if (!parent || v == null) return v;
				if (parent === 'auth_user') return emailOf.get(String(v)) ?? null;
				const soft = SOFT_REFERENCES.find((s) => s.table === t.name && s.column === c.name && s.key);
				if (soft) return mapKey(v as Record<string, unknown>, soft.key!, (id) => localId.get(parent)!.get(id));
				const local = localId.get(parent)!.get(Number(v));
				if (local === undefined)
					throw new Error(`Copia di sicurezza: ${t.name}.${c.name} = ${v} rimanda a una riga fuori dall'ambito`);
				return local;
			})
		);
		if (!t.numbered) rows.sort((a, b) => compare(JSON.stringify(a), JSON.stringify(b)));
		out[t.name] = { columns: t.columns.map((c) => c.name), rows };
	}
	return {
		format: FORMAT,
		formatVersion: FORMAT_VERSION,
		schema: schemaTag(),
		district: {
			slug: district.slug,
			name: district.name,
			region: district.region,
			languages: district.languages,
			createdAt: district.created_at
		},
		users: people.map((p) => ({
			email: p.email,
			name: p.name,
			emailVerified: p.email_verified,
			image: p.image,
			createdAt: p.created_at,
			updatedAt: p.updated_at,
			passwordHash: p.password
		})),
		tables: out
	};
}

/** Replaces the id under `key` of a JSON object; an id that leads nowhere becomes null. */
export function mapKey(
	value: Record<string, unknown>,
	key: string,
	map: (id: number) => number | undefined
): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || !(key in value) || value[key] == null) return value;
	return { ...value, [key]: map(Number(value[key])) ?? null };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The largest backup, unpacked: a restore reads the file as one JavaScript string, and
 * those stop at about 512 MB. (A district that grows past it needs a streaming format.)
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

/** The backup as the file: JSON with one line per row, gzipped without a date in its header. */
export async function serialise(backup: Backup): Promise<Buffer> {
	const { tables, users, ...head } = backup;
	// Line by line into buffers: no single string needs to hold the whole file.
	const lines: Buffer[] = [];
	const line = (s: string) => lines.push(Buffer.from(s + '\n', 'utf8'));
	const list = <T>(items: T[], write: (item: T) => string) =>
		items.forEach((x, i) => line(write(x) + (i < items.length - 1 ? ',' : '')));
	line('{');
	for (const [k, v] of Object.entries(head)) line(`${JSON.stringify(k)}: ${JSON.stringify(v)},`);
	line('"users": [');
	list(users, (u) => JSON.stringify(u));
	line('],');
	line('"tables": {');
	const entries = Object.entries(tables);
	entries.forEach(([name, t], i) => {
		line(`${JSON.stringify(name)}: {"columns": ${JSON.stringify(t.columns)}, "rows": [`);
		list(t.rows, (r) => JSON.stringify(r));
		line(`]}${i < entries.length - 1 ? ',' : ''}`);
	});
	line('}');
	line('}');
	const text = Buffer.concat(lines);
	if (text.length > MAX_BACKUP_BYTES)
		throw new Error(
			`I dati dell'ambito occupano ${Math.round(text.length / 1024 / 1024)} MB: oltre il limite di ${MAX_BACKUP_BYTES / 1024 / 1024} MB di una copia di sicurezza in un solo file.`
		);
	return gzip(text, { level: 9 });
}

export async function backupDistrict(slug: string, passwords: Passwords = 'all'): Promise<Buffer> {
	return serialise(await readBackup(slug, passwords));
}

/** The backup an administrator downloads; the download itself is recorded in the audit log. */
export async function staffBackup(actor: Actor, slug: string): Promise<{ bytes: Buffer; fileName: string }> {
	// Checked before the data is read; the log's row is written once the file is made (so the file does not hold it).
	assertCan(actor, 'district.backup');
	const bytes = await backupDistrict(slug, 'district-only');
	await command(actor, { can: 'district.backup' }, (c) =>
		c.audit(districts, { action: 'backup', id: c.districtId, after: { bytes: bytes.length } })
	);
	return { bytes, fileName: backupFileName(slug, new Date().toISOString().slice(0, 10)) };
}

export function backupFileName(slug: string, day: string): string {
	return `${slug}-${day}.pdz-backup.json.gz`;
}
