// npm run bench: builds the app, serves it on localhost, and measures it in headless Chromium
// with generated shops of three sizes. Prints a table and writes bench/results/results.json.
import { execSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const ORIGIN = `http://localhost:${PORT}`;
const QUICK = process.argv.includes('--quick');
const SIZES = QUICK
	? [{ name: 'S', customers: 500, sales: 5_000 }]
	: [
			{ name: 'S', customers: 500, sales: 5_000 },
			{ name: 'M', customers: 5_000, sales: 50_000 },
			{ name: 'L', customers: 50_000, sales: 500_000 }
		];
const RUNS = QUICK ? 2 : 3;
const THROTTLE = 4;

const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

function serve() {
	const app = join(ROOT, 'build');
	const extra = join(ROOT, 'bench/.build');
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url, ORIGIN).pathname);
		const base = path.startsWith('/__bench/') ? extra : app;
		const relative = path.startsWith('/__bench/') ? path.slice('/__bench'.length) : path;
		let file = join(base, relative);
		if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
			file = join(app, 'index.html'); // the SPA fallback, as on any static host
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((done) => server.listen(PORT, () => done(server)));
}

function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const median = (values) => percentile(values, 50);
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function throttled(page, rate) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	return cdp;
}

/** Per-keystroke time from the input event to the updated, laid-out results. */
async function measureSearch(page, queries) {
	await page.goto(`${ORIGIN}/`);
	await page.getByLabel('Find a customer').waitFor();
	await page.waitForFunction(() => document.querySelector('#customer-search') !== null);
	// Wait until the index answers, so the first keystrokes do not measure loading.
	await page.evaluate(
		async (probe) => {
			const input = document.querySelector('#customer-search');
			for (;;) {
				input.value = probe;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((r) => setTimeout(r, 50));
				if (document.querySelector('#search-results a')) break;
			}
			input.value = '';
			input.dispatchEvent(new Event('input', { bubbles: true }));
		},
		queries[0].slice(0, 3)
	);
	return page.evaluate(async (queries) => {
		const input = document.querySelector('#customer-search');
		const channel = new MessageChannel();
		const nextTask = () =>
			new Promise((resolve) => {
				channel.port1.onmessage = resolve;
				channel.port2.postMessage(0);
			});
		const times = [];
		for (const query of queries) {
			for (let i = 1; i <= query.length; i++) {
				const started = performance.now();
				input.value = query.slice(0, i);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await nextTask();
				void document.body.offsetHeight;
				times.push(performance.now() - started);
			}
			input.value = '';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await nextTask();
		}
		return times;
	}, queries);
}

/** From the tap on "Record sale" to the confirmation, shown once the transaction committed. */
async function measureRecordSale(page, customerId, count) {
	await page.goto(`${ORIGIN}/customers/${customerId}`);
	await page.getByLabel(/^Amount/).waitFor();
	return page.evaluate(async (count) => {
		const amount = document.querySelector('#sale-amount');
		const button = document.querySelector('button.record');
		const region = document.querySelector('.toasts');
		const times = [];
		for (let i = 0; i < count; i++) {
			amount.value = String(10 + (i % 50));
			amount.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((r) => setTimeout(r, 0));
			const before = region.querySelectorAll('.toast').length;
			const done = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (region.querySelectorAll('.toast').length > before) {
						observer.disconnect();
						resolve(performance.now());
					}
				});
				observer.observe(region, { childList: true, subtree: true });
			});
			const started = performance.now();
			button.click();
			times.push((await done) - started);
			await new Promise((r) => setTimeout(r, 20));
		}
		return times;
	}, count);
}

/**
 * From the tap on "Segments" in the navigation to statistics, groups and all four charts drawn:
 * the first visit of the tab, then the median of later visits.
 */
