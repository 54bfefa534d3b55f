// Builds the app when build/ is missing or older than any source file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const SOURCES = [
	'src',
	'messages',
	'static',
	'drizzle',
	'project.inlang/settings.json',
	'package.json',
	'svelte.config.js',
	'vite.config.ts'
];

// Generated on every compile: their dates say nothing about the sources.
const GENERATED = new Set([path.join('src', 'lib', 'paraglide')]);

/** The newest modification time (ms) of p or anything below it. @param {string} p @returns {number} */
function newest(p) {
	if (!existsSync(p) || GENERATED.has(p)) return 0;
	const s = statSync(p);
	if (!s.isDirectory()) return s.mtimeMs;
	return Math.max(s.mtimeMs, ...readdirSync(p).map((/** @type {string} */ entry) => newest(path.join(p, entry))));
}

/** @param {{ quiet?: boolean }} [options] @returns {boolean} whether it built */
export function buildIfNeeded({ quiet = false } = {}) {
	const stamp = 'build/handler.js';
	const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	const changed = Math.max(...SOURCES.map(newest));
	if (built && built >= changed) return false;
	if (!quiet) console.log('[pdz] Compilazione dell’applicazione (vite build)…');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: quiet ? 'pipe' : 'inherit',
		// Callers may run under NODE_ENV=test (vitest): that would build Svelte in dev mode.
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) {
		if (quiet) process.stderr.write(String(result.stderr ?? '') + String(result.stdout ?? ''));
		throw new Error('vite build non riuscito');
	}
	return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
