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
import { readCardIndex } from '../../../src/lib/db/customer-reads';
import { summaryOf } from '../../../src/lib/domain/card-summary';
import { searchEntryOf } from '../../../src/lib/domain/search';
import { versionFixtures } from '../../fixtures/db-versions';

/** The index's summaries in id order, as the live cards come from the database. */
async function indexedSummaries(db: CardFileDb) {
	const { summaries, entries, inStep } = await readCardIndex(db);
	// The rows account for every stored card, live or deleted.
	expect(inStep).toBe(true);
	// The search entries stored with them are what the search would make of each card.
	expect(entries).toEqual(summaries.map(searchEntryOf));
	return summaries.sort((a, b) => (a.id < b.id ? -1 : 1));
}

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
			// Version 9's tables come empty to a database made before them, and take new rows.
			if (fixture.version < 9) {
				expect(await current.feedback.count()).toBe(0);
				expect(await current.signUpSources.count()).toBe(0);
				await current.feedback.add({
					id: 'after-upgrade',
					customerId: 'c',
					suggestion: '',
					rating: 5,
					createdAt: 1,
					updatedAt: 1
				});
				expect(await current.feedback.where('customerId').equals('c').count()).toBe(1);
			}
			// The card index, filled by version 7's upgrade or kept since, summarises the live cards.
			const live = (await current.customers.toArray()).filter((c) => c.deletedAt === undefined);
			expect(live.length).toBeGreaterThan(0);
			expect(await indexedSummaries(current)).toEqual(live.map(summaryOf));
			current.close();
			await Dexie.delete(name);
		});
	}
});
