/**
 * Workbooks through the same import flow and session as CSV: the sheet chosen, typed dates and
 * amounts read without a guess, the same accounting and all-or-nothing write; and an .xlsx export
 * of customers with statistics that reads back to the same cards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../../../src/lib/db/io';
import { CardFileDb } from '../../../../src/lib/db/schema';
import { statisticsTable } from '../../../../src/lib/domain/io-export';
import { readWorkbook, sheetTable } from '../../../../src/lib/domain/io-sheet';
import { writeXlsx } from '../../../../src/lib/domain/io-xlsx-write';
import {
	CsvImportFlow,
	type ImportWorkerLike
} from '../../../../src/lib/features/import-export/csv-import.svelte';
import type {
	FromWorker,
	ToWorker
} from '../../../../src/lib/features/import-export/import-protocol';
import { createImportSession } from '../../../../src/lib/features/import-export/import-session';
import { makeOds, makeXlsx, type TestBook } from '../../../fixtures/workbooks';

function sessionWorker(): ImportWorkerLike & { idle: () => Promise<void> } {
	let pending = Promise.resolve();
	const worker: ImportWorkerLike & { idle: () => Promise<void> } = {
		onmessage: null,
		postMessage(message: ToWorker) {
			pending = handle(message);
		},
		terminate() {},
		idle: async () => {
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

const dbs: CardFileDb[] = [];
async function newDb() {
	const db = new CardFileDb(`sheet-import-${Math.random()}`);
	await db.open();
	dbs.push(db);
	return db;
}
function flowFor(db: CardFileDb) {
	const worker = sessionWorker();
	const flow = new CsvImportFlow({
		createWorker: () => worker,
		dbName: () => db.name,
		shop: () => ({ perMajor: 100, currency: 'RUB', today: '2026-12-03' }),
		unnamedTemplate: () => 'Customer {ref}',
		now: () => Date.parse('2026-12-03T10:00:00Z')
	});
	const settled = async () => {
		await worker.idle();
		await worker.idle();
	};
	return { flow, settled };
}

let db: CardFileDb;
beforeEach(async () => {
	db = await newDb();
});
afterEach(async () => {
	for (const d of dbs.splice(0)) {
		d.close();
		await CardFileDb.delete(d.name);
	}
});

/** A list kept by hand: a title row, Cyrillic names, a date column, an amount column; a cover sheet. */
const LIST: TestBook = {
	sheets: [
		{ name: 'Обложка', rows: [['Магазин «Роза»']] },
		{
			name: 'Покупатели',
			merges: ['A1:E1'],
			rows: [
				['Покупатели и покупки, 2024', null, null, null, null],
				[],
				['Фамилия', 'Имя', 'Телефон', 'Дата покупки', 'Сумма'],
				['Иванова', 'Мария', '+7 912 345-67-89', { date: '2024-02-05' }, 1250.5],
				['Петров', 'Борис', '+7 916 123-45-67', { date: '2024-11-13' }, 12.5],
				[
					'Сидоров',
					'Ян',
					'+7 903 000-11-22',
					{ date: '2024-03-04' },
					{ formula: 'E4+E5', value: 1263 }
				]
			]
		}
	]
};

for (const [format, make] of [
	['xlsx', makeXlsx],
	['ods', makeOds]
] as const) {
	describe(`a ${format} list with a title row`, () => {
		it('imports cards and sales with their dates and amounts, no mapping, no guess', async () => {
			const { flow, settled } = flowFor(db);
			await flow.choose(new File([make(LIST)], `list.${format}`));
			await settled();
			expect(flow.step).toBe('map');
			expect(flow.file).toMatchObject({
				format,
				sheet: 1,
				headerLine: 3,
				dataLines: 3,
				sheets: [
					{ name: 'Обложка', rows: 1 },
					{ name: 'Покупатели', rows: 5 }
				]
			});
			expect(flow.mapping).toEqual(['lastName', 'firstName', 'phone', 'saleDate', 'amount']);
			expect(flow.summary).toMatchObject({
				kind: 'customers-with-sales',
				typedDates: true,
				typedAmounts: true
			});
			expect(flow.summary?.result?.accounting).toEqual({
				dataLines: 3,
				imported: 3,
				reported: 0,
				leftOut: 0
			});
			flow.importRows();
			await settled();
			expect(flow.outcome).toMatchObject({ newCustomers: 3, sales: 3 });
			const sales = await db.sales.toArray();
			const byName = new Map((await db.customers.toArray()).map((c) => [c.id, c.firstName]));
			expect(
				sales
					.map((s) => ({ name: byName.get(s.customerId), date: s.date, amount: s.amount }))
					.sort((a, b) => a.date.localeCompare(b.date))
			).toEqual([
				{ name: 'Мария', date: '2024-02-05', amount: 125050 },
				{ name: 'Ян', date: '2024-03-04', amount: 126300 },
				{ name: 'Борис', date: '2024-11-13', amount: 1250 }
			]);
		});
	});
}

