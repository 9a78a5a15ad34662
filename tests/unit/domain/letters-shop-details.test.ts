import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../src/lib/domain/letters-languages';
import { missingShopDetails } from '../../../src/lib/domain/letters-shop-details';

const empty = { name: '', address: '', phone: '', signature: '' };

describe('missingShopDetails', () => {
	it('names the shop details a template uses and the shop lacks', () => {
		expect(missingShopDetails('Thanks from {{shopName}}, {{ shopPhone }}', empty)).toEqual([
			'shopName',
			'shopPhone'
		]);
		expect(missingShopDetails('{{shopAddress}}', { ...empty, address: '  ' })).toEqual([
			'shopAddress'
		]);
		expect(missingShopDetails('{{shopName}}', { ...empty, name: 'Corner Flowers' })).toEqual([]);
		expect(missingShopDetails('Dear {{firstName}}', empty)).toEqual([]);
	});

	it('the built-in thank-you letter needs the shop name', () => {
		expect(missingShopDetails(builtInTemplate('en', 'thank-you').body, empty)).toContain(
			'shopName'
		);
	});
});
