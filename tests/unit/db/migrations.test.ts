/**
 * Every earlier schema version, with data in it, opened by the current code: nothing is lost.
 * Adding a schema version means adding its fixture to FIXTURES below.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
	CardFileDb,
	CURRENT_SCHEMA_VERSION,
	declareVersions,
	SCHEMA_VERSIONS
} from '../../../src/lib/db/schema';
import { versionFixtures } from '../../fixtures/db-versions';

describe('schema migrations', () => {
	it('has a fixture for every schema version', () => {
		expect(versionFixtures.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
	});

	it('declares versions in increasing order', () => {
		const versions = SCHEMA_VERSIONS.map((v) => v.version);
		expect([...versions].sort((a, b) => a - b)).toEqual(versions);
	});

	for (const fixture of versionFixtures) {
		it(`opens a version ${fixture.version} database with data and loses nothing`, async () => {
			const name = `migration-from-v${fixture.version}-${Math.random()}`;
			const old = new Dexie(name);
			declareVersions(old, fixture.version);
			await old.open();
			await fixture.write(old);
			old.close();

			const current = new CardFileDb(name);
			await current.open();
			expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
			await fixture.verify(current);
			current.close();
			await Dexie.delete(name);
		});
	}
});
