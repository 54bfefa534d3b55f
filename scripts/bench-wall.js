// `npm run bench:wall`: a room of participants on one participation wall (/parete). They join
// with the room code, follow the wall's event stream, post notes and place their dots while a
// facilitator keeps voting open. Prints the fan-out latency (post → seen by every screen),
// the errors, and the vote totals checked against what was sent. Never fails on timings.
//
//   BENCH_SCENARIO      notes, room, or all (the default: notes-only rooms first, then the room)
//   BENCH_ROOMS         notes-only room sizes (100,300)  BENCH_NOTES_SECONDS  their run (60)
//   BENCH_POSTERS       of them post (40)                BENCH_RATE  notes a second between them (10)
//   BENCH_PARTICIPANTS  participants (300)              BENCH_SECONDS  seconds of posting and voting (120)
//   BENCH_RAMP          seconds over which they join (15, before the measured time)
//   BENCH_URL           use this running server instead of starting one; needs an admin login:
//   BENCH_EMAIL         BENCH_PASSWORD (the demo admin udp@lodi.demo.it / pdz-demo-2024)
//   DATABASE_URL        start the app on a `pdz_bench_wall` database there, not an embedded server
//   BENCH_NODE_ARGS     extra node flags for the app, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
//   PDZ_DB_POOL         the app's connection pool (20, as `npm run bench`)
//
// The notes-only scenario (issue 19) posts nothing but notes, on a fixed schedule, and times
// each from the moment it is sent until the last of the other participants has it. It prints
// p50/p95/p99 of that, the CPU the server process and the database's backends (read from
// /proc) used per delivered note (one note reaching one screen), and the server's RSS.
// Aims: p95 <= 5 ms at 100 participants and <= 10 ms at 300; <= 40 µs CPU per delivered note.
// The room scenario below is the one that checks the dots.
//
// Every 10 s it prints what got done; "STALLED" there means requests are waiting, none was
// answered and the app is idle: a lock or connection-pool wait, not a lack of CPU.
//
// Each participant sends its own x-forwarded-for address, as phones behind a load balancer
// would: the app it starts trusts that header (ADDRESS_HEADER=x-forwarded-for, XFF_DEPTH=1),
// so the per-address limits (600 notes a minute) do not pool the whole room. A server given
// with BENCH_URL must trust it as well, or the room shares one address and hits those limits.
//
// Each participant posts a note every 10-20 s (the app allows 20 a minute) and places exactly
// its budget of dots (5 by default) at random moments, sometimes twice on one note, and some
// move one dot (unvote, vote elsewhere). At the end each tries one dot more, which the server
// must refuse; then voting is closed and the totals are compared with what was placed.
// Screens behave like the browser's (src/lib/wall/live.svelte.ts): on `event: wall` they
// re-read GET /parete/<token>/stato, here at most one read at a time per screen; `event:
// header` (voting opened or closed) needs no re-read. After the vote closes each screen reads
// its own dots once, to check them against what it placed.
//
// Exit code: 0 when it ran, whatever the timings; 2 when requests failed or dots were lost or
// counted twice (or an extra dot was accepted); 1 when it could not run.
//
// Everything it creates is temporary when it starts its own app: the `pdz_bench_wall` database
// (or the embedded server and its directory) and the processes, also on Ctrl-C. With BENCH_URL
// the new wall stays on that server (a fresh roundtable wall per run).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import {
	DEMO_ADMIN,
	ROOT,
	busyBetween,
	cpuBusy,
	cpuSecondsOf,
	cpuTimes,
	createBenchDatabase,
	finish,
	log,
	logIn,
	onSignal,
	percentile,
	seconds,
	setLogPrefix,
	sleep,
	startApp,
	undo
} from './bench-common.js';

setLogPrefix('bench:wall');

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 300);
// The notes-only scenario (issue 19): rooms of ROOMS participants, POSTERS of whom post RATE
// notes a second between them for NOTES_SECONDS; fan-out is timed to the last of the others.
const ROOMS = (process.env.BENCH_ROOMS ?? '100,300').split(',').map(Number).filter(Boolean);
const POSTERS = Number(process.env.BENCH_POSTERS ?? 40);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const NOTES_SECONDS = Number(process.env.BENCH_NOTES_SECONDS ?? 60);
const SCENARIO = process.env.BENCH_SCENARIO ?? 'all';
const SCENARIOS = [...(SCENARIO === 'room' ? [] : ROOMS), ...(SCENARIO === 'notes' ? [] : ['room'])];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 120);
const RAMP = Number(process.env.BENCH_RAMP ?? 15);
const ACCOUNT = {
	email: process.env.BENCH_EMAIL ?? DEMO_ADMIN.email,
	password: process.env.BENCH_PASSWORD ?? DEMO_ADMIN.password
};
const DB_NAME = 'pdz_bench_wall';
const DISTRICT = 'lodi';
const ROUNDTABLE = 'Immigrazione'; // the demo "Tavolo Immigrazione"; else the first roundtable
const POST_EVERY = [10_000, 20_000]; // ms between one participant's notes
const SAME_NOTE_SHARE = 0.3; // of dots placed on a note the participant already dotted
const MOVE_SHARE = 0.2; // of participants who move one dot during the run
const SEEN_WITHIN = 5_000; // ms: a note not on every screen by then counts as late
const ACTION_TIMEOUT = 30_000;
const OVERTIME = 60_000; // ms after the run: what a stalled server has not done by then is abandoned
const AIMS = { fanoutP95: 250 };
/** The notes-only scenario's aims: p95 by room size, and server + PostgreSQL CPU per delivered note. */
const NOTE_AIMS = { p95: (n) => (n <= 100 ? 5 : 10), cpuMicros: 40 };
const MARKER = /#m(\d+)\b/;
const PHRASES = [
	'Servono mediatori culturali agli sportelli comunali',
	'Orari degli uffici compatibili con chi lavora su turni',
	'Corsi di italiano anche la sera e il sabato',
	'Una mappa unica dei servizi in più lingue',
	'Il tavolo funziona bene quando le scuole partecipano',
	'Tempi lunghi per il rinnovo dei documenti',
	'Più raccordo tra consultorio e centri di accoglienza',
	'Formazione comune per operatori di enti diversi'
];

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const between = (a, b) => a + Math.random() * (b - a);
const sorted = (values) => Float64Array.from(values).sort();

