// The one way to reach the database: a pg pool wrapped by Drizzle, opened once per process.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: services accept both. */
export type Executor = Db | Tx;

// numeric stays a string (exact); bigint counts become numbers.
pg.types.setTypeParser(20, (v) => Number(v));

let current: { pool: pg.Pool; db: Db; url: string } | undefined;

export function connect(url: string, max = 10): Db {
	// Safety nets: a request waits at most 15 s for a connection (then fails instead of hanging
	// the app), and a transaction left idle for a minute is ended by the server.
	const pool = new pg.Pool({
		connectionString: url,
		max,
		connectionTimeoutMillis: 15_000,
		idle_in_transaction_session_timeout: 60_000
	});
	pool.on('error', (e) => console.error('[db] connessione persa:', e.message));
	current = { pool, db: drizzle(pool, { schema, casing: 'snake_case' }), url };
	return current.db;
}

export function db(): Db {
	if (!current) throw new Error('Database non inizializzato: chiamare connect() prima.');
	return current.db;
}

/** The connection string in use: for the few things that need a connection of their own (LISTEN). */
export function databaseUrl(): string {
	if (!current) throw new Error('Database non inizializzato: chiamare connect() prima.');
	return current.url;
}

/** A connection of the pool for work Drizzle does not describe (catalog queries, raw text values). */
export async function withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
	if (!current) throw new Error('Database non inizializzato: chiamare connect() prima.');
	const client = await current.pool.connect();
	try {
		return await fn(client);
	} finally {
		client.release();
	}
}

/**
 * A statement of fixed text that each connection parses and plans once, by its name: for the
 * hottest reads, whose planning would cost more than running them.
 */
export async function prepared<R extends pg.QueryResultRow>(
	name: string,
	text: string,
	values: unknown[]
): Promise<R[]> {
	if (!current) throw new Error('Database non inizializzato: chiamare connect() prima.');
	return (await current.pool.query<R>({ name, text, values })).rows;
}

export async function disconnect(): Promise<void> {
	const c = current;
	current = undefined;
	await c?.pool.end();
}

export const migrationsFolder = path.resolve(process.env.PDZ_MIGRATIONS ?? 'drizzle');

/** The tags of the migrations these sources carry, oldest first (drizzle/meta/_journal.json). */
export function migrationTags(): string[] {
	return (
		JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
			entries: { tag: string }[];
		}
	).entries.map((e) => e.tag);
}

export async function migrateDatabase(database: Db): Promise<void> {
	await migrate(database, { migrationsFolder });
}

/** Creates database `name` on the server of `url` unless it exists; returns its URL. */
export async function ensureDatabase(url: string, name: string): Promise<string> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
		if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
	} finally {
		await client.end();
	}
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}
