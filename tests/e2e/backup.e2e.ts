// The administrator downloads the district's backup; the command line restores it into a
// fresh database; another installation serves it: the pages read the same, people sign in
// with their own passwords, and a new backup is identical to the one restored.
import { describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { ADMIN, login, newContext, useBrowser, visit } from './browser';
import { startApp } from '../setup/app';

useBrowser();
const run = promisify(execFile);

const PUBLIC_PAGES = [
	'/ambiti/lodi',
	'/ambiti/lodi/piani/2021-2023',
	'/ambiti/lodi/piani/2025-2027',
	'/ambiti/lodi/servizi',
	'/ar/ambiti/lodi/servizi',
	'/ambiti/lodi/chi-fa-cosa',
	'/ambiti/lodi/dati-aperti'
];
const STAFF_PAGES = [
	'/gestione/lodi',
	'/gestione/lodi/piani/2021-2023',
	'/gestione/lodi/piani/2025-2027/versioni',
	'/gestione/lodi/tavoli',
	'/gestione/lodi/enti',
	'/gestione/lodi/progetti',
	'/gestione/lodi/servizi',
	'/gestione/lodi/utenti'
];

/** The text a reader sees on each page (links may carry other ids: the text may not differ). */
async function texts(page: Page, origin: string, paths: string[]) {
	const out: Record<string, string> = {};
	for (const p of paths) {
		const response = await page.goto(origin + p);
		expect(response?.status(), origin + p).toBe(200);
		out[p] = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	}
	return out;
}

describe('district backup and restore', () => {
	it('restores into a fresh database, whose pages read the same and whose next backup is identical', async () => {
		const context = await newContext({ acceptDownloads: true } as never);
		const page = await context.newPage();
		await login(page, ADMIN);
		await visit(page, '/gestione/lodi/registro');
		await page.getByRole('link', { name: 'Copia di sicurezza dell’ambito' }).click();
		await page.waitForURL(/copia-di-sicurezza$/);
		await visit(page, '/gestione/lodi/copia-di-sicurezza');
		const before = {
			public: await texts(page, inject('appUrl'), PUBLIC_PAGES),
			staff: await texts(page, inject('appUrl'), STAFF_PAGES)
		};
		await page.goto(inject('appUrl') + '/gestione/lodi/copia-di-sicurezza');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Scarica la copia di sicurezza/ }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^lodi-\d{4}-\d{2}-\d{2}\.pdz-backup\.json\.gz$/);
		const dir = await mkdtemp(path.join(tmpdir(), 'pdz-backup-'));
		const file = path.join(dir, download.suggestedFilename());
		await download.saveAs(file);

		// A fresh database on the same server stands for another installation.
		const name = `pdz_restore_${process.pid}`;
		const admin = new pg.Client({ connectionString: inject('adminUrl') });
		await admin.connect();
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.query(`create database ${name}`);
		const url = new URL(inject('adminUrl'));
		url.pathname = `/${name}`;
		const env = { ...process.env, DATABASE_URL: url.toString() };
		let other: Awaited<ReturnType<typeof startApp>> | undefined;
		try {
			const restored = await run(process.execPath, ['scripts/pdz.js', 'restore', file], { env });
			expect(restored.stdout).toMatch(/Ambito «lodi» ripristinato: \d+ righe, \d+ persone nuove/);
			const again = path.join(dir, 'again.json.gz');
			await run(process.execPath, ['scripts/pdz.js', 'backup', 'lodi', again], { env });
			expect((await readFile(again)).equals(await readFile(file))).toBe(true);
			// Restoring the same file again into that installation is refused with the reason.
			const twice = await run(process.execPath, ['scripts/pdz.js', 'restore', file], { env }).catch((e) => e);
			expect(twice.code).toBe(1);
			expect(twice.stderr).toMatch(/Esiste già un ambito «lodi»/);

			other = await startApp(url.toString(), { PDZ_DEMO: '0' });
			const page2 = await (await newContext()).newPage();
			expect(await texts(page2, other.origin, PUBLIC_PAGES)).toEqual(before.public);
			await page2.goto(other.origin + '/accesso');
			await page2.getByLabel('Email').fill(ADMIN);
			await page2.getByLabel('Password').fill('pdz-demo-2024');
			await page2.getByRole('button', { name: 'Accedi', exact: true }).click();
			await page2.waitForURL((u) => !u.pathname.startsWith('/accesso'));
			expect(await texts(page2, other.origin, STAFF_PAGES)).toEqual(before.staff);
		} finally {
			await other?.stop();
			await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	});
});