// ---- what is counted ----------------------------------------------------------------------

const errors = new Map(); // message → count
function error(what) {
	errors.set(what, (errors.get(what) ?? 0) + 1);
}
const count = {
	postsSent: 0,
	postsOk: 0,
	postsSkipped: 0,
	votesSent: 0,
	votesOk: 0,
	unvotesSent: 0,
	unvotesOk: 0,
	extraRefused: 0,
	extraAccepted: 0,
	extraSkipped: 0,
	abandoned: 0,
	uncertain: 0
};
const timing = { post: [], vote: [], join: [], refresh: [], perScreen: [] };
const streams = { events: 0, noteEvents: 0, bytes: 0, reconnects: 0 };
/** Dots placed per note, as the server confirmed them. */
const placed = new Map();
/** One record per note posted; its number is the marker `#m<n>` in the note's text. */
const posts = [];
let listeners = 0; // screens that every note must reach
let inFlight = 0; // actions sent and not answered yet
let answers = 0; // actions the server answered (anything but a timeout or a broken connection)
let stopping = false;

let app; // { base, origin, pid, output }
let backends = null; // the PostgreSQL backends of the bench database: their CPU (see backendMeter)
const everyone = []; // every participant of every scenario: their streams end with the run
let wallPath; // /parete/<token>

// ---- requests, as the wall page in a browser sends them ------------------------------------

function headersOf(who, extra = {}) {
	const headers = { origin: app.origin, 'x-forwarded-for': who.address, ...extra };
	if (who.cookie) headers.cookie = who.cookie;
	return headers;
}

const FORM = 'application/x-www-form-urlencoded';

