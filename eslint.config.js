import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const PRINT_MESSAGE = 'Call printPage() from $lib/print/print-job.';
const PRINT_PROPERTIES = [
	{ object: 'window', property: 'print', message: PRINT_MESSAGE },
	{ object: 'globalThis', property: 'print', message: PRINT_MESSAGE }
];
const PRINT_GLOBAL = { name: 'print', message: PRINT_MESSAGE };
const OUTBOUND_MESSAGE = 'Mail, share and clipboard go through $lib/share/outbound.';
const OUTBOUND_PROPERTIES = [
	{ object: 'window', property: 'open', message: OUTBOUND_MESSAGE },
	{ object: 'navigator', property: 'share', message: OUTBOUND_MESSAGE },
	{ object: 'navigator', property: 'clipboard', message: OUTBOUND_MESSAGE }
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench/results/',
			'reports/',
			'bench/.build/',
			'bench/.prof/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	// Printing goes through src/lib/print/print-job.ts, and mail, share sheet and clipboard through
	// src/lib/share/outbound.ts: the spots tests and the bench replace. Each of the two modules may
	// use its own browser calls only (one config per file set, since a later rule replaces an
	// earlier one's options).
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/print/print-job.ts', 'src/lib/share/outbound.ts'],
		rules: {
			'no-restricted-properties': ['error', ...PRINT_PROPERTIES, ...OUTBOUND_PROPERTIES],
			'no-restricted-globals': ['error', PRINT_GLOBAL]
		}
	},
	{
		files: ['src/lib/print/print-job.ts'],
		rules: { 'no-restricted-properties': ['error', ...OUTBOUND_PROPERTIES] }
	},
	{
		files: ['src/lib/share/outbound.ts'],
		rules: {
			'no-restricted-properties': ['error', ...PRINT_PROPERTIES],
			'no-restricted-globals': ['error', PRINT_GLOBAL]
		}
	},
	{
		// Unit test files share their worker's modules (isolate: false in vite.config.ts): a module
		// mock would leak into the files that run after it.
		files: ['tests/unit/**/*.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				...['mock', 'doMock', 'hoisted'].map((property) => ({
					object: 'vi',
					property,
					message: 'Unit test files share modules (isolate: false): pass a stand-in instead.'
				}))
			]
		}
	},
	{
		// Every end-to-end spec takes `test` from ./fixtures, which puts a stand-in for the print
		// dialog in each page: a real dialog would block page.pdf() and differs between builds.
		files: ['tests/e2e/**/*.ts'],
		ignores: ['tests/e2e/fixtures.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test'],
							message: "Import test from './fixtures', which replaces the print dialog."
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
