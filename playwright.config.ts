import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium-path';

// Separate ports let several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
	// The suite runs on two cores that may be busy with other work, which roughly doubles each
	// test's time: the longest take about 20 s on a quiet machine, so 60 s leaves room.
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		// A 10-inch tablet in landscape, touch enabled: the counter's device.
		...devices['Desktop Chrome'],
		viewport: { width: 1280, height: 800 },
		hasTouch: true,
		// Only the specs that test the offline app and its updates let the service worker in
		// (test.use in card-file.spec.ts): installing it precaches the whole app in every new
		// context, a fifth of a spec's CPU time on a 2-core machine.
		serviceWorkers: 'block',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]
		}
	},
	webServer: {
		// The built app, served as the plain static files it ships as (the test script builds first).
		command: `npx sirv build --single --etag --quiet --port ${PORT}`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
