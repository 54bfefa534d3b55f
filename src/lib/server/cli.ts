// The command line of an installation (`npm run pdz -- <command>`): districts, backup and
// restore. It works on DATABASE_URL, or on the embedded server in ./data (the running app's
// own if the app is up, else one it starts and stops).
import { systemActor } from './kernel';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, disconnect, ensureDatabase, migrateDatabase, migrationTags, withClient } from './db';
import { runningEmbedded, startEmbedded, type EmbeddedServer } from './db/embedded';
import { backupDistrict, backupFileName, restoreDistrict } from './backup';
import { ValidationError } from './errors';
import { accountInput, createAccount, createDistrict, initAuth } from './accounts';
import { parse } from './validation';
import { randomBytes } from 'node:crypto';
import './modules';

const USAGE = `Uso: npm run pdz -- <comando>

  districts                          elenca gli ambiti dell'installazione
  create-district <ambito> <nome> --admin <email> [--name <nome e cognome>] [--region <regione>]
                                     crea un ambito con il suo primo amministratore
                                     (la password provvisoria viene stampata una volta)
  backup <ambito> [file]             scrive la copia di sicurezza completa dell'ambito
                                     (predefinito: <ambito>-<data>.pdz-backup.json.gz)
  restore <file> [--slug <ambito>]   ripristina una copia come nuovo ambito di questa installazione

Il database è quello di DATABASE_URL, altrimenti il PostgreSQL incorporato in ./data
(PDZ_DATA_DIR).`;

type Command =
	| { name: 'districts' }
	| { name: 'create-district'; slug: string; title: string; admin: string; adminName?: string; region?: string }
	| { name: 'backup'; slug: string; file?: string }
	| { name: 'restore'; file: string; slug?: string };

const OPTIONS = ['--slug', '--admin', '--name', '--region'] as const;
const ALLOWED: Record<string, readonly string[]> = {
	districts: [],
	'create-district': ['--admin', '--name', '--region'],
	backup: [],
	restore: ['--slug']
};

/** The command asked for, or null when the arguments do not make one. */
function parseArgs(args: string[]): Command | null {
	const [name, ...rest] = args;
	const given: Record<string, string> = {};
	for (const flag of OPTIONS) {
		const at = rest.indexOf(flag);
		if (at < 0) continue;
		const value = rest[at + 1];
		if (!value || value.startsWith('--')) return null;
		given[flag] = value;
		rest.splice(at, 2);
	}
	if (
		!(name in ALLOWED) ||
		rest.some((a) => a.startsWith('--')) ||
		Object.keys(given).some((f) => !ALLOWED[name].includes(f))
	)
		return null;
	if (name === 'districts' && !rest.length) return { name };
	if (name === 'create-district' && rest.length >= 2 && given['--admin'])
		return {
			name,
			slug: rest[0],
			title: rest.slice(1).join(' '),
			admin: given['--admin'],
			adminName: given['--name'],
			region: given['--region']
		};
	if (name === 'backup' && rest.length >= 1 && rest.length <= 2) return { name, slug: rest[0], file: rest[1] };
	if (name === 'restore' && rest.length === 1) return { name, file: rest[0], slug: given['--slug'] };
	return null;
}

/** Connects to the database; a restore first brings an empty or older one up to date. */
async function open(migrate: boolean): Promise<EmbeddedServer | undefined> {
	let url = process.env.DATABASE_URL;
	let embedded: EmbeddedServer | undefined;
	try {
		if (!url) {
			const dir = process.env.PDZ_DATA_DIR ?? 'data';
			const running = runningEmbedded(dir);
			if (!running) embedded = await startEmbedded(dir);
			url = await ensureDatabase(running ?? embedded!.url, 'pdz');
		}
		const database = connect(url, 2);
		if (migrate) await migrateDatabase(database);
		else await assertMigrated();
		return embedded;
	} catch (e) {
		await disconnect();
		await embedded?.stop();
		throw e;
	}
}

/** Reading needs the schema these sources describe: an installation not yet updated is refused. */
async function assertMigrated() {
	const expected = migrationTags().length;
	const applied = await withClient(async (c) => {
		const { rows } = await c.query(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
		return rows[0].present
			? Number((await c.query('select count(*) as n from drizzle.__drizzle_migrations')).rows[0].n)
			: 0;
	});
	if (applied !== expected)
		throw new Error(
			applied < expected
				? 'Il database non è aggiornato a questa versione di pdz: avviare prima pdz (npm start), che lo aggiorna.'
				: 'Il database è di una versione di pdz più recente di questa.'
		);
}

async function run(command: Command): Promise<void> {
	if (command.name === 'districts') {
		const { rows } = await withClient((c) => c.query('select slug, name, region from district order by slug'));
		if (!rows.length) console.log('Nessun ambito in questa installazione.');
		for (const r of rows) console.log(`${r.slug.padEnd(24)} ${r.name} (${r.region})`);
	} else if (command.name === 'create-district') {
		await initAuth();
		const password = randomBytes(12).toString('base64url');
		const account = { email: command.admin, name: command.adminName ?? command.admin, role: 'admin', password };
		// The administrator's details are checked before the district exists: no district without one.
		parse(accountInput, account);
		const district = await createDistrict({
			slug: command.slug,
			name: command.title,
			region: command.region ?? 'Lombardia'
		});
		const admin = await createAccount(systemActor(district.id), account);
		console.log(`Ambito «${district.slug}» (${district.name}) creato.`);
		if (admin.notice) console.log(`Amministratore: ${admin.email}. ${admin.notice}`);
		else {
			console.log(`Amministratore: ${admin.email}, password provvisoria: ${password}`);
			console.log('Al primo accesso pdz chiede di sceglierne una nuova.');
		}
	} else if (command.name === 'backup') {
		const file = command.file ?? backupFileName(command.slug, new Date().toISOString().slice(0, 10));
		const bytes = await backupDistrict(command.slug);
		writeFileSync(file, bytes, { mode: 0o600 });
		chmodSync(file, 0o600); // also when it replaced an existing file
		console.log(
			`Copia di sicurezza dell'ambito «${command.slug}» scritta in ${file} (${Math.ceil(bytes.length / 1024)} KB).`
		);
		console.log('Contiene dati personali e le password cifrate delle persone: va custodita come il database.');
	} else {
		const result = await restoreDistrict(readFileSync(command.file), { slug: command.slug });
		console.log(
			`Ambito «${result.slug}» ripristinato: ${result.rows} righe, ${result.newUsers} persone nuove in questa installazione.`
		);
	}
}

export async function main(args: string[]): Promise<void> {
	const command = parseArgs(args);
	if (!command) {
		console.log(USAGE);
		if (args.length && args[0] !== 'help') process.exitCode = 2;
		return;
	}
	let embedded: EmbeddedServer | undefined;
	try {
		embedded = await open(command.name === 'restore' || command.name === 'create-district');
		await run(command);
	} catch (e) {
		process.exitCode = 1;
		if (e instanceof ValidationError) console.error(`Errore: ${Object.values(e.fields).join(' ')}`);
		else if ((e as NodeJS.ErrnoException).code === 'ENOENT')
			console.error(`Errore: file non trovato: ${(e as NodeJS.ErrnoException).path}`);
		else console.error(`Errore: ${(e as Error).message}`);
	} finally {
		await disconnect();
		await embedded?.stop();
	}
}