async function getText(who, path, accept = 'text/html') {
	const res = await fetch(`${app.base}${path}`, {
		headers: headersOf(who, { accept }),
		redirect: 'manual',
		signal: AbortSignal.timeout(60_000)
	});
	const text = await res.text();
	if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}\n${text.slice(0, 300)}`);
	return text;
}

/** The messages of a failed action: `data` is devalue's flat array, errors as { field: index }. */
function failureMessage(data) {
	try {
		const values = JSON.parse(data);
		const errs = values[values[0].errors];
		return Object.values(errs)
			.map((i) => values[i])
			.join(' ');
	} catch {
		return String(data).slice(0, 120);
	}
}

/**
 * A form action of the wall with `x-sveltekit-action`, as the live page sends it. `uncertain`
 * when there was no clear answer (no response, or a server error): it may have been applied.
 */
async function action(who, name, fields) {
	const t0 = performance.now();
	inFlight++;
	try {
		const res = await fetch(`${app.base}${wallPath}?/${name}`, {
			method: 'POST',
			redirect: 'manual',
			headers: headersOf(who, { 'x-sveltekit-action': 'true', accept: 'application/json', 'content-type': FORM }),
			body: new URLSearchParams(fields),
			signal: AbortSignal.timeout(ACTION_TIMEOUT)
		});
		const text = await res.text();
		const ms = performance.now() - t0;
		answers++;
		let result;
		try {
			result = JSON.parse(text);
		} catch {
			// not an ActionResult
		}
		if (result?.type === 'success') return { ok: true, ms };
		if (result?.type === 'failure') return { ok: false, ms, message: `${name}: ${failureMessage(result.data)}` };
		return {
			ok: false,
			ms,
			uncertain: res.status >= 500,
			message: `${name}: HTTP ${res.status} ${result?.error?.message ?? text.slice(0, 100)}`
		};
	} catch (e) {
		const why = e?.name === 'TimeoutError' ? `no answer in ${ACTION_TIMEOUT / 1000} s` : (e?.cause?.code ?? e?.message);
		return { ok: false, ms: performance.now() - t0, uncertain: true, message: `${name}: ${why}` };
	} finally {
		inFlight--;
	}
}

function failed(r) {
	if (r.uncertain) count.uncertain++;
	error(r.message);
}

// ---- the facilitator ----------------------------------------------------------------------

/** Opens a new wall on the roundtable as the admin; returns what participants need to join. */
async function openWall(admin) {
	const list = await getText(admin, `/gestione/${DISTRICT}/tavoli`);
	const links = [...list.matchAll(/href="[^"]*\/tavoli\/(\d+)"[^>]*>([^<]*)</g)];
	const roundtable = links.find((l) => l[2].includes(ROUNDTABLE)) ?? links[0];
	if (!roundtable) throw new Error(`no roundtable on /gestione/${DISTRICT}/tavoli`);

	const res = await fetch(`${app.base}/gestione/${DISTRICT}/tavoli/${roundtable[1]}?/openWall`, {
		method: 'POST',
		redirect: 'manual',
		headers: headersOf(admin, { accept: 'text/html', 'content-type': FORM }),
		body: new URLSearchParams({ formId: 'wall' })
	});
	const location = res.headers.get('location') ?? '';
	if (res.status !== 303 || !/^\/parete\/[0-9a-f]{32}$/.test(location))
		throw new Error(`opening the wall: HTTP ${res.status} → ${location}\n${(await res.text()).slice(0, 300)}`);
	wallPath = location;

	const page = await getText(admin, wallPath);
	const code = /class="font-monospace">(\d{6})</.exec(page)?.[1];
	if (!code) throw new Error(`no room code on ${wallPath}`);
	const voting = await action(admin, 'voting', { open: '1' });
	if (!voting.ok) throw new Error(`opening the vote: ${voting.message}`);
	const state = JSON.parse(await getText(admin, `${wallPath}/stato`, 'application/json'));
	// The member organisations a guest chooses from, as the join form lists them.
	const guestPage = await getText({ address: '10.0.0.2' }, wallPath);
	const select = /<select[^>]*name="organisationId"[\s\S]*?<\/select>/.exec(guestPage)?.[0] ?? '';
	const organisations = [...select.matchAll(/value="(\d+)"/g)].map((m) => m[1]);
	return {
		roundtable: roundtable[2].trim(),
		code,
		budget: state.wall.dotBudget,
		votingOpen: state.wall.votingOpen,
		columns: state.columns.map((c) => String(c.id)),
		themes: state.themes.map((t) => String(t.id)),
		organisations
	};
}

// ---- a participant's screen: the event stream -----------------------------------------------

/** Like the browser's: one read at a time, and one more if `wall` came meanwhile. */
function refresh(p) {
	if (p.refreshing) {
		p.refreshAgain = true;
		return;
	}
	p.refreshing = (async () => {
		do {
			p.refreshAgain = false;
			const started = performance.now();
			try {
				const state = JSON.parse(await getText(p, `${wallPath}/stato`, 'application/json'));
				p.state = { at: started, votes: state.me.votes, votingOpen: state.wall.votingOpen };
				timing.refresh.push(performance.now() - started);
			} catch (e) {
				if (!stopping) error(`state: ${e?.name === 'TimeoutError' ? 'no answer in 60 s' : e.message.split('\n')[0]}`);
			}
		} while (p.refreshAgain && !stopping);
		p.refreshing = null;
	})();
}

function sawPost(n, p, now) {
	const post = posts[n];
	if (!post || post.seen[p.i] || p.i === post.poster) return;
	post.seen[p.i] = 1;
	post.count++;
	const ms = now - post.t0;
	timing.perScreen.push(ms);
	if (post.count === post.need) post.all = ms;
}

function onEvent(p, event, data, now) {
	if (p.gone) return;
	streams.events++;
	switch (event) {
		case 'ready':
			if (p.readyOnce) refresh(p); // after a reconnection, as the browser does
			p.readyOnce = true;
			p.onReady();
			break;
		case 'note': {
			streams.noteEvents++;
			const note = JSON.parse(data);
			if (!p.votes.has(note.id)) {
				p.known.push(note.id);
				const m = MARKER.exec(note.body);
				if (m) sawPost(Number(m[1]), p, now);
			}
			p.votes.set(note.id, note.votes);
			break;
		}
		case 'votes': {
			const { id, votes } = JSON.parse(data);
			if (p.votes.has(id)) p.votes.set(id, votes);
			break;
		}
		case 'removed':
			p.votes.delete(JSON.parse(data).id);
			break;
		case 'stats':
			p.stats = JSON.parse(data);
			break;
		case 'header':
			p.header = { at: now, ...JSON.parse(data) }; // opening or closing the vote: no re-read needed
			break;
		case 'wall':
			refresh(p);
			break;
	}
}

/** Reads one stream until it ends; events in one chunk share the chunk's arrival time. */
async function consume(p, body) {
	const decoder = new TextDecoder();
	let buffer = '';
	for await (const chunk of body) {
		const now = performance.now();
		streams.bytes += chunk.length;
		buffer += decoder.decode(chunk, { stream: true });
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			let event = 'message';
			let data = '';
			for (const line of block.split('\n')) {
				if (line.startsWith('event:')) event = line.slice(6).trim();
				else if (line.startsWith('data:')) data += (data ? '\n' : '') + line.slice(line[5] === ' ' ? 6 : 5);
			}
			if (data) onEvent(p, event, data, now); // heartbeats (": ") and "retry:" carry no data
		}
	}
}

/** Follows the wall's events until the end; reconnects after 2 s, as EventSource does. */
async function listen(p) {
	while (!stopping && !p.gone) {
		const controller = new AbortController();
		p.abort = () => controller.abort();
		try {
			const res = await fetch(`${app.base}${wallPath}/eventi`, {
				headers: headersOf(p, { accept: 'text/event-stream' }),
				signal: controller.signal
			});
			if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
			await consume(p, res.body);
			if (!stopping) error('stream: ended by the server');
		} catch (e) {
			if (stopping || p.gone) return;
			error(`stream: ${e?.cause?.code ?? e?.message}`);
		}
		if (stopping || p.gone) return;
		streams.reconnects++;
		await sleep(2000);
	}
}

// ---- a participant: joining, posting, voting ---------------------------------------------

function participant(i, wall) {
	const organisation =
		i % (wall.organisations.length + 1) < wall.organisations.length
			? wall.organisations[i % (wall.organisations.length + 1)]
			: 'other';
	let onReady;
	const ready = new Promise((r) => (onReady = r));
	return {
		i,
		name: `Partecipante ${i + 1}`,
		address: `10.${1 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`,
		organisation,
		cookie: null,
		ready,
		onReady,
		readyOnce: false,
		abort: () => {},
		known: [], // note ids seen on this screen, in order
		votes: new Map(), // note id → dots, as this screen's last `note` event said
		stats: null,
		header: null, // the last `header` event: { at, votingOpen, ... }
		state: null, // the last GET /stato: { at, votes (mine), votingOpen }
		refreshing: null,
		refreshAgain: false,
		mine: new Map(), // note id → dots this participant placed (confirmed)
		notes: 0,
		budget: wall.budget,
		joined: false,
		gone: false // could not join: its stream is closed and it takes no part
	};
}

async function join(p, wall) {
	const t0 = performance.now();
	const res = await fetch(`${app.base}${wallPath}?/join`, {
		method: 'POST',
		redirect: 'manual',
		headers: headersOf(p, { accept: 'text/html', 'content-type': FORM }),
		body: new URLSearchParams({
			code: wall.code,
			organisationId: p.organisation,
			organisationOther: p.organisation === 'other' ? `Associazione di prova ${p.i % 7}` : '',
			name: p.name
		}),
		signal: AbortSignal.timeout(60_000)
	});
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('pdz_parete='));
	const text = await res.text();
	if (res.status !== 303 || !cookie) throw new Error(`join: HTTP ${res.status} ${text.slice(0, 200)}`);
	p.cookie = cookie;
	await getText(p, wallPath); // the browser follows the redirect to the wall page
	void listen(p);
	const timeout = sleep(60_000).then(() => {
		throw new Error('join: no `ready` on the event stream in 60 s');
	});
	await Promise.race([p.ready, timeout]);
	p.joined = true;
	timing.join.push(performance.now() - t0);
}

function setPlaced(p, noteId, delta) {
	placed.set(noteId, (placed.get(noteId) ?? 0) + delta);
	p.mine.set(noteId, (p.mine.get(noteId) ?? 0) + delta);
	if (!p.mine.get(noteId)) p.mine.delete(noteId);
}

/** Posts one note; `others`: it must reach that many screens besides the poster's (else every screen). */
async function post(p, wall, others) {
	const n = posts.length;
	const record = {
		t0: 0,
		seen: new Uint8Array(Math.max(PARTICIPANTS, ...ROOMS)),
		count: 0,
		need: others ?? listeners,
		poster: others === undefined ? -1 : p.i,
		all: NaN,
		ok: false
	};
	posts.push(record);
	p.notes++;
	const body = `${pick(PHRASES)} (nota ${p.notes} di ${p.name}) #m${n}`;
	count.postsSent++;
	record.t0 = performance.now();
	const r = await action(p, 'post', {
		columnId: pick(wall.columns),
		themeId: pick(wall.themes),
		body,
		authorName: p.name,
		clientKey: randomUUID()
	});
	timing.post.push(r.ms);
	if (r.ok) {
		record.ok = true;
		count.postsOk++;
	} else failed(r);
	return r;
}

