import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		// Dexie's package entry wraps its ES5 build; the modern build is the same code, 3 KB smaller
		// gzipped, and every browser the app supports runs it. Only this app imports Dexie, so the
		// wrapper's guard against two copies has nothing to guard.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	plugins: [
		sveltekit(),
		// Unit tests need no service worker, and the PWA plugin keeps vitest from exiting.
		!process.env.VITEST &&
			SvelteKitPWA({
				registerType: 'prompt',
				// SvelteKit builds with relative paths; the worker must be found from any deep link.
				base: '/',
				scope: '/',
				injectRegister: false,
				strategies: 'generateSW',
				kit: { adapterFallback: 'index.html', spa: true },
				manifest: {
					name: 'Counter Cards',
					short_name: 'Counter Cards',
					description: "The shop's customer card file, on the tablet at the counter.",
					lang: 'en',
					start_url: '/',
					scope: '/',
					display: 'standalone',
					orientation: 'any',
					background_color: '#f7f4ee',
					theme_color: '#1f5f5b',
					icons: [
						{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
						{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
						{
							src: '/icons/icon-maskable-512.png',
							sizes: '512x512',
							type: 'image/png',
							purpose: 'maskable'
						}
					]
				},
				workbox: {
					globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,woff2}'],
					navigateFallback: '/index.html',
					cleanupOutdatedCaches: true
				},
				devOptions: { enabled: false }
			})
	],
	// The import worker loads the database code, which splits into chunks: module workers can.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		// Test files share their worker's modules instead of importing everything again per file:
		// half the suite's time. It holds because every file opens a database of its own name and
		// puts back what it stubs (vi.unstubAllGlobals, real timers); ESLint forbids vi.mock in
		// tests, which would leak into the next file.
		pool: 'threads',
		isolate: false,
		// The database tests that load a whole demo shop take 1-3 s on a quiet machine and up to
		// 13 s on two cores busy with other work; a timeout is for a test that hangs, not a bench.
		testTimeout: 30_000,
		// CI counts the results from the JSON report; people read the default one.
		reporters: process.env.CI
			? ['default', ['json', { outputFile: 'reports/unit.json' }]]
			: ['default']
	}
});
