// Lint as the official SvelteKit add-on sets it up (eslint, typescript-eslint,
// eslint-plugin-svelte, prettier for the layout), plus pdz's import boundaries.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { boundaries } from './scripts/lint/boundaries.js';

export default defineConfig(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'screenshots/',
			'drizzle/',
			'static/'
		]
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names (svelte-check); the rule does not know ambient types.
			'no-undef': 'off',
			// pdz has no base path: links are plain paths built from the district's slug.
			'svelte/no-navigation-without-resolve': 'off',
			// User text is checked for control characters on purpose (validation, iCal, filenames).
			'no-control-regex': 'off',
			// `_`-named bindings are left out on purpose (a destructured column, an unused index).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// `cond ? a() : b()` and `x && f()` are statements here (PDF and DOCX drawing).
			'@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		plugins: { pdz: { rules: { boundaries } } },
		rules: { 'pdz/boundaries': 'error' }
	}
);
