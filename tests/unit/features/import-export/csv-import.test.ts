/**
 * The import flow with its session: the page's flow class talks to the import session as it
 * would to the worker (messages, in order, asynchronously), over a fake-indexeddb card file.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardFileDb } from '../../../../src/lib/db/schema';
import {
	CsvImportFlow,
	type ImportWorkerLike
} from '../../../../src/lib/features/import-export/csv-import.svelte';
import type {
	FromWorker,
	ToWorker
} from '../../../../src/lib/features/import-export/import-protocol';
import { createImportSession } from '../../../../src/lib/features/import-export/import-session';

const fixtureFile = (name: string) => {
	const bytes = readFileSync(new URL(`../../../fixtures/io/${name}`, import.meta.url));
	return new File([bytes], name);
};
const textFile = (text: string, name = 'list.csv') => new File([text], name);

/** The session behind a worker's interface: replies come later, as a worker's would. */
function sessionWorker(): ImportWorkerLike & { idle: () => Promise<void> } {
	let pending = Promise.resolve();
	const worker: ImportWorkerLike & { idle: () => Promise<void> } = {
		onmessage: null,
		postMessage(message: ToWorker) {
			pending = handle(message);
		},
		terminate() {},
		idle: async () => {
			// Replies are delivered in later turns; wait until the session and they are done.
			for (let i = 0; i < 5; i++) {
				await pending;
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
		}
	};
	const handle = createImportSession((message: FromWorker) =>
		setTimeout(() => worker.onmessage?.({ data: message } as MessageEvent<FromWorker>), 0)
	);
	return worker;
}

let db: CardFileDb;
let worker: ReturnType<typeof sessionWorker>;
let flow: CsvImportFlow;

beforeEach(async () => {
	db = new CardFileDb(`import-${Math.random()}`);
	await db.open();
	worker = sessionWorker();
	flow = new CsvImportFlow({
		createWorker: () => worker,
		dbName: () => db.name,
		shop: () => ({ perMajor: 100, currency: 'RUB', today: '2026-12-03' }),
		unnamedTemplate: () => 'Customer {ref}',
		now: () => Date.parse('2026-12-03T10:00:00Z')
	});
});
afterEach(async () => {
	db.close();
	await CardFileDb.delete(db.name);
});

async function settled() {
	await worker.idle();
	await worker.idle();
}

describe('a Russian list with a purchase on each row', () => {
	for (const name of ['ru-customers-purchases-bom.csv', 'ru-customers-purchases-1251.csv']) {
		it(`${name}: four cards and four sales, with no mapping by hand`, async () => {
			await flow.choose(fixtureFile(name));
			await settled();
			expect(flow.step).toBe('map');
			expect(flow.mapping).toEqual([
				'lastName',
				'firstName',
				'phone',
				'email',
				'birthday',
				'amount',
				'saleDate'
			]);
			expect(flow.summary?.kind).toBe('customers-with-sales');
			expect(flow.summary?.decimalMark).toBe(',');
			expect(flow.summary?.dateOrder).toBe('dmy');
			expect(flow.summary?.result?.accounting).toEqual({
				dataLines: 4,
				imported: 4,
				reported: 0,
				leftOut: 0
			});
			flow.importRows();
			await settled();
			expect(flow.step).toBe('done');
			expect(flow.outcome).toMatchObject({ newCustomers: 4, sales: 4 });

			const maria = (await db.customers.toArray()).find((c) => c.firstName === 'Мария');
			expect(maria).toMatchObject({ lastName: 'Иванова', birthday: '1985-03-14' });
			const sales = await db.sales.where('customerId').equals(maria!.id).toArray();
			expect(sales.map(({ amount, date }) => ({ amount, date }))).toEqual([
				{ amount: 125050, date: '2024-02-05' }
			]);
			expect(await db.sales.count()).toBe(4);
		});
	}
});

describe('mapping a column by hand', () => {
	it('applies the decimal mark the newly mapped column shows, so no amount is read 100 times larger', async () => {
		await flow.choose(
			textFile('Name;Phone;Paid\nAnn Lee;050 111 2222;1 250,50\nBob Katz;050 333 4444;12,50\n')
		);
		await settled();
		expect(flow.mapping[2]).toBe('amount');
		// The owner first leaves the amount out, then maps it again by hand.
		flow.mapColumn(2, 'ignore');
		await settled();
		expect(flow.summary?.kind).toBe('customers');
		flow.chooseDecimalMark('.');
		await settled();
		flow.mapColumn(2, 'amount');
		await settled();
		expect(flow.summary?.decimalMark).toBe(',');
		expect(flow.summary?.decimalGuess).toMatchObject({ certain: true, votes: 2, of: 2 });
		expect(flow.summary?.kind).toBe('customers-with-sales');
	});

	it('a date column without an amount under "a customer" is a visible warning', async () => {
		await flow.choose(
			textFile('Name,Email,Amount,Date\nAnn Lee,ann@example.com,12.50,2024-02-05\n')
		);
		await settled();
		flow.chooseKind('customers');
		await settled();
		expect(flow.summary?.unusedColumns).toEqual([2, 3]);
	});

	it('a wrong decimal mark chosen by hand reports each amount written the other way', async () => {
		await flow.choose(
			textFile(
				'Name;Phone;Amount;Date\nAnn Lee;050 111 2222;1250,50;05.02.2024\nBob Katz;050 333 4444;7;06.02.2024\n'
			)
		);
		await settled();
		expect(flow.summary?.decimalMark).toBe(',');
		flow.chooseDecimalMark('.');
		await settled();
		const result = flow.summary?.result;
		expect(result?.accounting).toMatchObject({ imported: 1, reported: 1 });
		expect(result?.firstEntries[0]).toMatchObject({ line: 2, code: 'amount-decimal-mark' });
	});

	it('warns when the decimal mark reads the amounts a thousand times larger than the other', async () => {
		await flow.choose(
			textFile(
				'Name;Phone;Amount;Date\nAnn Lee;050 111 2222;1,250;05.02.2024\nBob Katz;050 333 4444;2,500;06.02.2024\n'
			)
		);
		await settled();
		flow.chooseDecimalMark('.');
		await settled();
		expect(flow.summary?.scale).toEqual({ chosen: 250000, other: 250 });
	});
});

describe('row accounting', () => {
	it('the unclosed-quote file accounts for its four lines and stores no other row in a card', async () => {
		await flow.choose(fixtureFile('unclosed-quote.csv'));
		await settled();
		expect(flow.summary?.result?.accounting).toEqual({
			dataLines: 4,
			imported: 3,
			reported: 1,
			leftOut: 0
		});
		expect(flow.summary?.result?.firstEntries[0]).toMatchObject({
			line: 2,
			field: 'line',
			code: 'quote-broken'
		});
		flow.importRows();
		await settled();
		const cards = await db.customers.toArray();
		expect(cards.map((c) => c.lastName).sort()).toEqual(['Dee', 'Eve', 'Katz']);
		for (const card of cards) expect(card.lastName).not.toContain('\n');
	});

	it('the report lists every reported and left-out line', async () => {
		await flow.choose(
			textFile('Invoice,Date,Customer ID,Amount\nA1,2024-01-02,7,10.00\nA2,2024-01-03,7,oops\n')
		);
		await settled();
		flow.importRows();
		await settled();
		// The same file again: A1 is in the card file now.
		flow.reset();
		await flow.choose(
			textFile('Invoice,Date,Customer ID,Amount\nA1,2024-01-02,7,10.00\nA2,2024-01-03,7,oops\n')
		);
		await settled();
		expect(flow.summary?.result?.accounting).toEqual({
			dataLines: 2,
			imported: 0,
			reported: 1,
			leftOut: 1
		});
		const report = flow.report();
		await settled();
		expect((await report).entries.map((e) => [e.line, e.code])).toEqual([
			[2, 'already-imported'],
			[3, 'amount-invalid']
		]);
	});

	it('cancelling while the rows are written leaves the card file as it was', async () => {
		await flow.choose(textFile('Name,Email\nAnn Lee,ann@example.com\n'));
		await settled();
		flow.importRows();
		flow.cancel();
		await settled();
		expect(flow.failure).toBe('cancelled');
		expect(await db.customers.count()).toBe(0);
	});
});
