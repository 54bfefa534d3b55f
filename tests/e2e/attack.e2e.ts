// pdz as an attacker meets it, on an installation of its own (the fuzzing writes garbage into
// it): no body gives a 500 on any action, logged in or not; every kind of response carries the
// security headers; a delegate walking every page they can reach never meets another
// organisation's delegate's name; one browser joining a wall ten times is one participant.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startApp } from '../setup/app';
import { ADMIN, DEMO_PASSWORD } from './browser';

const DELEGATE = 'cpia@lodi.demo.it';

let app: Awaited<ReturnType<typeof startApp>>;
let db: pg.Client;
let admin: pg.Client;
const name = `pdz_attack_${process.pid}`;

beforeAll(async () => {
	admin = new pg.Client({ connectionString: inject('adminUrl') });
	await admin.connect();
	await admin.query(`drop database if exists ${name} with (force)`);
	await admin.query(`create database ${name}`);
	const url = new URL(inject('adminUrl'));
	url.pathname = `/${name}`;
	app = await startApp(url.toString(), { PDZ_DEMO: '1' });
	db = new pg.Client({ connectionString: url.toString() });
	await db.connect();
});

afterAll(async () => {
	await db?.end();
	await app?.stop();
	await admin?.query(`drop database if exists ${name} with (force)`);
	await admin?.end();
});

const one = async (query: string) => (await db.query(query)).rows[0];

/** Signs in over HTTP; returns the Cookie header a browser would send afterwards. */
async function signIn(email: string): Promise<string> {
	const response = await fetch(`${app.origin}/accesso`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD })
	});
	expect(response.status, `accesso di ${email}`).toBe(303);
	return response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
}

// ---- every action of the app, from its route files ------------------------------------------

interface Action {
	route: string;
	name: string;
}

function routeFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const p = path.join(dir, entry);
		return statSync(p).isDirectory() ? routeFiles(p) : entry === '+page.server.ts' ? [p] : [];
	});
}

/** The actions each page declares: the keys of its `actions` object. */
function allActions(): Action[] {
	const out: Action[] = [];
	for (const file of routeFiles('src/routes')) {
		const source = readFileSync(file, 'utf8');
		const start = source.indexOf('export const actions');
		if (start < 0) continue;
		const route = path.dirname(path.relative('src/routes', file)).replace(/^\.$/, '');
		for (const m of source.slice(start).matchAll(/^\t(\w+): /gm)) out.push({ route: `/${route}`, name: m[1] });
	}
	return out;
}

/** Real ids of the demo for the route's parameters, so that the actions are reached. */
async function urlOf(action: Action): Promise<string> {
	const ids: Record<string, string> = {
		incontri: String((await one(`select id from meeting order by id limit 1`)).id),
		tavoli: String((await one(`select id from roundtable order by id limit 1`)).id),
		enti: String((await one(`select id from organisation order by id limit 1`)).id),
		progetti: String((await one(`select id from project order by id limit 1`)).id),
		interventi: String((await one(`select id from intervention order by id limit 1`)).id),
		microambiti: String((await one(`select id from sub_district order by id limit 1`)).id),
		obiettivi: String((await one(`select id from objective order by id limit 1`)).id),
		indicatori: String((await one(`select id from indicator order by id limit 1`)).id),
		pareti: String((await one(`select id from wall order by id limit 1`)).id),
		servizi: String((await one(`select id from service order by id limit 1`)).id),
		file: '1',
		importazioni: '1'
	};
	const tokens: Record<string, string> = {
		parete: (await one(`select join_token from wall order by id limit 1`)).join_token,
		presenze: (await one(`select checkin_token from meeting order by id limit 1`)).checkin_token
	};
	const segments = action.route.split('/');
	const filled = segments.map((s, i) => {
		if (!s.startsWith('[')) return s;
		const param = s.slice(1, -1).split('=')[0];
		const before = segments[i - 1];
		if (param === 'district') return 'lodi';
		if (param === 'plan') return '2025-2027';
		if (param === 'service') return 'sportello-stranieri-rifugiati';
		if (param === 'lang') return 'en';
		if (param === 'token') return tokens[before];
		if (param === 'note') return '1';
		return ids[before] ?? '1';
	});
	return `${app.origin}${filled.join('/')}${action.name === 'default' ? '' : `?/${action.name}`}`;
}

