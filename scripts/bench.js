// `npm run bench`: load-tests the built app on a region-scale dataset (bench-data.js).
// Measures the public plan page, the catalogue search (as readers repeat it, and a search
// nobody made before), the staff dashboard and, as the ceiling, bare node:http servers
// sending the same bytes; then the first view after a change (a write in the district, then
// one request) of the staff dashboard, the staff home and the public plan page. Prints
// figures against the aims; never fails on them.
//
//   BENCH_SECONDS      seconds per measurement (10)     BENCH_WARMUP  warm-up seconds (3)
//   BENCH_CONNECTIONS  concurrent connections (20)      DATABASE_URL  use this server, not an embedded one
//   BENCH_NODE_ARGS    extra node flags for the app, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
//   BENCH_HOLD=1       keep the app and database up after measuring (to poke at them) until Ctrl-C
//   BENCH_FIRST_VIEWS  changes timed per page for the first view after a change (40)
//
// On a small machine the load generator (autocannon, in this process) can saturate before a
// server does on big pages: the "CPU ms/req" column gives each server's own cost per request.
//
// It also prints each page's size sent as it is, gzipped and in Brotli (the app compresses
// what the browser accepts), and the layout shift (CLS) of the public catalogue pages in
// Chromium at 390 and 1280 px, in Italian and Arabic, when Chromium is there (CHROMIUM_PATH).
//
// Everything it creates is temporary: the `pdz_bench_<pid>` database (so that runs side by
// side never share one), or the embedded server and its directory, and the processes are
// removed at the end, also on Ctrl-C. The app listens on a free port the system gives.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
	DEMO_ADMIN,
	ROOT,
	children,
	cpuBusy,
	cpuSecondsOf,
	createBenchDatabase,
	finish,
	log,
	logIn,
	onSignal,
	percentile,
	postgresCpuSeconds,
	seconds,
	startApp,
	stopChild,
	undo,
	withClient
} from './bench-common.js';

const SELF = fileURLToPath(import.meta.url);

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? Math.min(3, SECONDS));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DB_NAME = `pdz_bench_${process.pid}`;
const DISTRICT = 'ambito-01';
const PLAN = '2025-2027';
const AIMS = {
	publicShareOfBare: 0.25,
	publicP95: 20,
	dashboardP95: 50,
	firstViewP95: 120,
	newSearchRps: 300,
	newSearchP95: 100
};
const FIRST_VIEWS = Number(process.env.BENCH_FIRST_VIEWS ?? 40);
/** The catalogue search, over the region's 27,000 service texts. */
const SEARCH_TERM = 'permesso di soggiorno';
const SEARCH = `/ambiti/${DISTRICT}/servizi?q=${encodeURIComponent(SEARCH_TERM)}&lingua=ar`;
/**
 * The n-th search nobody made before: the same words with their letters in another case
 * (2^21 ways), which finds the same services but is another search to every cache.
 */
const newSearch = (n, term = SEARCH_TERM) =>
	SEARCH.replace(
		/q=[^&]*/,
		`q=${encodeURIComponent([...term].map((c, i) => ((n >> i) & 1 ? c.toUpperCase() : c)).join(''))}`
	);
/** The same, typed with two typos: found by trigram similarity, which costs the database more. */
const TYPO_TERM = 'permeso di sogiorno';
/** The district whose running plan has 510 indicators (bench-data.js), for the plan document. */
const BIG_PLAN_DISTRICT = 'ambito-02';
const DOCUMENT_AIMS = { docx: 2000, pdf: 5000 };

