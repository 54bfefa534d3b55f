// Starting the platform: database (embedded or DATABASE_URL), migrations, auth, demo data.
import { connect, disconnect, ensureDatabase, migrateDatabase } from './db';
import { startEmbedded, type EmbeddedServer } from './db/embedded';
import { initAuth, listDistricts } from './accounts';
import { startWallTimers, stopLive, stopWallTimers } from './wall';
import { getSetting, setSetting } from './security';
import { accountsWithDemoPassword, loadDemo, DEMO_PASSWORD } from './demo';
import { startRunner, stopRunner } from './generation';
import { remindersWanted, startReminders, stopReminders } from './planning';
// Every module, so that each registers what it gives the others.
import './modules';

let embedded: EmbeddedServer | undefined;
let started: Promise<void> | undefined;

function demoWanted(usingEmbedded: boolean): boolean {
	const flag = process.env.PDZ_DEMO;
	if (flag === '1' || flag === 'true') return true;
	if (flag === '0' || flag === 'false') return false;
	return usingEmbedded; // an installation on its own database gets no demo accounts unless asked
}

async function boot(log: (line: string) => void) {
	let url = process.env.DATABASE_URL;
	if (!url) {
		const dir = process.env.PDZ_DATA_DIR ?? 'data';
		embedded = await startEmbedded(dir, { log: process.env.PDZ_DB_LOG ? log : undefined });
		url = await ensureDatabase(embedded.url, 'pdz');
		log(`PostgreSQL incorporato avviato (dati in ./${dir})`);
	}
	const database = connect(url, Number(process.env.PDZ_DB_POOL ?? 10));
	await migrateDatabase(database);
	await initAuth();
	// By default only into an empty installation (not one given districts from the command line);
	// PDZ_DEMO=1 asks for it beside others, but never over a district of its own slug.
	const districts = await listDistricts();
	const asked = process.env.PDZ_DEMO === '1' || process.env.PDZ_DEMO === 'true';
	if (
		demoWanted(!!embedded) &&
		!(await getSetting('demo-loaded')) &&
		(asked ? !districts.some((d) => d.slug === 'lodi') : !districts.length)
	) {
		await loadDemo();
		await setSetting('demo-loaded', new Date().toISOString());
		log('Dati dimostrativi dell’Ambito di Lodi caricati.');
	}
	// Listed only while they still have the public demo password (not after it was changed).
	const demo = (await getSetting('demo-loaded')) ? await accountsWithDemoPassword() : [];
	if (demo.length) {
		log(`Account dimostrativi (password uguale per tutti: ${DEMO_PASSWORD}):`);
		for (const a of demo) log(`  ${a.role.padEnd(12)} ${a.email}`);
	}
	// Files asked for before a stop are made now.
	startRunner();
	// Owners of missing actuals are reminded (hourly look; at most weekly per person).
	if (remindersWanted()) startReminders();
	// Wall rounds whose timer ends close themselves.
	startWallTimers();
}

/** Idempotent: the first call starts everything, later calls wait for the same start. */
export function startPlatform(log: (line: string) => void = (l) => console.log(`[pdz] ${l}`)): Promise<void> {
	started ??= boot(log);
	return started;
}

export async function stopPlatform(): Promise<void> {
	await stopRunner();
	await stopReminders();
	await stopWallTimers();
	await stopLive();
	await disconnect();
	await embedded?.stop();
	embedded = undefined;
	started = undefined;
}
