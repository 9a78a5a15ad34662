/** Column guesses from headers as shops, Google Contacts and Outlook write them. */
import { describe, expect, it } from 'vitest';
import {
	guessField,
	guessKind,
	guessMapping,
	mappingProblems,
	unusedColumns,
	type ColumnMapping
} from '../../../src/lib/domain/io-mapping';

describe('guessMapping', () => {
	it('reads the online retail invoices header', () => {
		const mapping = guessMapping(['InvoiceNo', 'InvoiceDate', 'CustomerID', 'TotalPrice']);
		expect(mapping).toEqual(['saleRef', 'saleDate', 'externalId', 'amount']);
		expect(guessKind(mapping)).toBe('sales');
	});
	it('reads Russian, Hebrew, Greek and Armenian headers', () => {
		expect(
			guessMapping(['Номер чека', 'Дата', 'Код клиента', 'Фамилия', 'Имя', 'Телефон', 'Сумма'])
		).toEqual(['saleRef', 'saleDate', 'externalId', 'lastName', 'firstName', 'phone', 'amount']);
		expect(guessMapping(['שם פרטי', 'שם משפחה', 'טלפון', 'דוא"ל', 'עיר', 'תאריך לידה'])).toEqual([
			'firstName',
			'lastName',
			'phone',
			'email',
			'city',
			'birthday'
		]);
		expect(guessMapping(['Ονοματεπώνυμο', 'Τηλέφωνο', 'Email', 'Πόλη'])).toEqual([
			'fullName',
			'phone',
			'email',
			'city'
		]);
		expect(guessMapping(['Անուն', 'Ազգանուն', 'Հեռախոս', 'Էլ. փոստ'])).toEqual([
			'firstName',
			'lastName',
			'phone',
			'email'
		]);
	});
	it('reads a Google Contacts export, preferring name parts to "Name"', () => {
		const mapping = guessMapping([
			'Name',
			'Given Name',
			'Family Name',
			'Name Prefix',
			'Birthday',
			'Notes',
			'Group Membership',
			'E-mail 1 - Value',
			'Phone 1 - Value',
			'Phone 2 - Value',
			'Address 1 - Street',
			'Address 1 - City',
			'Address 1 - Postal Code',
			'Address 1 - Country'
		]);
		expect(mapping).toEqual([
			'ignore',
			'firstName',
			'lastName',
			'salutation',
			'birthday',
			'notes',
			'tags',
			'email',
			'phone',
			'ignore',
			'street',
			'city',
			'postalCode',
			'country'
		]);
	});
	it('reads an Outlook export', () => {
		expect(
			guessMapping([
				'Title',
				'First Name',
				'Last Name',
				'E-mail Address',
				'Mobile Phone',
				'Home Street',
				'Home City',
				'Home Postal Code',
				'Home Country/Region',
				'Categories'
			])
		).toEqual([
			'salutation',
			'firstName',
			'lastName',
			'email',
			'phone',
			'street',
			'city',
			'postalCode',
			'country',
			'tags'
		]);
	});
	it('leaves unknown headers alone', () => {
		expect(guessMapping(['foo', 'bar'])).toEqual(['ignore', 'ignore']);
	});
});

describe('mappingProblems', () => {
	it('asks for a name for customers, and amount, date and reference for sales', () => {
		expect(mappingProblems(['ignore', 'email'], 'customers')).toEqual(['no-name']);
		expect(mappingProblems(['ignore'], 'sales')).toEqual([
			'no-amount',
			'no-date',
			'no-customer-ref'
		]);
		const twice: ColumnMapping = ['email', 'email', 'firstName'];
		expect(mappingProblems(twice, 'customers')).toEqual(['duplicate-field']);
	});
});

describe('purchase columns in the five languages', () => {
	it('knows the amount and date of a purchase by their common names', () => {
		for (const header of [
			'Сумма покупки',
			'סכום קנייה',
			'ποσό αγοράς',
			'գնման գումար',
			'Purchase amount',
			'Сумма покупки, руб.',
			'Total (EUR)'
		])
			expect(guessField(header), header).toBe('amount');
		for (const header of ['Дата покупки', 'תאריך רכישה', 'ημερομηνία αγοράς', 'գնման ամսաթիվ'])
			expect(guessField(header), header).toBe('saleDate');
		expect(guessField('Дата рождения клиента')).toBe('birthday');
	});

	it('a whole-header match wins over a stem: "Email" over "Email opt-in"', () => {
		expect(guessMapping(['Email opt-in', 'Email'])).toEqual(['ignore', 'email']);
	});

	it("leaves this app's own statistics columns out, so an export reads back as the same cards", () => {
		expect(
			guessMapping(['card_id', 'name', 'email', 'last_purchase', 'visits', 'total_spent'])
		).toEqual(['ignore', 'fullName', 'email', 'ignore', 'ignore', 'ignore']);
	});
});

describe('guessKind', () => {
	it('a name beside an amount is a customer with a purchase; an amount alone a sale', () => {
		expect(guessKind(['lastName', 'firstName', 'amount', 'saleDate'])).toBe('customers-with-sales');
		expect(guessKind(['saleRef', 'saleDate', 'externalId', 'amount'])).toBe('sales');
		expect(guessKind(['fullName', 'email'])).toBe('customers');
	});

	it('names the mapped columns a customer import would not read', () => {
		expect(unusedColumns(['fullName', 'amount', 'saleDate', 'email'], 'customers')).toEqual([1, 2]);
		expect(unusedColumns(['fullName', 'amount', 'saleDate'], 'customers-with-sales')).toEqual([]);
	});
});