async function measureSegments(page) {
	await page.goto(`${ORIGIN}/`);
	await page.getByLabel('Find a customer').waitFor();
	const times = [];
	for (let visit = 0; visit < 1 + RUNS; visit++) {
		times.push(
			await page.evaluate(async () => {
				const link = [...document.querySelectorAll('nav a')].find(
					(a) => a.textContent?.trim() === 'Segments'
				);
				const started = performance.now();
				link.click();
				await new Promise((resolve) => {
					const drawn = () => {
						const canvases = [...document.querySelectorAll('.segments-page canvas')];
						// chart.js sizes a canvas when it draws it.
						if (canvases.length === 4 && canvases.every((c) => c.style.width !== '')) resolve();
						else requestAnimationFrame(drawn);
					};
					drawn();
				});
				return performance.now() - started;
			}, null)
		);
		await page.getByRole('link', { name: 'Counter', exact: true }).click();
		await page.getByLabel('Find a customer').waitFor();
	}
	return { first: times[0], later: median(times.slice(1)) };
}

/** A reload with the service worker serving, until a typed query shows results. */
async function measureColdStart(context, query) {
	const page = await context.newPage();
	await page.addInitScript((query) => {
		const start = () => {
			const observer = new MutationObserver(() => {
				const input = document.querySelector('#customer-search');
				if (input && input.value === '') {
					input.value = query;
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}
				if (document.querySelector('#search-results a')) {
					window.__usableAt = performance.now();
					observer.disconnect();
				}
			});
			observer.observe(document, { childList: true, subtree: true });
		};
		start();
	}, query);
	await page.goto(`${ORIGIN}/`);
	await page.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 60_000 });
	const result = await page.evaluate(() => ({
		usable: window.__usableAt,
		controlled: navigator.serviceWorker.controller !== null
	}));
	await page.close();
	return result;
}

/** JavaScript and CSS a first visit transfers, gzip-compressed, per route. */
async function measureTransfer(browser, routes) {
	const result = {};
	for (const route of routes) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const sizes = { js: 0, css: 0 };
		page.on('response', async (response) => {
			const type = response.request().resourceType();
			if (type !== 'script' && type !== 'stylesheet') return;
			try {
				const body = await response.body();
				sizes[type === 'script' ? 'js' : 'css'] += gzipSync(body).length;
			} catch {
				// A response without a body (redirect) transfers nothing worth counting.
			}
		});
		await page.goto(`${ORIGIN}${route}`, { waitUntil: 'networkidle' });
		result[route] = { jsGzipKB: round(sizes.js / 1024), cssGzipKB: round(sizes.css / 1024) };
		await context.close();
	}
	return result;
}

function searchQueries(sample) {
	const queries = [];
	for (const name of sample.sampleNames) queries.push(name.split(' ').at(-1).slice(0, 6));
	for (const phone of sample.samplePhones) queries.push(phone.replace(/\D/g, '').slice(-4));
	for (const email of sample.sampleEmails) queries.push(email.split('@')[0].slice(0, 5));
	return queries.slice(0, 300);
}

