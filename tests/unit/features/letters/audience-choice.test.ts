import { describe, expect, it } from 'vitest';
import { purchasesInWindow } from '../../../../src/lib/domain/category-audience';
import { selectRecipients } from '../../../../src/lib/domain/letters-audience';
import { analyzeShop, DEFAULT_SEGMENT_SETTINGS } from '../../../../src/lib/domain/segments';
import {
	audienceKnown,
	audienceOf,
	boughtWindow,
	type AudienceChoice
} from '../../../../src/lib/features/letters/audience-choice';
import { customers, sales, TODAY } from '../../../fixtures/targeting/purchases';

const choice: AudienceChoice = {
	kind: 'bought',
	tag: '',
	months: 6,
	days: 30,
	picked: [],
	segment: '',
	category: 'roses'
};
const analysis = analyzeShop([], [], DEFAULT_SEGMENT_SETTINGS, TODAY);

describe('the "bought a category" choice', () => {
	it('is nobody, and not ready, until the window it asks for is read', () => {
		const stale = purchasesInWindow(sales, boughtWindow({ ...choice, boughtMonths: 12 }, TODAY));
		const data = { customers, contacts: [], analysis, purchases: stale };
		expect(audienceKnown(choice, TODAY, { segmentsLoaded: true, purchases: stale })).toBe(false);
		expect(selectRecipients(customers, audienceOf(choice, TODAY, data)).recipients).toEqual([]);
	});

	it('takes six months by default and the category whatever its case', () => {
		const purchases = purchasesInWindow(sales, boughtWindow(choice, TODAY));
		expect(purchases.window.months).toBe(6);
		expect(audienceKnown(choice, TODAY, { segmentsLoaded: false, purchases })).toBe(true);
		const audience = audienceOf(choice, TODAY, { customers, contacts: [], analysis, purchases });
		expect(selectRecipients(customers, audience).recipients.map((c) => c.id)).toEqual([
			'ANA',
			'BEN',
			'IDO'
		]);
	});
});