const encoder = new TextEncoder();

/** The bodies of the issue's fuzzing: none of them may give a 500. */
const FUZZ: { name: string; method?: string; type?: string; body?: BodyInit; unreadable: boolean }[] = [
	{ name: 'multipart without boundary', type: 'multipart/form-data', body: 'a=1', unreadable: true },
	{
		name: 'truncated multipart',
		type: 'multipart/form-data; boundary=X',
		body: '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalo',
		unreadable: true
	},
	{
		name: 'JSON to a form',
		type: 'application/json',
		body: '{"email":"x","__proto__":{"admin":true}}',
		unreadable: true
	},
	{ name: 'plain text', type: 'text/plain', body: 'email=x', unreadable: true },
	{
		name: '5,000 fields',
		type: 'application/x-www-form-urlencoded',
		body: Array.from({ length: 5000 }, (_, i) => `f${i}=${i}`).join('&'),
		unreadable: true
	},
	{
		name: 'NUL characters',
		type: 'application/x-www-form-urlencoded',
		body: 'email=a%00b&password=%00&body=x%00',
		unreadable: true
	},
	{
		name: 'invalid UTF-8',
		type: 'application/x-www-form-urlencoded',
		body: new Uint8Array([...encoder.encode('body=ab'), 0xff, 0xfe, ...encoder.encode('&email=%ff%c3&code=%e2%82')]),
		unreadable: false
	},
	{
		name: '__proto__ as a field name',
		type: 'application/x-www-form-urlencoded',
		body: '__proto__=x&constructor=y&toString=z&hasOwnProperty=w&formId=__proto__&version=__proto__',
		unreadable: false
	},
	{ name: 'PUT', method: 'PUT', type: 'application/x-www-form-urlencoded', body: 'a=1', unreadable: false },
	{ name: 'DELETE', method: 'DELETE', unreadable: false },
	{ name: 'PATCH', method: 'PATCH', type: 'application/x-www-form-urlencoded', body: 'a=1', unreadable: false }
];

// Public actions read their body before anything else: a body they cannot read is a 400.
const PUBLIC = [
	'/accesso default',
	'/parete/[token] join',
	'/presenze/[token] default',
	'/ambiti/[district=slug]/servizi/[service=slug] rate'
];

