/** The committed lock installs on every platform with `npm ci` (docs/adr/0006-lock-file.md). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	resolved?: string;
	integrity?: string;
}
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'))
	.packages as Record<string, LockEntry>;
const entry = (name: string) => lock[`node_modules/${name}`];

describe('package-lock.json', () => {
	it("holds rollup's native build for every platform, not only the one it was written on", () => {
		const rollup = entry('rollup')?.version;
		for (const platform of [
			'darwin-arm64',
			'darwin-x64',
			'linux-x64-gnu',
			'linux-arm64-gnu',
			'win32-x64-msvc',
			'win32-arm64-msvc'
		]) {
			const build = entry(`@rollup/rollup-${platform}`);
			expect(build, platform).toBeDefined();
			expect(build?.version, platform).toBe(rollup);
			expect(build?.optional, platform).toBe(true);
		}
	});

	it('names every optional build that @lix-js/sdk lists, so npm ci finds nothing missing', () => {
		const sdk = lock['node_modules/@lix-js/sdk'] as LockEntry & {
			optionalDependencies?: Record<string, string>;
		};
		const wanted = Object.entries(sdk.optionalDependencies ?? {});
		expect(wanted.length).toBeGreaterThan(0);
		for (const [name, version] of wanted) {
			const build = entry(name);
			expect(build, name).toBeDefined();
			expect(build?.version, name).toBe(version);
			expect(build?.optional, name).toBe(true);
			// Placeholders for builds never published carry the platform, so npm skips them elsewhere.
			expect(build?.os?.length, name).toBe(1);
			expect(build?.cpu?.length, name).toBe(1);
		}
	});

	it('pins every package by its hash, but for the placeholders of builds never published', () => {
		const unhashed = Object.entries(lock)
			.filter(([path, e]) => path && !e.integrity)
			.map(([path]) => path.replace('node_modules/', ''));
		expect(unhashed).toEqual([
			'@lix-js/sdk-darwin-arm64',
			'@lix-js/sdk-linux-arm64',
			'@lix-js/sdk-win32-x64'
		]);
	});
});
