import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	css: {
		preprocessorOptions: {
			scss: {
				quietDeps: true,
				silenceDeprecations: [
					'import',
					'global-builtin',
					'color-functions',
					'abs-percent',
					'slash-div',
					'function-units',
					'legacy-js-api'
				]
			}
		}
	},
	server: { port: 5173 },
	build: {
		rollupOptions: {
			onwarn(warning, warn) {
				// Dependencies (kysely inside better-auth) have harmless import cycles.
				if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'UNUSED_EXTERNAL_IMPORT') return;
				warn(warning);
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					globalSetup: ['tests/setup/database.ts'],
					testTimeout: 20_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/setup/database.ts', 'tests/setup/app.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
