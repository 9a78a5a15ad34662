// Lighthouse 12 on the built app (mobile, the system Chromium): performance, accessibility and
// best practices from Lighthouse, installability from Chromium itself (Lighthouse 12 dropped its
// PWA category and the installable-manifest audit). `npm run lighthouse` builds and serves the
// app; `npm run bench` calls runLighthouse with its own server.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { ROOT, serve } from './serve.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const asRoot = process.getuid?.() === 0;

/**
 * Chromium's own verdict (the one behind its install prompt): Page.getInstallabilityErrors with
 * the service worker controlling the page, plus the manifest it parsed.
 */
async function installability(origin) {
	// A persistent profile: Chromium never offers to install from an incognito window.
	const profile = mkdtempSync(join(tmpdir(), 'counter-cards-install-'));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, ...(asRoot ? ['--no-sandbox'] : [])]
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${origin}/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const cdp = await browser.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		const manifest = await cdp.send('Page.getAppManifest');
		return {
			installable: installabilityErrors.length === 0,
			errors: installabilityErrors.map((e) => e.errorId),
			manifestErrors: manifest.errors?.map((e) => e.message) ?? []
		};
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

/** Runs Lighthouse once on `origin`, saves the HTML and JSON reports, returns the four scores. */
export async function runLighthouse(origin, outDir = join(ROOT, 'bench/results')) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', '--disable-gpu', ...(asRoot ? ['--no-sandbox'] : [])]
	});
	let result;
	try {
		result = await lighthouse(`${origin}/`, {
			port: chrome.port,
			output: ['html', 'json'],
			logLevel: 'error',
			onlyCategories: CATEGORIES,
			formFactor: 'mobile'
		});
	} finally {
		await chrome.kill();
	}
	mkdirSync(outDir, { recursive: true });
	const [html, json] = result.report;
	writeFileSync(join(outDir, 'lighthouse.html'), html);
	writeFileSync(join(outDir, 'lighthouse.json'), json);
	const lhr = result.lhr;
	const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const install = await installability(origin);
	const failing = Object.values(lhr.audits)
		.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
		.map((a) => a.id);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		installable: install.installable ? 100 : 0,
		installabilityErrors: install.errors,
		manifestErrors: install.manifestErrors,
		failingAudits: failing,
		firstContentfulPaintMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
		largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
		totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
		report: 'bench/results/lighthouse.html'
	};
}

export function printLighthouse(scores) {
	console.log(
		`Lighthouse (mobile): performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
			`best practices ${scores.bestPractices}, installable (PWA) ${scores.installable}` +
			(scores.installabilityErrors.length ? ` (${scores.installabilityErrors.join(', ')})` : '')
	);
	if (scores.failingAudits.length)
		console.log(`  audits below 100: ${scores.failingAudits.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const port = Number(process.env.BENCH_PORT ?? 4199);
	console.log('Building the app…');
	execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
	const server = await serve(port);
	try {
		const scores = await runLighthouse(`http://localhost:${port}`);
		printLighthouse(scores);
		console.log('Reports in bench/results/lighthouse.html and lighthouse.json');
	} finally {
		server.close();
	}
}
