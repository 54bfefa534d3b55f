// The command line of an installation (`npm run pdz -- <command>`): districts, backup and
// restore. It works on DATABASE_URL, or on the embedded server in ./data (the running app's
// own if the app is up, else one it starts and stops).
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, disconnect, ensureDatabase, migrateDatabase, withClient } from './db';
import { runningEmbedded, startEmbedded, type EmbeddedServer } from './db/embedded';
import { backupDistrict, backupFileName } from './backup/backup';
import { restoreDistrict } from './backup/restore';
import { ValidationError } from './errors';

const USAGE = `Uso: npm run pdz -- <comando>

  districts                          elenca gli ambiti dell'installazione
  backup <ambito> [file]             scrive la copia di sicurezza completa dell'ambito
                                     (predefinito: <ambito>-<data>.pdz-backup.json.gz)
  restore <file> [--slug <ambito>]   ripristina una copia come nuovo ambito di questa installazione

Il database è quello di DATABASE_URL, altrimenti il PostgreSQL incorporato in ./data
(PDZ_DATA_DIR).`;

async function open(): Promise<EmbeddedServer | undefined> {
	let url = process.env.DATABASE_URL;
	let embedded: EmbeddedServer | undefined;
	if (!url) {
		const dir = process.env.PDZ_DATA_DIR ?? 'data';
		const running = runningEmbedded(dir);
		if (!running) embedded = await startEmbedded(dir);
		url = await ensureDatabase(running ?? embedded!.url, 'pdz');
	}
	await migrateDatabase(connect(url, 2));
	return embedded;
}

async function run(args: string[]): Promise<void> {
	const [command, ...rest] = args;
	const slugAt = rest.indexOf('--slug');
	const slug = slugAt >= 0 ? rest.splice(slugAt, 2)[1] : undefined;
	if (command === 'districts') {
		const { rows } = await withClient((c) => c.query('select slug, name, region from district order by slug'));
		if (!rows.length) console.log('Nessun ambito in questa installazione.');
		for (const r of rows) console.log(`${r.slug.padEnd(24)} ${r.name} (${r.region})`);
	} else if (command === 'backup' && rest[0]) {
		const file = rest[1] ?? backupFileName(rest[0], new Date().toISOString().slice(0, 10));
		const bytes = await backupDistrict(rest[0]);
		writeFileSync(file, bytes, { mode: 0o600 });
		console.log(`Copia di sicurezza dell'ambito «${rest[0]}» scritta in ${file} (${Math.ceil(bytes.length / 1024)} KB).`);
		console.log('Contiene dati personali e le password cifrate delle persone: va custodita come il database.');
	} else if (command === 'restore' && rest[0]) {
		const result = await restoreDistrict(readFileSync(rest[0]), { slug });
		console.log(`Ambito «${result.slug}» ripristinato: ${result.rows} righe, ${result.newUsers} persone nuove in questa installazione.`);
	} else {
		console.log(USAGE);
		if (command && command !== 'help') process.exitCode = 2;
	}
}

export async function main(args: string[]): Promise<void> {
	if (!args.length || args[0] === 'help') return run(args);
	let embedded: EmbeddedServer | undefined;
	try {
		embedded = await open();
		await run(args);
	} catch (e) {
		process.exitCode = 1;
		if (e instanceof ValidationError) console.error(`Errore: ${Object.values(e.fields).join(' ')}`);
		else if ((e as NodeJS.ErrnoException).code === 'ENOENT') console.error(`Errore: file non trovato: ${(e as NodeJS.ErrnoException).path}`);
		else console.error(`Errore: ${(e as Error).message}`);
	} finally {
		await disconnect();
		await embedded?.stop();
	}
}