/** A note to dot: sometimes one already dotted, else any note this screen has seen. */
function noteToVote(p) {
	if (p.mine.size && Math.random() < SAME_NOTE_SHARE) return pick([...p.mine.keys()]);
	return p.known.length ? pick(p.known) : undefined;
}

async function vote(p, { extra = false } = {}) {
	if (extra && [...p.mine.values()].reduce((a, b) => a + b, 0) !== p.budget) {
		count.extraSkipped++; // its budget is not full (failed dots): one more would be allowed
		return;
	}
	const noteId = noteToVote(p);
	if (noteId === undefined) return error('vote: no note seen to vote on');
	count.votesSent++;
	const r = await action(p, 'vote', { noteId: String(noteId) });
	timing.vote.push(r.ms);
	if (r.ok) {
		count.votesOk++;
		setPlaced(p, noteId, 1);
		if (extra) count.extraAccepted++;
	} else if (extra && r.message.includes('Hai già usato')) count.extraRefused++;
	else failed(r);
}

/** Takes one dot back and places it elsewhere. */
async function move(p) {
	if (!p.mine.size) return;
	const noteId = pick([...p.mine.keys()]);
	count.unvotesSent++;
	const r = await action(p, 'unvote', { noteId: String(noteId) });
	timing.vote.push(r.ms);
	if (r.ok) {
		count.unvotesOk++;
		setPlaced(p, noteId, -1);
	} else failed(r);
	await vote(p);
}

/** What one participant does during the run, at random moments. */
function plan(budget, runMs) {
	const acts = [];
	for (let t = between(0, Math.min(15_000, runMs / 2)); t < runMs; t += between(...POST_EVERY))
		acts.push({ at: t, kind: 'post' });
	for (let k = 0; k < budget; k++) acts.push({ at: between(0.05, 0.9) * runMs, kind: 'vote' });
	if (Math.random() < MOVE_SHARE) acts.push({ at: between(0.5, 0.95) * runMs, kind: 'move' });
	return acts.sort((a, b) => a.at - b.at);
}

/**
 * Runs one plan; a slow server delays it. Late notes are skipped, dots are placed anyway
 * (a second later when this screen has no note yet), unless the server is so far behind that
 * the run has overrun by OVERTIME.
 */
async function act(p, wall, acts, t0, runMs) {
	while (acts.length) {
		const a = acts.shift();
		const wait = t0 + a.at - performance.now();
		if (wait > 0) await sleep(wait);
		if (performance.now() - t0 > runMs + OVERTIME) {
			count.abandoned += acts.length + 1;
			return;
		}
		if (a.kind === 'post') {
			if (performance.now() - t0 > runMs) count.postsSkipped++;
			else await post(p, wall);
		} else if (!p.known.length) {
			acts.push({ ...a, at: performance.now() - t0 + 1000 });
			acts.sort((x, y) => x.at - y.at);
		} else if (a.kind === 'vote') await vote(p);
		else await move(p);
	}
}

/** A line every 10 s while `phase` runs, so that a server falling behind shows early. */
function progress(phase, pid) {
	const t0 = performance.now();
	let cpu = cpuSecondsOf(pid);
	let machine = cpuTimes();
	let answered = answers;
	const timer = setInterval(() => {
		const nowCpu = cpuSecondsOf(pid);
		const nowMachine = cpuTimes();
		const share = cpu === null ? null : (nowCpu - cpu) / 10;
		const nowAnswered = answers;
		// Waiting requests, no answer at all, and an idle server: locks or an exhausted pool, not CPU.
		const stalled = inFlight && nowAnswered === answered && share !== null && share < 0.1;
		log(
			`  ${phase} ${seconds(t0)} s: ${count.postsOk} notes, ${count.votesOk - count.unvotesOk} dots, ${inFlight} actions waiting, ` +
				`${timing.refresh.length} wall re-reads, ${[...errors.values()].reduce((a, b) => a + b, 0)} errors; ` +
				`app CPU ${share === null ? '-' : `${(share * 100).toFixed(0)}%`}, machine ${(busyBetween(machine, nowMachine) * 100).toFixed(0)}%` +
				(stalled ? '  — STALLED: nothing answered in 10 s while the app is idle' : '')
		);
		cpu = nowCpu;
		machine = nowMachine;
		answered = nowAnswered;
	}, 10_000);
	return () => clearInterval(timer);
}