describe('an attacker', () => {
	it('gets no 500 from any action with any body, logged in or not', async () => {
		const actions = allActions();
		expect(actions.length).toBeGreaterThan(80);
		const cookies = { anonymous: '', admin: await signIn(ADMIN) };
		const failures: string[] = [];
		let counted = 0;
		for (const action of actions) {
			const url = await urlOf(action);
			for (const [who, cookie] of Object.entries(cookies)) {
				for (const fuzz of FUZZ) {
					const response = await fetch(url, {
						method: fuzz.method ?? 'POST',
						redirect: 'manual',
						headers: {
							origin: app.origin,
							accept: 'text/html',
							...(fuzz.type ? { 'content-type': fuzz.type } : {}),
							...(cookie ? { cookie } : {})
						},
						body: fuzz.body
					});
					await response.arrayBuffer();
					counted++;
					const where = `${who} ${fuzz.name} → ${action.route} ${action.name}: ${response.status}`;
					if (response.status >= 500) failures.push(where);
					// SvelteKit itself answers JSON with 415 before the action runs.
					if (
						fuzz.unreadable &&
						PUBLIC.includes(`${action.route} ${action.name}`) &&
						![400, 415].includes(response.status)
					)
						failures.push(`${where} (400 expected)`);
				}
				// Signing out (this device or everywhere) ends the admin's session: sign in again.
				if (who === 'admin' && /^\/(esci|profilo)/.test(action.route)) cookies.admin = await signIn(ADMIN);
			}
		}
		expect(failures).toEqual([]);
		expect(counted).toBe(actions.length * FUZZ.length * 2);
		// Still standing, and the admin's session still works.
		expect(
			(await fetch(`${app.origin}/gestione/lodi`, { headers: { cookie: cookies.admin }, redirect: 'manual' })).status
		).toBe(200);
	});

	it('finds the security headers on every kind of response, static files included', async () => {
		const cookie = await signIn(ADMIN);
		// Files of the build, as the adapter serves them from build/client.
		const built = (dir: string, ext: string) =>
			`/_app/immutable/${dir}/${readdirSync(`build/client/_app/immutable/${dir}`).find((f) => f.endsWith(ext))}`;
		const plan = await (await fetch(`${app.origin}/ambiti/lodi/piani/2021-2023`)).text();
		const chart = /(\/ambiti\/lodi\/piani\/2021-2023\/grafici\/[^"?]+\.svg)/.exec(plan)![1];
		const wall = await one(`select id, join_token from wall order by id limit 1`);
		const column = await one(`select id from wall_column where wall_id = ${wall.id} order by id limit 1`);
		const meeting = await one(`select id from meeting order by id limit 1`);
		const intervention = await one(`select id from intervention order by id limit 1`);
		const urls: [path: string, staff: boolean, kind: string][] = [
			['/', false, 'page'],
			['/ambiti/lodi', false, 'page'],
			['/ar/ambiti/lodi/servizi', false, 'page'],
			['/accesso', false, 'page'],
			['/non-esiste', false, 'page'],
			['/gestione', false, 'redirect'],
			[built('entry', '.js'), false, 'file'],
			[built('assets', '.css'), false, 'file'],
			[built('assets', '.svg'), false, 'svg'],
			[built('assets', '.woff2'), false, 'file'],
			['/favicon.svg', false, 'svg'],
			['/ambiti/lodi/__data.json', false, 'page'], // SvelteKit gives page data the page's policy
			['/ambiti/lodi/calendario.ics', false, 'data'],
			['/ambiti/lodi/dati-aperti/servizi.csv', false, 'data'],
			['/ambiti/lodi/dati-aperti/indicatori.json', false, 'data'],
			[chart, false, 'svg'],
			[`/parete/${wall.join_token}/qr.svg`, true, 'svg'],
			[`/gestione/lodi/pareti/${wall.id}/parete.csv`, true, 'data'],
			[`/gestione/lodi/pareti/${wall.id}/grafico/${column.id}.svg`, true, 'svg'],
			[`/gestione/lodi/interventi/${intervention.id}/copertura.svg`, true, 'svg'],
			[`/gestione/lodi/incontri/${meeting.id}/foglio-firme.pdf`, true, 'file'],
			['/gestione/lodi/piani/2021-2023/dati/indicatori.xlsx', true, 'file']
		];
		const missing: string[] = [];
		for (const [p, staff, kind] of urls) {
			const response = await fetch(app.origin + p, { redirect: 'manual', headers: staff ? { cookie } : {} });
			await response.arrayBuffer();
			const h = response.headers;
			const csp = h.get('content-security-policy') ?? '';
			if (h.get('x-content-type-options') !== 'nosniff') missing.push(`${p}: nosniff`);
			if (h.get('x-frame-options') !== 'DENY') missing.push(`${p}: x-frame-options`);
			if (!h.get('referrer-policy')) missing.push(`${p}: referrer-policy`);
			if (kind === 'page' ? !/script-src 'self'/.test(csp) : !/default-src 'none'/.test(csp))
				missing.push(`${p} (${response.status}): content-security-policy "${csp}"`);
		}
		expect(missing).toEqual([]);
	});

	it("shows a delegate no other organisation's delegate's name on any page or file they reach", async () => {
		// Names of other people that a delegate must not read: another organisation's delegate,
		// and who signed the register for another organisation.
		const cpia = await one(`select id from organisation where name = 'CPIA di Lodi'`);
		const other = await one(
			`select o.id, o.district_id from organisation o where o.id <> ${cpia.id} order by o.id limit 1`
		);
		await db.query(
			`insert into delegate (district_id, organisation_id, name, email) values ($1, $2, 'Delegato Segretissimo', 'segreto@esempio.it')`,
			[other.district_id, other.id]
		);
		const signed = await one(
			`update attendance set delegate_name = 'Firmataria Riservata' where id = (select id from attendance where organisation_id <> ${cpia.id} order by id limit 1) returning meeting_id`
		);
		const secrets = ['Delegato Segretissimo', 'segreto@esempio.it', 'Firmataria Riservata'];

		// The office sees them where it works (the walk below would find them there).
		const office = await signIn(ADMIN);
		expect(
			await (
				await fetch(`${app.origin}/gestione/lodi/incontri/${signed.meeting_id}`, { headers: { cookie: office } })
			).text()
		).toContain('Firmataria Riservata');

		const cookie = await signIn(DELEGATE);
		const seen = new Set<string>();
		const queue = ['/gestione/lodi', `/gestione/lodi/incontri/${signed.meeting_id}`, `/gestione/lodi/enti/${other.id}`];
		const leaks: string[] = [];
		while (queue.length && seen.size < 400) {
			const p = queue.shift()!;
			if (seen.has(p)) continue;
			seen.add(p);
			const response = await fetch(app.origin + p, { headers: { cookie }, redirect: 'manual' });
			const type = response.headers.get('content-type') ?? '';
			const bytes = Buffer.from(await response.arrayBuffer());
			if (!/text|json|svg|csv|calendar/.test(type)) continue; // PDF, DOCX, XLSX: see below
			const body = bytes.toString('utf8');
			for (const s of secrets) if (body.includes(s)) leaks.push(`${p}: ${s}`);
			if (!type.startsWith('text/html')) continue;
			for (const m of body.matchAll(/href="([^"#]+)"/g)) {
				const link = m[1].replace(/&amp;/g, '&');
				if (
					!link.startsWith('/') ||
					link.startsWith('//') ||
					/^\/(esci|_app)|\/(scarica|documento\.|esiti\.pdf|foglio-firme)/.test(link)
				)
					continue;
				if (/^\/(gestione\/lodi|ambiti\/lodi|parete\/)/.test(link)) queue.push(link);
			}
		}
		expect(seen.size).toBeGreaterThan(40);
		expect([...seen].some((p) => p.startsWith('/gestione/lodi/incontri/'))).toBe(true);
		expect(leaks).toEqual([]);
	});

	it('gives a browser that joins a wall ten times one participant and one budget', async () => {
		const wall = await one(`select id, join_token, join_code from wall order by id limit 1`);
		const count = async () =>
			Number((await one(`select count(*) as n from wall_participant where wall_id = ${wall.id}`)).n);
		const before = await count();
		let cookie = '';
		for (let i = 0; i < 10; i++) {
			const response = await fetch(`${app.origin}/parete/${wall.join_token}?/join`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: app.origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					...(cookie ? { cookie } : {})
				},
				body: new URLSearchParams({
					code: wall.join_code,
					organisationId: 'other',
					organisationOther: 'Telefono',
					name: `Volta ${i}`
				})
			});
			expect(response.status).toBe(303);
			const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
			if (i === 0) cookie = set.join('; ');
			else expect(set).toEqual([]);
		}
		expect(await count()).toBe(before + 1);
	});
});
