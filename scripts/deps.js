// `npm run deps`: the production dependencies with their exact versions, from package-lock.json,
// for an audit on a machine that reaches an advisory database (npm audit needs one, and the
// registry these machines reach refuses it). `--osv` prints an OSV batch query instead:
// POST it to an OSV querybatch endpoint elsewhere.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = Object.entries(lock.packages)
	.filter(([where, p]) => where.startsWith('node_modules/') && !p.dev)
	.map(([where, p]) => ({ name: where.slice(where.lastIndexOf('node_modules/') + 13), version: p.version }))
	.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

if (process.argv.includes('--osv')) {
	console.log(
		JSON.stringify(
			{ queries: packages.map((p) => ({ package: { name: p.name, ecosystem: 'npm' }, version: p.version })) },
			null,
			2
		)
	);
} else {
	for (const p of packages) console.log(`${p.name}@${p.version}`);
	console.error(`${packages.length} pacchetti di produzione`);
}