async function waitUntil(test, ms, step = 100) {
	const until = performance.now() + ms;
	while (!test() && performance.now() < until) await sleep(step);
	return test();
}

/** Clears what the previous scenario counted. */
function resetCounts() {
	errors.clear();
	for (const k of Object.keys(count)) count[k] = 0;
	for (const k of Object.keys(timing)) timing[k] = [];
	for (const k of Object.keys(streams)) streams[k] = 0;
	placed.clear();
	posts.length = 0;
	listeners = 0;
}

/** The participants of a scenario close their streams. */
function leave(participants) {
	for (const p of participants) {
		p.gone = true;
		p.abort();
	}
}

// ---- the notes-only scenario ------------------------------------------------------------------

/** The resident memory of a process, now and at its peak, in MiB (Linux /proc; null elsewhere). */
function rssOf(pid) {
	if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
	return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/**
 * The CPU of the PostgreSQL backends serving the bench database, read from /proc every second:
 * a backend that ends (the pool closes idle connections) keeps what it had used when last seen,
 * one that starts counts from zero. Null when they cannot be read (another machine).
 */
async function backendMeter(pg, url) {
	const client = new pg.Client({ connectionString: url });
	client.on('error', () => {});
	await client.connect();
	undo.push(() => client.end().catch(() => {}));
	const seen = new Map(); // pid → CPU seconds when last read
	let base = new Map();
	const sample = async () => {
		const { rows } = await client.query(
			// The app's connections: not autovacuum, not this meter.
			"select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()"
		);
		for (const { pid } of rows) {
			const cpu = cpuSecondsOf(pid);
			if (cpu !== null) seen.set(pid, cpu);
		}
	};
	let timer;
	return {
		async start() {
			await sample();
			base = new Map(seen);
			timer = setInterval(() => void sample().catch(() => {}), 1000);
		},
		/** CPU seconds used since start(). */
		async stop() {
			clearInterval(timer);
			await sample().catch(() => {});
			let total = 0;
			for (const [pid, cpu] of seen) total += cpu - (base.get(pid) ?? 0);
			return total;
		}
	};
}

/** Participants join over RAMP seconds and follow the stream; returns those who could. */
async function seat(wall, n) {
	log(`${n} participants join over ${RAMP} s…`);
	const t0 = performance.now();
	const participants = [];
	for (let i = 0; i < n; i++) participants.push(participant(i, wall));
	everyone.push(...participants);
	const stopProgress = progress('joining', app.pid);
	const joins = await Promise.allSettled(
		participants.map(async (p) => {
			await sleep((p.i * RAMP * 1000) / n);
			await join(p, wall).catch((e) => {
				p.gone = true;
				p.abort();
				throw e;
			});
		})
	);
	for (const j of joins) if (j.status === 'rejected') error(j.reason?.message?.split('\n')[0] ?? String(j.reason));
	const room = participants.filter((p) => p.joined);
	if (!room.length) throw new Error(`nobody could join: ${[...errors.keys()].join('; ')}`);
	await waitUntil(() => room.every((p) => !p.refreshing), 120_000);
	stopProgress();
	log(`${room.length} joined in ${seconds(t0)} s (join → stream ready p95 ${stats(timing.join).p95.toFixed(0)} ms)`);
	return { participants, room };
}

/**
 * Issue 19's scenario: POSTERS of `n` participants post RATE notes a second between them for
 * NOTES_SECONDS, nothing else; each note is timed from the moment it is sent until the last of
 * the other participants has it. Prints the fan-out, and the server's and PostgreSQL's CPU per
 * delivered note (one note reaching one screen).
 */
async function runNotes(adminWho, n) {
	const wall = await openWall(adminWho);
	log(`notes only: ${n} participants, ${POSTERS} posting ${RATE} notes/s for ${NOTES_SECONDS} s on ${wallPath}`);
	const busyBefore = await cpuBusy();
	if (busyBefore > 0.2)
		log(`WARNING: the machine is ${(busyBefore * 100).toFixed(0)}% busy before we start: figures will be noisy`);
	const { participants, room } = await seat(wall, n);
	listeners = room.length;
	const posters = room.slice(0, Math.min(POSTERS, room.length));
	const every = (posters.length / RATE) * 1000; // ms between one poster's notes
	await sleep(1000);

	const loop = monitorEventLoopDelay({ resolution: 10 });
	loop.enable();
	const machine0 = cpuTimes();
	const bench0 = process.cpuUsage();
	const app0 = cpuSecondsOf(app.pid);
	await backends?.start();
	const runMs = NOTES_SECONDS * 1000;
	const t0 = performance.now();
	const stopProgress = progress('notes', app.pid);
	const sent = [];
	await Promise.all(
		posters.map(async (p, k) => {
			for (let at = (k * 1000) / RATE; at < runMs; at += every) {
				const wait = t0 + at - performance.now();
				if (wait > 0) await sleep(wait);
				sent.push(post(p, wall, listeners - 1));
			}
		})
	);
	await Promise.all(sent);
	const done = posts.filter((p) => p.ok);
	await waitUntil(() => done.every((p) => p.count === p.need), SEEN_WITHIN);
	const runSeconds = (performance.now() - t0) / 1000;
	stopProgress();
	const appCpu = app0 === null ? null : cpuSecondsOf(app.pid) - app0;
	const pgCpu = backends ? await backends.stop() : null;
	const busy = busyBetween(machine0, cpuTimes());
	const benchCpu = Object.values(process.cpuUsage(bench0)).reduce((a, b) => a + b, 0) / 1e6;
	loop.disable();
	const memory = rssOf(app.pid);

	const delivered = done.reduce((a, p) => a + p.count, 0);
	const fanout = stats(done.filter((p) => p.count === p.need).map((p) => p.all));
	const missing = done.filter((p) => p.count < p.need).length;
	const errorTotal = [...errors.values()].reduce((a, b) => a + b, 0);
	const us = (cpu) => (cpu === null || !delivered ? null : (cpu * 1e6) / delivered);
	const perNote = { app: us(appCpu), pg: us(pgCpu) };
	const f = (x, d = 1) => (x === null || !Number.isFinite(x) ? '-' : x.toFixed(d));
	console.log('');
	console.log(
		`notes only, ${room.length} participants (${posters.length} posting ${RATE}/s for ${NOTES_SECONDS} s): ${count.postsOk} notes of ${count.postsSent}, ${missing} not on every screen`
	);
	console.log(
		`  fan-out to the last of the other ${room.length - 1}: p50 ${f(fanout.p50)} ms, p95 ${f(fanout.p95)} ms, p99 ${f(fanout.p99)} ms, max ${f(fanout.max)} ms (${fanout.n} notes)`
	);
	const one = stats(timing.perScreen);
	const answer = stats(timing.post);
	console.log(
		`  post → one screen p50 ${f(one.p50)} / p95 ${f(one.p95)} ms; post action answered p50 ${f(answer.p50)} / p95 ${f(answer.p95)} ms`
	);
	console.log(
		`  CPU per delivered note (${delivered} deliveries): server ${f(perNote.app)} µs + PostgreSQL ${f(perNote.pg)} µs = ${f(perNote.app === null ? null : perNote.app + (perNote.pg ?? 0))} µs` +
			`  (server ${f(appCpu === null ? null : (appCpu / runSeconds) * 100, 0)}% of a core, PostgreSQL backends ${f(pgCpu === null ? null : (pgCpu / runSeconds) * 100, 0)}%)`
	);
	console.log(
		`  server RSS ${f(memory?.rss, 0)} MiB (peak ${f(memory?.peak, 0)}); machine ${(busy * 100).toFixed(0)}% busy (${availableParallelism()} CPUs); ` +
			`load generator ${((benchCpu / runSeconds) * 100).toFixed(0)}% of a core, event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms`
	);
	console.log(`  errors: ${errorTotal}`);
	for (const [what, k] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 8))
		console.log(`  ${String(k).padStart(6)} × ${what}`);
	const mark = (ok) => (ok ? 'PASS' : 'MISS');
	const total = perNote.app === null ? null : perNote.app + (perNote.pg ?? 0);
	console.log(
		`${mark(fanout.p95 <= NOTE_AIMS.p95(n))}  fan-out p95 <= ${NOTE_AIMS.p95(n)} ms at ${n} (${f(fanout.p95)} ms)`
	);
	console.log(
		`${mark(total !== null && total <= NOTE_AIMS.cpuMicros)}  server + PostgreSQL CPU <= ${NOTE_AIMS.cpuMicros} µs per delivered note (${f(total)} µs)`
	);
	console.log(
		`${mark(errorTotal === 0 && !missing)}  no errors, every note on every screen (${errorTotal} errors, ${missing} missing)`
	);
	console.log('');
	if (errorTotal || missing) process.exitCode = 2;
	leave(participants);
	await sleep(1000);
}