describe('typed cells beside text cells', () => {
	it('the guess is made from the text cells only and never applied to a number cell', async () => {
		const { flow, settled } = flowFor(db);
		const book: TestBook = {
			sheets: [
				{
					name: 'S',
					rows: [
						['Name', 'Phone', 'Date', 'Amount'],
						['Ann Lee', '050 111 2222', '13.01.2024', '1 250,50'],
						['Bob Katz', '050 333 4444', { date: '2024-01-14' }, 1250.5]
					]
				}
			]
		};
		await flow.choose(new File([makeXlsx(book)], 'mixed.xlsx'));
		await settled();
		expect(flow.summary).toMatchObject({
			typedDates: false,
			typedAmounts: false,
			dateOrder: 'dmy',
			decimalMark: ','
		});
		expect(flow.summary?.decimalGuess).toMatchObject({ votes: 1, of: 1 });
		expect(flow.summary?.result?.accounting.imported).toBe(2);
		expect(flow.summary?.result?.previewSales.map((s) => [s.date, s.amount])).toEqual([
			['2024-01-13', 125050],
			['2024-01-14', 125050]
		]);
	});

	it('another sheet is read with its own header and mapping', async () => {
		const { flow, settled } = flowFor(db);
		await flow.choose(new File([makeXlsx(LIST)], 'list.xlsx'));
		await settled();
		flow.chooseSheet(0);
		await settled();
		// The cover sheet has no rows under a header: the owner is told, nothing is read.
		expect(flow.failure).toBe('sheet-empty');
	});

	it('a damaged workbook is refused with its reason', async () => {
		const { flow, settled } = flowFor(db);
		await flow.choose(new File([makeXlsx(LIST).slice(0, 200)], 'broken.xlsx'));
		await settled();
		expect(flow.step).toBe('choose');
		expect(flow.failure).toBe('corrupt');
	});
});

describe('an .xlsx export of customers with statistics', () => {
	it('has numbers and dates as typed cells, and reads back to the same cards', async () => {
		const { flow, settled } = flowFor(db);
		await flow.choose(new File([makeXlsx(LIST)], 'list.xlsx'));
		await settled();
		flow.importRows();
		await settled();
		const { customers } = await exportSnapshot(db);
		const table = statisticsTable(customers, { currency: 'RUB', referenceDate: '2026-12-03' });
		const bytes = writeXlsx(table, { sheetName: 'Клиенты', rightToLeft: false });

		const workbook = readWorkbook(bytes);
		if (!workbook.ok) throw new Error(workbook.failure);
		const read = sheetTable(workbook.workbook.sheets[0])!;
		const column = (name: string) => read.header.indexOf(name);
		const maria = read.rows.findIndex((r) => r[column('name')] === 'Мария Иванова');
		expect(read.rows[maria][column('visits')]).toBe('1');
		expect(read.rows[maria][column('total_spent')]).toBe('1250.5');
		expect(read.rows[maria][column('last_purchase')]).toBe('2024-02-05');
		expect(read.typed![maria][column('visits')]).toBe(1);
		expect(read.typed![maria][column('total_spent')]).toBe(1);
		expect(read.typed![maria][column('last_purchase')]).toBe(2);

		const other = await newDb();
		const again = flowFor(other);
		await again.flow.choose(new File([bytes.slice()], 'export.xlsx'));
		await again.settled();
		expect(again.flow.summary?.kind).toBe('customers');
		again.flow.importRows();
		await again.settled();
		const shape = (list: typeof customers) =>
			list
				.map((c) => ({ first: c.firstName, last: c.lastName, phone: c.phone, email: c.email }))
				.sort((a, b) => a.first.localeCompare(b.first));
		expect(shape(await other.customers.toArray())).toEqual(shape(customers));
	});
});
