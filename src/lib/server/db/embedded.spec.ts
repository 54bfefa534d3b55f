import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbedded } from './embedded';

async function query(url: string, sql: string) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}

describe('embedded PostgreSQL', () => {
	it('keeps its data across restarts and recovers from an owner killed with SIGKILL', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'pdz-embedded-'));
		try {
			const first = await startEmbedded(dir);
			await query(first.url, 'create table kept (v int); insert into kept values (42)');
			const orphanPid = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

			// The owning process dies without stopping its server: its pid is gone, the server runs on.
			const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim();
			writeFileSync(path.join(dir, 'pdz.pid'), dead);

			const second = await startEmbedded(dir);
			expect(() => process.kill(orphanPid, 0)).toThrow(); // the orphan was stopped
			expect(await query(second.url, 'select v from kept')).toEqual([{ v: 42 }]);
			await second.stop();
			await first.stop(); // harmless: its server is already gone
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('refuses a data directory that another running pdz owns', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'pdz-embedded-'));
		try {
			const owner = await startEmbedded(dir);
			writeFileSync(path.join(dir, 'pdz.pid'), String(process.ppid)); // a live process that is not us
			await expect(startEmbedded(dir)).rejects.toThrow(/già in uso/);
			await owner.stop();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