/** Times the generation of plan documents, one request at a time (best of three). */
async function timeDocuments(app, cookie) {
	console.log('');
	const plans = [
		['demo 2025-2027 (Lodi)', `/gestione/lodi/piani/${PLAN}`],
		['510 indicators', `/gestione/${BIG_PLAN_DISTRICT}/piani/${PLAN}`]
	];
	for (const [name, path] of plans) {
		for (const ext of ['docx', 'pdf']) {
			const times = [];
			let bytes = 0;
			for (let i = 0; i < 3; i++) {
				const t0 = performance.now();
				const res = await fetch(`${app.base}${path}/documento.${ext}`, { headers: { cookie } });
				const body = await res.arrayBuffer();
				if (res.status !== 200) throw new Error(`${path}/documento.${ext}: HTTP ${res.status}`);
				times.push(performance.now() - t0);
				bytes = body.byteLength;
			}
			const best = Math.min(...times);
			const aim = DOCUMENT_AIMS[ext];
			console.log(
				`${best <= aim ? 'PASS' : 'MISS'}  plan document ${ext.toUpperCase().padEnd(4)} ${name.padEnd(22)} ${best.toFixed(0).padStart(6)} ms (aim <= ${aim} ms, ${(bytes / 1024).toFixed(0)} KiB)`
			);
		}
	}
}

// ---- the pages measured -------------------------------------------------------------------

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

let searches = 1;
async function measure(autocannon, { name, url, headers = {}, page, pid, vary = null }) {
	// `vary`: each request a search nobody made before (the n-th), so that no cache can answer it.
	const requests = vary ? [{ setupRequest: (req) => ({ ...req, path: vary(searches++) }) }] : undefined;
	const options = { url, headers, connections: CONNECTIONS, requests };
	if (WARMUP > 0) await autocannon({ ...options, duration: WARMUP });
	// Our own latency record: autocannon reports p97.5, not p95. 2xx only, as autocannon does.
	const latencies = [];
	const cpuBefore = cpuSecondsOf(pid);
	const pgBefore = postgresCpuSeconds();
	const run = autocannon({ ...options, duration: SECONDS });
	run.on('response', (_client, status, _bytes, ms) => {
		if (status >= 200 && status < 300) latencies.push(ms);
	});
	const r = await run;
	const cpu = cpuBefore === null ? null : cpuSecondsOf(pid) - cpuBefore;
	const pgCpu = postgresCpuSeconds() - pgBefore;
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
		pgPerRequest: (pgCpu * 1000) / r.requests.total,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		ok: r['2xx'],
		non2xx: r.non2xx,
		errors: r.errors + r.timeouts,
		codes
	};
}

