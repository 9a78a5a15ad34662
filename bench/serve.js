// Serves build/ (and the benchmark's own bundle under /__bench/) on localhost, with the SPA
// fallback a static host gives, for the benchmark and the Lighthouse run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;
const cache = new Map();

function gzipped(file) {
	const mtime = statSync(file).mtimeMs;
	const hit = cache.get(file);
	if (hit && hit.mtime === mtime) return hit.body;
	const body = gzipSync(readFileSync(file));
	cache.set(file, { mtime, body });
	return body;
}

export function serve(port) {
	const origin = `http://localhost:${port}`;
	const app = join(ROOT, 'build');
	const extra = join(ROOT, 'bench/.build');
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url, origin).pathname);
		const base = path.startsWith('/__bench/') ? extra : app;
		const relative = path.startsWith('/__bench/') ? path.slice('/__bench'.length) : path;
		let file = join(base, relative);
		if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
			file = join(app, 'index.html'); // the SPA fallback, as on any static host
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
		// Compressed as any static host compresses text; images are already compressed.
		const gzip =
			COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		const body = gzip ? gzipped(file) : readFileSync(file);
		if (gzip) headers['content-encoding'] = 'gzip';
		response.writeHead(200, headers);
		response.end(body);
	});
	return new Promise((done) => server.listen(port, () => done(server)));
}