// ---- the report ---------------------------------------------------------------------------

function stats(values) {
	const s = sorted(values);
	return {
		n: s.length,
		p50: percentile(s, 50),
		p95: percentile(s, 95),
		p99: percentile(s, 99),
		max: s.length ? s[s.length - 1] : NaN
	};
}

function printReport(r) {
	const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : '-');
	const cols = [
		['measure', 38, (row) => row.name],
		['p50 ms', 8, (row) => ms(row.s.p50)],
		['p95 ms', 8, (row) => ms(row.s.p95)],
		['p99 ms', 8, (row) => ms(row.s.p99)],
		['max ms', 8, (row) => ms(row.s.max)],
		['count', 8, (row) => String(row.s.n)],
		['', 0, (row) => row.note ?? '']
	];
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join('  ');
	console.log('');
	console.log(line(cols.map(([h]) => h)));
	console.log('-'.repeat(cols.reduce((n, [, w]) => n + w + 2, -2)));
	for (const row of r.rows) console.log(line(cols.map(([, , f]) => f(row))));
	console.log('');
	const pct = (x) => `${(x * 100).toFixed(0)}%`;
	console.log(
		`notes: ${count.postsOk} posted of ${count.postsSent} sent (${count.postsSkipped} skipped: their moment came after the end); ${r.notesStored} on the wall`
	);
	if (count.abandoned)
		console.log(
			`       ${count.abandoned} planned notes and dots ABANDONED: the server was still behind ${OVERTIME / 1000} s after the end`
		);
	console.log(
		`       ${r.late} not on all ${listeners} screens within ${SEEN_WITHIN / 1000} s, ${r.missing} never reached all of them`
	);
	console.log(
		`dots:  ${count.votesOk} placed, ${count.unvotesOk} taken back (moves) → ${r.expected} expected on ${placed.size} notes; ` +
			`extra dot refused ${count.extraRefused}/${r.participants - count.extraSkipped}${count.extraAccepted ? `, ACCEPTED ${count.extraAccepted}` : ''}` +
			`${count.extraSkipped ? ` (${count.extraSkipped} with dots missing did not try)` : ''}`
	);
	if (r.counted === null) console.log('       wall totals (GET /stato): COULD NOT BE READ');
	else
		console.log(`       wall totals (GET /stato): ${r.counted} counted — lost ${r.lost}, double-counted ${r.double}`);
	console.log(
		`       per participant (me.votes): ${r.personMismatch} of ${r.personChecked} differ from what they placed${r.personUnchecked ? ` (${r.personUnchecked} not re-read after closing)` : ''}`
	);
	console.log(
		`       screens (last note event of each note): ${r.staleCounts} stale counts on ${r.staleScreens} screens; last stats event wrong on ${r.staleStats}`
	);
	if (count.uncertain)
		console.log(
			`       ${count.uncertain} actions got no clear answer and may have been applied: a difference above may come from them`
		);
	console.log(`errors: ${r.errorTotal}`);
	for (const [what, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 12))
		console.log(`  ${String(n).padStart(6)} × ${what}`);
	console.log(
		`stream: ${streams.events} events (${streams.noteEvents} notes), ${(streams.bytes / 2 ** 20).toFixed(1)} MiB, ${streams.reconnects} reconnections`
	);
	console.log(
		`joining: ${r.participants} in ${r.joinSeconds} s; screens re-read the wall ${r.joinRefreshes} times meanwhile (on \`event: wall\`); ` +
			`closing the vote: ${r.closeSeconds === null ? 'NOT heard by every screen within 60 s' : `heard by all ${listeners} screens in ${r.closeSeconds} s`}`
	);
	console.log(
		`CPU during the run (${r.runSeconds} s, ${availableParallelism()} CPUs): machine ${pct(r.busy)} busy; app ${r.appCpu === null ? '-' : `${pct(r.appCpu / r.runSeconds)} of a core`}; ` +
			`this load generator ${pct(r.benchCpu / r.runSeconds)} of a core, its event-loop delay p99 ${r.loopP99.toFixed(0)} ms (max ${r.loopMax.toFixed(0)})`
	);
	const mark = (ok) => (ok ? 'PASS' : 'MISS');
	console.log('');
	console.log(
		`${mark(r.fanout.p95 <= AIMS.fanoutP95)}  fan-out p95 <= ${AIMS.fanoutP95} ms (${ms(r.fanout.p95)} ms, post → seen by all ${listeners} screens)`
	);
	console.log(`${mark(r.errorTotal === 0)}  no errors (${r.errorTotal})`);
	console.log(
		`${mark(r.lost === 0 && r.double === 0 && !count.extraAccepted)}  no dot lost or counted twice (lost ${r.lost ?? '?'}, double-counted ${r.double ?? '?'}, extra accepted ${count.extraAccepted})`
	);
}

