/** Finds the system Chromium: tests never download a browser. */
import { existsSync } from 'node:fs';

// The headless shell first: the same engine without the browser's UI layers, it takes about a
// third less CPU per test on a 2-core machine (Debian's `chromium-headless-shell` package, which
// .ci/run installs). The full browser is the fallback; the bench keeps it (bench/chromium.js).
const CANDIDATES = [
	'/usr/bin/chromium-headless-shell',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

export function chromiumPath(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no browser there.`);
	}
	const found = CANDIDATES.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		'No Chromium found. Install it with ' +
			'`sudo apt-get install -y chromium-headless-shell chromium` (Debian/Ubuntu), ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome executable.'
	);
}

/** Flags for a closed network: without them Chromium keeps trying to reach Google's hosts. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-gpu'
];