function printResults([pub, search, uncached, typo, dash, bare, bareSearch]) {
	const cols = [
		['target', 16, (r) => r.name],
		['req/s', 7, (r) => r.rps.toFixed(0)],
		['MiB/s', 7, (r) => r.mibps.toFixed(0)],
		['p50 ms', 8, (r) => r.p50.toFixed(1)],
		['p95 ms', 8, (r) => r.p95.toFixed(1)],
		['p99 ms', 8, (r) => r.p99.toFixed(1)],
		['CPU ms/req', 10, (r) => (r.cpuPerRequest === null ? '-' : r.cpuPerRequest.toFixed(2))],
		['PG ms/req', 9, (r) => r.pgPerRequest.toFixed(2)],
		['2xx', 7, (r) => String(r.ok)],
		['non-2xx', 7, (r) => String(r.non2xx)],
		['errors', 6, (r) => String(r.errors)]
	];
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join('  ');
	console.log('');
	console.log(line(cols.map(([h]) => h)));
	console.log('-'.repeat(cols.reduce((n, [, w]) => n + w + 2, -2)));
	for (const r of [pub, search, uncached, typo, dash, bare, bareSearch]) console.log(line(cols.map(([, , f]) => f(r))));
	console.log('');
	for (const r of [pub, search, uncached, typo, dash, bare, bareSearch]) {
		console.log(
			`  ${r.name.padEnd(16)} ${r.path} (${(r.page.body.length / 1024).toFixed(0)} KiB, ${r.page.rows} table rows)`
		);
		if (r.codes.length || r.errors)
			console.log(`  ${''.padEnd(16)} WARNING: non-2xx ${r.codes.join(', ') || '-'}; errors/timeouts ${r.errors}`);
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
	const searchShare = search.rps / bareSearch.rps;
	console.log(
		`${mark(searchShare >= AIMS.publicShareOfBare && search.p95 <= AIMS.publicP95)}  catalogue search: >= ${pct(AIMS.publicShareOfBare)} of bare throughput ` +
			`(${pct(searchShare)}) and p95 <= ${AIMS.publicP95} ms (${search.p95.toFixed(1)} ms)`
	);
	console.log(
		`${mark(uncached.rps >= AIMS.newSearchRps && uncached.p95 <= AIMS.newSearchP95)}  a search nobody made before: >= ${AIMS.newSearchRps} req/s ` +
			`(${uncached.rps.toFixed(0)}) and p95 <= ${AIMS.newSearchP95} ms (${uncached.p95.toFixed(1)} ms; p50 ${uncached.p50.toFixed(1)} ms), ${uncached.cpuPerRequest?.toFixed(1) ?? '-'} ms of app CPU and ${uncached.pgPerRequest.toFixed(1)} ms of PostgreSQL CPU each` +
			` (with typos: ${typo.rps.toFixed(0)} req/s, p95 ${typo.p95.toFixed(1)} ms)`
	);
	console.log(
		`${mark(dash.p95 <= AIMS.dashboardP95)}  dashboard: p95 <= ${AIMS.dashboardP95} ms (${dash.p95.toFixed(1)} ms)`
	);
	console.log(
		'(CPU ms/req: CPU time of the serving process only, per request; PG ms/req: of every PostgreSQL process of the machine.)'
	);
}

// ---- what compression saves, and whether the pages hold still ---------------------------

/** Each page's size as sent to a client that accepts nothing, gzip, or Brotli. */
async function printSizes(pages) {
	console.log('');
	console.log('response size (the app compresses what the browser accepts):');
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(11))).join('  ');
	console.log(line(['page', 'as it is', 'gzip', 'br', 'br saves']));
	for (const { name, url, headers = {} } of pages) {
		const size = {};
		for (const encoding of ['identity', 'gzip', 'br']) {
			// node:http, not fetch: fetch would decode the body and hide its size.
			size[encoding] = await new Promise((resolve, reject) => {
				http
					.get(url, { headers: { ...headers, 'accept-encoding': encoding } }, (res) => {
						const sent = res.headers['content-encoding'] ?? 'identity';
						if (res.statusCode !== 200 || sent !== encoding)
							reject(new Error(`${url}: HTTP ${res.statusCode}, ${sent} for ${encoding}`));
						let n = 0;
						res.on('data', (chunk) => (n += chunk.length));
						res.on('end', () => resolve(n));
					})
					.on('error', reject);
			});
		}
		const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
		console.log(
			line([
				name,
				kib(size.identity),
				kib(size.gzip),
				kib(size.br),
				`${kib(size.identity - size.br)} (${((1 - size.br / size.identity) * 100).toFixed(0)}%)`
			])
		);
	}
}

/**
 * Cumulative layout shift of the public catalogue pages in Chromium (layout-shift entries
 * without input, buffered, until the fonts are in), each page three times; the worst is printed.
 */
async function printLayoutShift(app) {
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	console.log('');
	if (!existsSync(executablePath)) return console.log(`layout shift: no Chromium at ${executablePath}, not measured`);
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--headless',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	try {
		console.log('layout shift (CLS, worst of 3 loads; aim < 0.05):');
		const paths = ['/ambiti/lodi/servizi', '/ambiti/lodi/servizi/sportello-stranieri-rifugiati'];
		for (const width of [390, 1280])
			for (const path of [...paths, ...paths.map((p) => `/ar${p}`)]) {
				let worst = 0;
				for (let i = 0; i < 3; i++) {
					const context = await browser.newContext({ viewport: { width, height: 844 } });
					const page = await context.newPage();
					await page.addInitScript(() => {
						window.__shift = 0;
						new PerformanceObserver((list) => {
							for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
						}).observe({ type: 'layout-shift', buffered: true });
					});
					await page.goto(app.base + path, { waitUntil: 'load' });
					await page.evaluate(() => document.fonts.ready);
					worst = Math.max(worst, await page.evaluate(() => window.__shift));
					await context.close();
				}
				console.log(
					`${worst < 0.05 ? 'PASS' : 'MISS'}  ${String(width).padStart(4)} px  ${path.padEnd(58)} ${worst.toFixed(3)}`
				);
			}
	} finally {
		await browser.close();
	}
}