// ---- main ---------------------------------------------------------------------------------

async function main() {
	process.chdir(ROOT); // buildIfNeeded and the migrations use paths relative to the project
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const adminWho = { address: '10.0.0.1', cookie: null };

	let t0 = performance.now();
	if (process.env.BENCH_URL) {
		const base = new URL(process.env.BENCH_URL).origin;
		app = { base, origin: base, pid: null, output: () => '' };
		log(`using the running server ${base}`);
	} else {
		const [{ buildIfNeeded }, { default: pg }] = await Promise.all([import('./build-if-needed.js'), import('pg')]);
		buildIfNeeded();
		const databaseUrl = await createBenchDatabase(pg, DB_NAME);
		backends = await backendMeter(pg, databaseUrl);
		app = await startApp(databaseUrl, {
			env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
			headers: { 'x-forwarded-for': adminWho.address }
		});
		log(`app ready in ${seconds(t0)} s on ${app.base} (demo district loaded)`);
	}
	// Streams end before the app stops: it would otherwise wait for them (SHUTDOWN_TIMEOUT).
	undo.push(() => {
		stopping = true;
		for (const p of everyone) p.abort();
	});

	adminWho.cookie = await logIn(app, ACCOUNT, { 'x-forwarded-for': adminWho.address });
	for (const scenario of SCENARIOS) {
		resetCounts();
		if (scenario === 'room') await runRoom(adminWho);
		else await runNotes(adminWho, scenario);
	}
}