async function benchSize(browser, size) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	const sample = await page.evaluate(async ({ customers, sales }) => {
		const { seed } = await import('/__bench/seed.js');
		return seed({ customers, sales, seed: 7, today: new Date().toISOString().slice(0, 10) });
	}, size);
	const queries = searchQueries(sample);
	const figures = {
		customers: sample.customers,
		sales: sample.sales,
		seedSeconds: round(sample.seedMs / 1000),
		storageKBPer1000Customers: round(
			(((sample.usageWithCustomers - sample.usageEmpty) / sample.customers) * 1000) / 1024
		),
		storageKBPer10000Sales: round(
			(((sample.usageWithSales - sample.usageWithCustomers) / sample.sales) * 10_000) / 1024
		)
	};
	for (const rate of [1, THROTTLE]) {
		const suffix = rate === 1 ? '' : `@${rate}x`;
		const cold = [];
		for (let run = 0; run < RUNS; run++) {
			cold.push(await measureColdStartThrottled(context, queries[0], rate));
		}
		figures[`coldStartMs${suffix}`] = round(median(cold.map((c) => c.usable)));
		figures[`coldStartServiceWorker${suffix}`] = cold.every((c) => c.controlled);
		const searchPage = await context.newPage();
		await throttled(searchPage, rate);
		const keystrokes = await measureSearch(searchPage, queries);
		figures[`searchP50Ms${suffix}`] = round(percentile(keystrokes, 50), 2);
		figures[`searchP95Ms${suffix}`] = round(percentile(keystrokes, 95), 2);
		figures[`searchKeystrokes${suffix}`] = keystrokes.length;
		const sales = await measureRecordSale(searchPage, sample.sampleCustomerId, 30);
		figures[`recordSaleP50Ms${suffix}`] = round(percentile(sales, 50), 2);
		figures[`recordSaleP95Ms${suffix}`] = round(percentile(sales, 95), 2);
		const segments = await measureSegments(searchPage);
		figures[`segmentsFirstVisitMs${suffix}`] = round(segments.first);
		figures[`segmentsLaterVisitMs${suffix}`] = round(segments.later);
		await searchPage.close();
	}
	await page.evaluate(async () => (await import('/__bench/seed.js')).clear());
	await context.close();
	return figures;
}

async function measureColdStartThrottled(context, query, rate) {
	if (rate === 1) return measureColdStart(context, query);
	// Throttle the page before it navigates: a new page gets its own CDP session.
	const original = context.newPage.bind(context);
	context.newPage = async () => {
		const page = await original();
		await throttled(page, rate);
		return page;
	};
	try {
		return await measureColdStart(context, query);
	} finally {
		context.newPage = original;
	}
}

async function main() {
	const started = Date.now();
	console.log('Building the app…');
	execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' });
	await build({
		root: ROOT,
		configFile: false,
		logLevel: 'warn',
		build: {
			outDir: join(ROOT, 'bench/.build'),
			emptyOutDir: true,
			lib: {
				entry: join(ROOT, 'bench/browser/seed.ts'),
				formats: ['es'],
				fileName: () => 'seed.js'
			}
		}
	});
	const server = await serve();
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]
	});
	const results = {
		date: new Date().toISOString(),
		command: `npm run bench${QUICK ? ' -- --quick' : ''}`,
		machine: `${process.platform} ${process.arch}, node ${process.version}`,
		runsPerMedian: RUNS,
		throttle: THROTTLE,
		transfer: await measureTransfer(browser, ['/', '/customers', '/settings']),
		shops: {}
	};
	for (const size of SIZES) {
		console.log(`Shop ${size.name}: ${size.customers} customers, ${size.sales} sales…`);
		results.shops[size.name] = await benchSize(browser, size);
	}
	await browser.close();
	server.close();
	results.totalSeconds = round((Date.now() - started) / 1000);
	mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
	writeFileSync(join(ROOT, 'bench/results/results.json'), JSON.stringify(results, null, 2));
	printTable(results);
}

function printTable(results) {
	console.log(`\nFirst visit, gzip (JS / CSS):`);
	for (const [route, sizes] of Object.entries(results.transfer)) {
		console.log(`  ${route.padEnd(12)} ${sizes.jsGzipKB} KB / ${sizes.cssGzipKB} KB`);
	}
	const names = Object.keys(results.shops);
	const keys = Object.keys(results.shops[names[0]]);
	console.log(`\n${'figure'.padEnd(34)}${names.map((n) => n.padStart(12)).join('')}`);
	for (const key of keys) {
		console.log(
			`${key.padEnd(34)}${names.map((n) => String(results.shops[n][key]).padStart(12)).join('')}`
		);
	}
	console.log(`\nTotal ${results.totalSeconds} s; results in bench/results/results.json`);
}

await main();
