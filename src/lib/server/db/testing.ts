// Test helper: gives the calling test file a database of its own, copied from the migrated
// template that tests/setup/database.ts prepares. Real PostgreSQL, never a mock.
import { afterAll, beforeAll, inject } from 'vitest';
import pg from 'pg';
import { connect, disconnect } from '.';
import { initAuth } from '../accounts';
import { stopLive } from '../wall';
import '../modules';

let counter = 0;

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const adminUrl = inject('adminUrl');
	const template = inject('template');
	const name = `pdz_t${template.replace('pdz_template_', '')}_${process.pid}_${counter++}_${Date.now() % 100000}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name} template ${template}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const c = new pg.Client({ connectionString: adminUrl });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

/** Connects the services of this test file to a fresh database of their own. */
export function useTestDatabase() {
	let drop: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const database = await createTestDatabase();
		drop = database.drop;
		connect(database.url, 5);
		await initAuth();
	});
	afterAll(async () => {
		await stopLive();
		await disconnect();
		await drop?.();
	});
}

/** The error `p` rejects with; fails the test if it resolves. */
export async function errorOf(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}