// ---- the first view after a change -------------------------------------------------------

/**
 * A write in the district, as a command makes it: the comment on one figure of its running
 * plan changes and the district's content version goes up (which empties its page cache).
 */
function writeInDistrict(client, n) {
	return client.query(
		`with d as (update district set content_version = content_version + 1 where slug = $1 returning id)
		 update indicator_period set actual_comment = $3
		 where id = (select ip.id from indicator_period ip
		             join indicator i on i.id = ip.indicator_id join plan on plan.id = i.plan_id
		             where plan.district_id = (select id from d) and plan.slug = $2 order by ip.id limit 1)`,
		[DISTRICT, PLAN, `bench ${n}`]
	);
}

/**
 * The first view after a change, one request at a time: a write in the district, then one
 * GET, timed to its last byte (the page rendered afresh, not from the page cache). A few
 * rounds first, not counted, so that the server has compiled its code.
 */
async function firstViews(client, { name, url, headers = {}, pid }) {
	const latencies = [];
	let cpuBefore = null;
	for (let i = -5; i < FIRST_VIEWS; i++) {
		if (i === 0) cpuBefore = cpuSecondsOf(pid);
		await writeInDistrict(client, i);
		const t0 = performance.now();
		await fetchPage(url, headers);
		if (i >= 0) latencies.push(performance.now() - t0);
	}
	const cpu = cpuBefore === null ? null : cpuSecondsOf(pid) - cpuBefore;
	const sorted = Float64Array.from(latencies).sort();
	return {
		name,
		path: new URL(url).pathname,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		max: sorted[sorted.length - 1],
		cpuPerRequest: cpu === null ? null : (cpu * 1000) / FIRST_VIEWS
	};
}

function printFirstViews(views, cached) {
	console.log('');
	console.log(
		`first view after a change (a write in ${DISTRICT}, then one request; ${FIRST_VIEWS} times, one at a time):`
	);
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(16) : c.padStart(9))).join('  ');
	console.log(line(['target', 'p50 ms', 'p95 ms', 'max ms', 'CPU ms']));
	for (const v of views)
		console.log(
			line([
				v.name,
				v.p50.toFixed(1),
				v.p95.toFixed(1),
				v.max.toFixed(1),
				v.cpuPerRequest === null ? '-' : v.cpuPerRequest.toFixed(1)
			])
		);
	const mark = (ok) => (ok ? 'PASS' : 'MISS');
	const dash = views.find((v) => v.name === 'staff dashboard');
	console.log('');
	console.log(
		`${mark(cached.p95 <= AIMS.dashboardP95)}  staff dashboard, cached: p95 <= ${AIMS.dashboardP95} ms (${cached.p95.toFixed(1)} ms at ${CONNECTIONS} connections)`
	);
	console.log(
		`${mark(dash.p95 <= AIMS.firstViewP95)}  staff dashboard, first view after a change: p95 <= ${AIMS.firstViewP95} ms (${dash.p95.toFixed(1)} ms)`
	);
}

// ---- main -------------------------------------------------------------------------------

