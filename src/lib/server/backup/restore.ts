// Restores a district's backup (backup.ts, FORMAT.md) as a new district of this installation,
// in one transaction: either all of it is there afterwards or nothing is.
import { gunzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { migrationTags, withClient } from '../db';
import { ValidationError } from '../errors';
import { SLUG } from '../../slug';
import { importExpression, q, readCatalog, SOFT_REFERENCES, STABLE_TEXT, type Table } from './catalog';
import { FORMAT, FORMAT_VERSION, mapKey, MAX_BACKUP_BYTES, type Backup, type Value } from './backup';

const newId = () => randomBytes(24).toString('base64url');

/** Unpacks and checks a backup file; the error says in Italian what is wrong with it. */
export function parseBackup(file: Buffer): Backup {
	let text: string;
	try {
		text = gunzipSync(file, { maxOutputLength: MAX_BACKUP_BYTES }).toString('utf8');
	} catch (e) {
		if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
			throw new ValidationError({
				file: `La copia, una volta decompressa, supera ${MAX_BACKUP_BYTES / 1024 / 1024} MB: è più grande di quanto questa versione di pdz sappia ripristinare.`
			});
		throw new ValidationError({
			file: 'Il file non è una copia di sicurezza di pdz (non è un file .json.gz leggibile).'
		});
	}
	let backup: Backup;
	try {
		backup = JSON.parse(text);
	} catch {
		throw new ValidationError({ file: 'La copia di sicurezza è danneggiata: il suo contenuto non è JSON valido.' });
	}
	if (backup?.format !== FORMAT) throw new ValidationError({ file: 'Il file non è una copia di sicurezza di pdz.' });
	if (!Number.isInteger(backup.formatVersion) || backup.formatVersion > FORMAT_VERSION)
		throw new ValidationError({
			file: `La copia è nel formato ${backup.formatVersion}, più recente di quello che questa installazione conosce (${FORMAT_VERSION}): aggiornare pdz prima di ripristinarla.`
		});
	if (!migrationTags().includes(backup.schema))
		throw new ValidationError({
			file: `La copia viene da una versione di pdz più recente (schema ${backup.schema}): aggiornare questa installazione prima di ripristinarla.`
		});
	const incomplete = () =>
		new ValidationError({
			file: 'La copia di sicurezza è incompleta o alterata: mancano l’ambito, le persone o parti delle tabelle.'
		});
	if (
		typeof backup.district?.slug !== 'string' ||
		!Array.isArray(backup.users) ||
		typeof backup.tables !== 'object' ||
		backup.tables === null
	)
		throw incomplete();
	if (!backup.users.every((u) => typeof u?.email === 'string' && typeof u.name === 'string')) throw incomplete();
	for (const t of Object.values(backup.tables))
		if (
			!Array.isArray(t?.columns) ||
			!Array.isArray(t.rows) ||
			!t.rows.every((r) => Array.isArray(r) && r.length === t.columns.length)
		)
			throw incomplete();
	return backup;
}

export interface RestoreResult {
	districtId: number;
	slug: string;
	rows: number;
	newUsers: number;
}

/** Restores the backup as district `slug` (the backup's own unless given), which must not exist. */
export async function restoreDistrict(file: Buffer, options: { slug?: string } = {}): Promise<RestoreResult> {
	const backup = parseBackup(file);
	const slug = options.slug ?? backup.district.slug;
	if (!SLUG.test(slug))
		throw new ValidationError({ slug: 'Identificativo non valido: lettere minuscole, cifre e trattini.' });
	return withClient(async (client) => {
		await client.query('begin');
		try {
			await client.query(STABLE_TEXT);
			const result = await restore(client, backup, slug);
			await client.query('commit');
			return result;
		} catch (e) {
			await client.query('rollback');
			if ((e as { code?: string }).code === '23505')
				throw new ValidationError({
					file: `Un dato che deve essere unico esiste già in questa installazione, o più volte nella copia (vincolo ${(e as { constraint?: string }).constraint}): ad esempio i collegamenti delle pareti e delle presenze di un ambito ancora presente. La copia va ripristinata in un'altra installazione.`
				});
			throw e;
		}
	});
}

async function restore(client: pg.ClientBase, backup: Backup, slug: string): Promise<RestoreResult> {
	const { rows: taken } = await client.query('select 1 from district where slug = $1', [slug]);
	if (taken.length)
		throw new ValidationError({
			slug: `Esiste già un ambito «${slug}» in questa installazione: scegliere un altro identificativo.`
		});
	const d = backup.district;
	const { rows: created } = await client.query(
		'insert into district (slug, name, region, languages, created_at) values ($1, $2, $3, $4, $5) returning id',
		[slug, d.name, d.region, d.languages, d.createdAt]
	);
	const districtId: number = created[0].id;

	// People: the same email is the same person; someone new keeps their password hash.
	const userId = new Map<string, string>();
	let newUsers = 0;
	for (const u of backup.users) {
		const { rows } = await client.query('select id from auth_user where email = $1', [u.email]);
		if (rows[0]) {
			userId.set(u.email, rows[0].id);
			continue;
		}
		const id = newId();
		await client.query(
			'insert into auth_user (id, name, email, email_verified, image, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7)',
			[id, u.name, u.email, u.emailVerified, u.image, u.createdAt, u.updatedAt]
		);
		if (u.passwordHash)
			await client.query(
				`insert into auth_account (id, account_id, provider_id, user_id, password, created_at, updated_at) values ($1, $2, 'credential', $2, $3, $4, $5)`,
				[newId(), id, u.passwordHash, u.createdAt, u.updatedAt]
			);
		userId.set(u.email, id);
		newUsers++;
	}

	const catalog = await readCatalog(client);
	const known = new Map(catalog.map((t) => [t.name, t]));
	for (const [name, t] of Object.entries(backup.tables)) {
		const table = known.get(name);
		if (!table)
			throw new ValidationError({
				file: `La copia contiene la tabella «${name}», che questa installazione non conosce.`
			});
		const unknown = t.columns.filter((c) => !table.columns.some((x) => x.name === c));
		if (unknown.length)
			throw new ValidationError({
				file: `La copia contiene colonne che questa installazione non conosce: ${name}.${unknown.join(', ')}.`
			});
	}

	const newIds = new Map<string, number[]>(); // table → new id of local row n at n - 1
	let count = 0;
	for (const table of catalog) {
		const data = backup.tables[table.name];
		if (!data?.rows.length) {
			newIds.set(table.name, []);
			continue;
		}
		const ids = table.numbered ? await allocate(client, table.name, data.rows.length) : [];
		newIds.set(table.name, ids);
		const toNew = (parent: string, local: number) => {
			const id = newIds.get(parent)?.[local - 1];
			if (id === undefined)
				throw new ValidationError({
					file: `La copia è incoerente: ${table.name} rimanda alla riga ${local} di ${parent}, che non c'è.`
				});
			return id;
		};
		const columns = data.columns.map((name) => table.columns.find((c) => c.name === name)!);
		const records = data.rows.map((row, r) => {
			const record: Record<string, Value> = table.numbered ? { id: ids[r] } : {};
			columns.forEach((c, i) => {
				let v = row[i];
				const parent = table.references.get(c.name);
				if (v != null && parent === 'auth_user') {
					v = userId.get(String(v)) ?? null;
					if (v === null)
						throw new ValidationError({
							file: `La copia è incoerente: ${table.name} nomina ${row[i]}, che non è nell'elenco delle persone.`
						});
				} else if (v != null && parent) {
					const soft = SOFT_REFERENCES.find((s) => s.table === table.name && s.column === c.name && s.key);
					if (soft) v = mapKey(v as Record<string, unknown>, soft.key!, (local) => newIds.get(parent)?.[local - 1]);
					else v = toNew(parent, Number(v));
				}
				record[c.name] = v;
			});
			return record;
		});
		await insert(
			client,
			table,
			columns.map((c) => c.name),
			records,
			districtId
		);
		count += records.length;
	}
	return { districtId, slug, rows: count, newUsers };
}

/** Takes n ids from the table's identity sequence, in increasing order. */
async function allocate(client: pg.ClientBase, table: string, n: number): Promise<number[]> {
	const { rows } = await client.query(
		`select nextval(pg_get_serial_sequence($1, 'id')) as id from generate_series(1, $2) order by 1`,
		[q(table), n]
	);
	return rows.map((r) => Number(r.id));
}

/**
 * Inserts records (column → backed-up value) in statements of at most about 16 MB. A table
 * that refers to itself is inserted in one statement: its rows may point to later rows, and
 * foreign keys are checked at the end of the statement.
 */
async function insert(
	client: pg.ClientBase,
	table: Table,
	names: string[],
	records: Record<string, Value>[],
	districtId: number
) {
	const columns = names.map((n) => table.columns.find((c) => c.name === n)!).map(importExpression);
	const owned = table.scope.column === 'district_id';
	const declared = [...(table.numbered ? ['"id" bigint'] : []), ...columns.map((c) => c.declared)].join(', ');
	const values = [
		...(table.numbered ? ['x."id"'] : []),
		...(owned ? [`${districtId}`] : []),
		...columns.map((c) => c.value)
	].join(', ');
	const target = [...(table.numbered ? ['id'] : []), ...(owned ? ['district_id'] : []), ...names].map(q).join(', ');
	const statement = `insert into ${q(table.name)} (${target}) ${table.numbered ? 'overriding system value ' : ''}select ${values} from jsonb_to_recordset($1::jsonb) as x(${declared})`;
	let chunk: string[] = [];
	let size = 0;
	const flush = async () => {
		if (chunk.length) await client.query(statement, [`[${chunk.join(',')}]`]);
		chunk = [];
		size = 0;
	};
	for (const r of records) {
		const json = JSON.stringify(r);
		if (size + json.length > 16 * 1024 * 1024 && ![...table.references.values()].includes(table.name)) await flush();
		chunk.push(json);
		size += json.length;
	}
	await flush();
}
