import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
	{
		// Printing goes through src/lib/print/print-job.ts, the one spot tests and the bench replace.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/print/print-job.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				{
					object: 'window',
					property: 'print',
					message: 'Call printPage() from $lib/print/print-job.'
				},
				{
					object: 'globalThis',
					property: 'print',
					message: 'Call printPage() from $lib/print/print-job.'
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'print', message: 'Call printPage() from $lib/print/print-job.' }
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