async function main() {
	process.chdir(ROOT); // buildIfNeeded and the migrations use paths relative to the project
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const [{ buildIfNeeded }, { seed }, { default: pg }, { drizzle }, { migrate }, { default: autocannon }] =
		await Promise.all([
			import('./build-if-needed.js'),
			import('./bench-data.js'),
			import('pg'),
			import('drizzle-orm/node-postgres'),
			import('drizzle-orm/node-postgres/migrator'),
			import('autocannon')
		]);

	buildIfNeeded();
	const databaseUrl = await createBenchDatabase(pg, DB_NAME);

	let t0 = performance.now();
	const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
	await migrate(drizzle(pool), { migrationsFolder: 'drizzle' });
	await pool.end();
	const counts = await withClient(pg, databaseUrl, seed);
	log(
		`dataset in ${seconds(t0)} s: ${Object.entries(counts)
			.map(([t, n]) => `${n} ${t}`)
			.join(', ')}`
	);

	t0 = performance.now();
	const app = await startApp(databaseUrl);
	log(`app ready in ${seconds(t0)} s on ${app.base} (demo district loaded)`);
	// The demo admin also administers one bench district, whose dashboard we measure.
	await withClient(pg, databaseUrl, (c) =>
		c.query(
			`insert into membership (user_id, district_id, role)
			 select u.id, d.id, 'admin' from auth_user u, district d where u.email = $1 and d.slug = any($2)`,
			[DEMO_ADMIN.email, [DISTRICT, BIG_PLAN_DISTRICT]]
		)
	);
	const cookie = await logIn(app);

	const publicUrl = `${app.base}/ambiti/${DISTRICT}/piani/${PLAN}`;
	const dashboardUrl = `${app.base}/gestione/${DISTRICT}/piani/${PLAN}`;
	const publicPage = await fetchPage(publicUrl);
	const dashboardPage = await fetchPage(dashboardUrl, { cookie });
	const searchUrl = `${app.base}${SEARCH}`;
	const searchPage = await fetchPage(searchUrl);
	const found = (p) => p.body.toString().split('data-element="service-link"').length - 1;
	if (!found(searchPage)) throw new Error(`${searchUrl}: no service found`);
	// A search nobody made before finds what the same words in lower case find.
	if (found(await fetchPage(`${app.base}${newSearch(1 << 20)}`)) !== found(searchPage))
		throw new Error(`${newSearch(1 << 20)}: not the same services as ${SEARCH}`);
	const bare = await startBare(publicPage);
	const bareSearch = await startBare(searchPage);

	const busy = await cpuBusy();
	log(
		`measuring: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s of warm-up, ${availableParallelism()} CPUs`
	);
	if (busy > 0.2)
		log(`WARNING: the machine is ${(busy * 100).toFixed(0)}% busy before we start: figures will be noisy`);
	const results = [];
	results.push(await measure(autocannon, { name: 'public page', url: publicUrl, page: publicPage, pid: app.pid }));
	results.push(await measure(autocannon, { name: 'catalogue search', url: searchUrl, page: searchPage, pid: app.pid }));
	results.push(
		await measure(autocannon, {
			name: 'search, uncached',
			url: searchUrl,
			page: searchPage,
			pid: app.pid,
			vary: newSearch
		})
	);
	results.push(
		await measure(autocannon, {
			name: 'typos, uncached',
			url: searchUrl,
			page: searchPage,
			pid: app.pid,
			vary: (n) => newSearch(n, TYPO_TERM)
		})
	);
	results.push(
		await measure(autocannon, {
			name: 'staff dashboard',
			url: dashboardUrl,
			headers: { cookie },
			page: dashboardPage,
			pid: app.pid
		})
	);
	results.push(
		await measure(autocannon, {
			name: 'bare node:http',
			url: `${bare.base}/ambiti/${DISTRICT}/piani/${PLAN}`,
			page: publicPage,
			pid: bare.pid
		})
	);
	results.push(
		await measure(autocannon, {
			name: 'bare (search)',
			url: `${bareSearch.base}${SEARCH}`,
			page: searchPage,
			pid: bareSearch.pid
		})
	);
	printResults(results);
	await printSizes([
		{ name: 'public plan page', url: publicUrl },
		{ name: 'catalogue search', url: searchUrl },
		{ name: 'staff dashboard', url: dashboardUrl, headers: { cookie } },
		{ name: 'open data (JSON)', url: `${app.base}/ambiti/${DISTRICT}/dati-aperti/servizi.json` }
	]);
	await printLayoutShift(app);
	const homeUrl = `${app.base}/gestione/${DISTRICT}`;
	const views = await withClient(pg, databaseUrl, async (client) => [
		await firstViews(client, { name: 'staff dashboard', url: dashboardUrl, headers: { cookie }, pid: app.pid }),
		await firstViews(client, { name: 'staff home', url: homeUrl, headers: { cookie }, pid: app.pid }),
		await firstViews(client, { name: 'public page', url: publicUrl, pid: app.pid })
	]);
	printFirstViews(views, results[4]);
	await timeDocuments(app, cookie);
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
		await finish();
	}
}
