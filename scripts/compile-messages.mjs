/**
 * Compiles the message catalogs (paraglide) unless the compiled ones are already of these very
 * catalogs: `npm ci`, the type check, the unit tests, the dev server and the build all need them,
 * and compiling costs about ten seconds of CPU each time on a two-core machine. The one place
 * that says how: no bundler plugin compiles them a second, different way.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROJECT = './project.inlang';
const OUTDIR = './src/lib/paraglide';
const STAMP = join(OUTDIR, '.inputs-hash');
const OPTIONS = [
	// The shop's language is remembered on the device; the browser's language is the first guess.
	'--strategy',
	'localStorage',
	'preferredLanguage',
	'baseLocale',
	// As the Vite plugin sets it: the server build (prerendering the shell) knows it is one.
	'--is-server',
	"import.meta.env?.SSR ?? typeof window === 'undefined'"
];

function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) =>
			entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
		)
		.sort();
}

const hash = createHash('sha256');
const compiler = JSON.parse(
	readFileSync('node_modules/@inlang/paraglide-js/package.json', 'utf8')
).version;
hash.update(`paraglide ${compiler} ${OPTIONS.join(' ')}\n`);
for (const file of [join(PROJECT, 'settings.json'), ...filesUnder('messages')]) {
	hash.update(`${file}\n`);
	hash.update(readFileSync(file));
}
const inputs = hash.digest('hex');

const force = process.argv.includes('--force');
const compiled = ['messages.js', 'runtime.js'].every((file) => existsSync(join(OUTDIR, file)));
if (!force && compiled && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) {
	console.log('Messages already compiled from these catalogs.');
} else {
	execFileSync(
		process.execPath,
		[
			'node_modules/@inlang/paraglide-js/bin/run.js',
			'compile',
			'--project',
			PROJECT,
			'--outdir',
			OUTDIR,
			...OPTIONS
		],
		{ stdio: 'inherit' }
	);
	writeFileSync(STAMP, inputs);
}