/** The present scenario: everyone joins, posts and places their dots; the dots are checked. */
async function runRoom(adminWho) {
	let t0;
	const wall = await openWall(adminWho);
	log(
		`wall ${wallPath} on "${wall.roundtable}": code ${wall.code}, ${wall.columns.length} columns × ${wall.themes.length} themes, ${wall.budget} dots each, ${wall.organisations.length} member organisations, voting ${wall.votingOpen ? 'open' : 'CLOSED'}`
	);

	// ---- joining, spread over RAMP seconds
	const busyBefore = await cpuBusy();
	if (busyBefore > 0.2)
		log(`WARNING: the machine is ${(busyBefore * 100).toFixed(0)}% busy before we start: figures will be noisy`);
	log(`${PARTICIPANTS} participants join over ${RAMP} s…`);
	t0 = performance.now();
	const participants = [];
	for (let i = 0; i < PARTICIPANTS; i++) participants.push(participant(i, wall));
	everyone.push(...participants);
	let stopProgress = progress('joining', app.pid);
	const joins = await Promise.allSettled(
		participants.map(async (p) => {
			await sleep((p.i * RAMP * 1000) / PARTICIPANTS);
			await join(p, wall).catch((e) => {
				p.gone = true;
				p.abort();
				throw e;
			});
		})
	);
	for (const j of joins) if (j.status === 'rejected') error(j.reason?.message?.split('\n')[0] ?? String(j.reason));
	const room = participants.filter((p) => p.joined);
	listeners = room.length;
	if (!room.length) throw new Error(`nobody could join: ${[...errors.keys()].join('; ')}`);
	await waitUntil(() => room.every((p) => !p.refreshing), 120_000);
	stopProgress();
	const joinSeconds = seconds(t0);
	const joinRefreshes = timing.refresh.length;
	log(
		`${room.length} joined in ${joinSeconds} s (join → stream ready p95 ${stats(timing.join).p95.toFixed(0)} ms); the wall was re-read ${joinRefreshes} times`
	);

	// ---- the run: posting and voting
	const runMs = SECONDS * 1000;
	log(`posting and voting for ${SECONDS} s…`);
	const loop = monitorEventLoopDelay({ resolution: 10 });
	loop.enable();
	const machine0 = cpuTimes();
	const bench0 = process.cpuUsage();
	const app0 = cpuSecondsOf(app.pid);
	t0 = performance.now();
	const runStart = t0;
	stopProgress = progress('run', app.pid);
	await Promise.all(room.map((p) => act(p, wall, plan(wall.budget, runMs), runStart, runMs)));
	const runSeconds = (performance.now() - t0) / 1000;
	stopProgress();
	const busy = busyBetween(machine0, cpuTimes());
	const benchCpu = Object.values(process.cpuUsage(bench0)).reduce((a, b) => a + b, 0) / 1e6;
	const appCpu = app0 === null ? null : cpuSecondsOf(app.pid) - app0;
	loop.disable();
	const done = posts.filter((p) => p.ok);
	await waitUntil(() => done.every((p) => p.count === listeners), SEEN_WITHIN);
	log(`run over after ${runSeconds.toFixed(1)} s: ${count.postsOk} notes, ${count.votesOk} dots`);

	// ---- one dot too many each, then the vote closes
	log('each participant tries one dot more (the server must refuse it)…');
	await Promise.all(room.map((p) => sleep((p.i * 2000) / room.length).then(() => vote(p, { extra: true }))));
	await sleep(1000);
	t0 = performance.now();
	const closing = await action(adminWho, 'voting', { open: '0' });
	if (!closing.ok) failed(closing);
	// Every screen hears the vote close in a `header` event; then each reads its own dots once.
	const heard =
		closing.ok &&
		(await waitUntil(
			() => room.every((p) => p.gone || (p.header && p.header.at >= t0 && p.header.votingOpen === false)),
			60_000
		));
	const closeSeconds = heard ? seconds(t0) : null;
	await Promise.all(room.map((p) => sleep((p.i * 2000) / room.length).then(() => refresh(p))));
	await waitUntil(() => room.every((p) => p.gone || (p.state && p.state.at >= t0 && !p.refreshing)), 60_000);
	await sleep(1000);
	let final;
	try {
		final = JSON.parse(await getText(adminWho, `${wallPath}/stato`, 'application/json'));
	} catch (e) {
		error(`final state: ${e?.name === 'TimeoutError' ? 'no answer in 60 s' : e.message.split('\n')[0]}`);
	}

	// ---- the checks (null: the totals could not be read)
	const totals = final ? new Map(final.notes.map((n) => [n.id, n.votes])) : new Map();
	let lost = final ? 0 : null;
	let double = final ? 0 : null;
	if (final) {
		for (const [id, n] of placed) {
			const got = totals.get(id) ?? 0;
			if (got < n) lost += n - got;
			else double += got - n;
		}
		for (const [id, got] of totals) if (!placed.has(id)) double += got;
	}
	const counted = final ? [...totals.values()].reduce((a, b) => a + b, 0) : null;
	let personMismatch = 0;
	let personChecked = 0;
	for (const p of room) {
		if (!p.state || p.state.at < t0) continue;
		personChecked++;
		const theirs = Object.entries(p.state.votes);
		if (theirs.length !== p.mine.size || theirs.some(([id, n]) => p.mine.get(Number(id)) !== n)) personMismatch++;
	}
	let staleCounts = 0;
	let staleScreens = 0;
	let staleStats = 0;
	for (const p of room) {
		let stale = 0;
		for (const [id, n] of totals) if (p.votes.has(id) && p.votes.get(id) !== n) stale++;
		staleCounts += stale;
		if (stale) staleScreens++;
		if (final && p.stats?.votes !== counted) staleStats++;
	}
	const errorTotal = [...errors.values()].reduce((a, b) => a + b, 0);
	const fanout = stats(done.filter((p) => p.count === listeners).map((p) => p.all));
	const report = {
		rows: [
			{ name: `fan-out: post → on all ${listeners} screens`, s: fanout },
			{ name: 'post → on one screen', s: stats(timing.perScreen) },
			{ name: 'post action (answer)', s: stats(timing.post) },
			{ name: 'vote/unvote action (answer)', s: stats(timing.vote) },
			{ name: 'join → stream ready', s: stats(timing.join) },
			{ name: 'wall re-read (GET /stato)', s: stats(timing.refresh) }
		],
		participants: room.length,
		notesStored: final ? final.notes.length : '?',
		late: done.filter((p) => p.count === listeners && p.all > SEEN_WITHIN).length,
		missing: done.filter((p) => p.count < listeners).length,
		expected: [...placed.values()].reduce((a, b) => a + b, 0),
		counted,
		lost,
		double,
		personMismatch,
		personChecked,
		personUnchecked: room.length - personChecked,
		staleCounts,
		staleScreens,
		staleStats,
		errorTotal,
		fanout,
		joinSeconds,
		joinRefreshes,
		closeSeconds,
		runSeconds: Number(runSeconds.toFixed(1)),
		busy,
		appCpu,
		benchCpu,
		loopP99: loop.percentile(99) / 1e6,
		loopMax: loop.max / 1e6
	};
	printReport(report);
	const serverErrors = app.output().match(/\[parete\][^\n]*/g) ?? [];
	if (serverErrors.length || errorTotal) console.log(`\nLast server output:\n${app.output().slice(-3000)}`);
	if (errorTotal || lost !== 0 || double !== 0 || count.extraAccepted) process.exitCode = 2;
	leave(participants);
}

try {
	await main();
} catch (e) {
	console.error('[bench:wall] failed:', e?.stack ?? e);
	process.exitCode = 1;
} finally {
	await finish();
}
