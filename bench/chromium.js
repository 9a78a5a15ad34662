// The system Chromium for the benchmark, found as the tests find it.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	const found = CANDIDATES.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		'No Chromium found. Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.'
	);
}

export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-gpu'
];
