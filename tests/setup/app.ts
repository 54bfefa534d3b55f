// Global setup for browser journeys: builds the app if needed and serves it on a free port
// against a fresh database with the demo district, as `npm start` would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildIfNeeded } from '../../scripts/build-if-needed.js';

declare module 'vitest' {
	export interface ProvidedContext {
		appUrl: string;
		/** A second instance of the app on the same database (another server behind the balancer). */
		appUrl2: string;
		/** Where the test SMTP server writes each message it receives, one file per message. */
		mailDir: string;
	}
}

/** A real SMTP server for the app under test: journeys read what it received from mailDir. */
async function startSmtp(dir: string) {
	let count = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				writeFileSync(path.join(dir, `${String(++count).padStart(4, '0')}.eml`), Buffer.concat(chunks));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	return { server, port: (server.server.address() as { port: number }).port };
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

/** Serves the built app on a free port against `databaseUrl`, as `npm start` would. */
export async function startApp(databaseUrl: string, env: Record<string, string> = {}) {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const server: ChildProcess = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			DATABASE_URL: databaseUrl,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			BODY_SIZE_LIMIT: '12M',
			// Monitoring reminders would mail the demo's owners mid-journey: a journey asks for them.
			PDZ_REMINDERS: '0',
			// Built once by the setup below: a server started mid-run must not rebuild under the others.
			PDZ_SKIP_BUILD: '1',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	let stopping = false;
	// A server that dies mid-run fails every journey after it: say why, once, where CI shows it.
	server.once('exit', (code, signal) => {
		if (!stopping)
			console.error(`Il server di prova ${origin} si è fermato (${code ?? signal}):\n${output.slice(-20_000)}`);
	});
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			if ((await fetch(origin)).ok) break;
		} catch {
			/* not up yet */
		}
		if (server.exitCode !== null || Date.now() > deadline)
			throw new Error(`Il server di prova non è partito:\n${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		origin,
		async stop() {
			if (server.exitCode !== null) return;
			stopping = true;
			server.kill('SIGTERM');
			await new Promise((r) => server.once('exit', r));
		}
	};
}

export default async function setup(project: TestProject) {
	buildIfNeeded({ quiet: true });
	const adminUrl = process.env.PDZ_TEST_ADMIN_URL!;
	const name = `pdz_e2e_${process.pid}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`drop database if exists ${name} with (force)`);
	await admin.query(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const mailDir = mkdtempSync(path.join(tmpdir(), 'pdz-mail-'));
	const smtp = await startSmtp(mailDir);
	const env = { PDZ_DEMO: '1', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
	// Two instances on one database, as behind a load balancer: the second starts once the
	// first has loaded the demo. Walls must stay live across them.
	const first = await startApp(url.toString(), env);
	const second = await startApp(url.toString(), env);
	const origin = first.origin;
	project.provide('appUrl2', second.origin);
	project.provide('appUrl', origin);
	project.provide('mailDir', mailDir);
	return async () => {
		await first.stop();
		await second.stop();
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.end();
		await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
		rmSync(mailDir, { recursive: true, force: true });
	};
}
