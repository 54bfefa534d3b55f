// The installation's command line, run as an operator would (a child process on a database).
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase } from './db/testing';

const run = promisify(execFile);
const pdz = (url: string, ...args: string[]) =>
	run(process.execPath, ['scripts/pdz.js', ...args], { env: { ...process.env, DATABASE_URL: url } }).then(
		(r) => ({ code: 0, ...r }),
		(e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string })
	);

describe('npm run pdz', () => {
	it('creates a district with its first administrator, lists it, and refuses bad commands', async () => {
		const database = await createTestDatabase();
		try {
			const created = await pdz(
				database.url,
				'create-district',
				'bergamo',
				'Ambito',
				'di',
				'Bergamo',
				'--admin',
				'udp@bergamo.example.it'
			);
			expect(created.code).toBe(0);
			expect(created.stdout).toContain('Ambito «bergamo» (Ambito di Bergamo) creato.');
			expect(created.stdout).toMatch(/password provvisoria: \S{16}/);
			expect((await pdz(database.url, 'districts')).stdout).toMatch(/^bergamo\s+Ambito di Bergamo \(Lombardia\)$/m);
			const twice = await pdz(database.url, 'create-district', 'bergamo', 'Altro', '--admin', 'altro@example.it');
			expect([twice.code, twice.stderr]).toEqual([
				1,
				expect.stringContaining('Esiste già un ambito con questo identificativo')
			]);
			expect((await pdz(database.url, 'create-district', 'brescia', '--admin', 'x@example.it')).code).toBe(2);
			expect((await pdz(database.url, 'restore', 'file.gz', '--slug')).code).toBe(2);
			expect((await pdz(database.url, 'restore', 'file.gz', '--slug', 'x', '--region', 'x')).code).toBe(2);
			// An administrator who cannot be created leaves no district behind.
			const bad = await pdz(database.url, 'create-district', 'cremona', 'Cremona', '--admin', 'non-una-email');
			expect(bad.code).toBe(1);
			expect((await pdz(database.url, 'districts')).stdout).not.toContain('cremona');
			// Someone who already has an account keeps their password: none is printed.
			const known = await pdz(
				database.url,
				'create-district',
				'lodi-2',
				'Lodi bis',
				'--admin',
				'udp@bergamo.example.it',
				'--name',
				'Ufficio di Piano'
			);
			expect(known.stdout).toContain('accede con la sua password di sempre');
			expect(known.stdout).not.toContain('password provvisoria');
			expect((await pdz(database.url, 'bakup', 'lodi')).code).toBe(2);
			expect((await pdz(database.url, 'backup', 'nessuno', '/tmp/x.gz')).stderr).toContain('Ambito non trovato');
		} finally {
			await database.drop();
		}
	}, 60_000);
});
