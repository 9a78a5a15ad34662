/**
 * From parsed CSV rows to what the card file will hold: rows read and checked one by one, then
 * matched against the cards already there so nothing is doubled. Pure: the database layer runs
 * planImport again inside its transaction against what is stored at that moment.
 */
import {
	emptyCustomerFields,
	normalizeCustomerFields,
	parseTags,
	validateCustomer
} from './customer';
import type { CustomerFieldError } from './customer';
import { EMPTY_SUMMARY, addSaleToSummary } from './purchase-summary';
import { fullName } from './customer-name';
import { digitsOf, foldText } from './search';
import type { Customer, CustomerFields, Id, IsoDate, Minor, PurchaseSummary } from './types';
import {
	CUSTOMER_FIELDS,
	type ColumnMapping,
	type ImportField,
	type ImportKind
} from './io-mapping';
import {
	parseAmountValue,
	parseDateValue,
	parseYesNo,
	type DateOrder,
	type DecimalMark
} from './io-values';
import { MAX_SALE_MINOR } from './money';
import { CELL_NUMBER } from './io-parsed';

export interface ReadOptions {
	kind: ImportKind;
	mapping: ColumnMapping;
	dateOrder: DateOrder;
	decimalMark: DecimalMark;
	/** Minor units per major unit of the shop's currency. */
	perMajor: number;
	currency: string;
	today: IsoDate;
	/** The line each row starts on (from the CSV reader); else counted from `firstRowNumber`. */
	rowLines?: readonly number[];
	/** Line number in the file of the first data row (2 after one header line). */
	firstRowNumber?: number;
	/** Called now and then with the share of rows read. */
	onProgress?: (share: number) => void;
	/** A workbook's cell types (see ParsedTable): a number cell's amount is read with a point. */
	typed?: readonly (Uint8Array | undefined)[];
}

export type RowErrorCode =
	| CustomerFieldError
	| 'date-missing'
	| 'date-invalid'
	| 'amount-missing'
	| 'amount-invalid'
	| 'amount-decimal-mark'
	| 'amount-refund'
	| 'amount-zero'
	| 'amount-too-large'
	| 'customer-missing'
	| 'ref-repeated';

export interface RowError {
	/** Row number as the spreadsheet shows it. */
	row: number;
	field: ImportField | 'name';
	code: RowErrorCode;
	value: string;
}

/** How a row names its customer; any of them may be empty. */
export interface CustomerRef {
	externalId: string;
	email: string;
	phone: string;
}

export interface CustomerRow {
	row: number;
	fields: CustomerFields;
	/** False for a row naming its customer only by number, email or phone (a sale's buyer). */
	hasName?: boolean;
}

export interface SaleRow {
	row: number;
	ref: CustomerRef;
	/** Name and contact details to put on a card created for a new reference. */
	fields: CustomerFields;
	hasName: boolean;
	date: IsoDate;
	amount: Minor;
	category: string;
	saleRef?: string;
	/** A customer-with-purchase row: the sale goes to the card this row's customer row makes or finds. */
	cardRow?: number;
}

export interface ReadResult {
	customers: CustomerRow[];
	sales: SaleRow[];
	errors: RowError[];
	/** Data rows seen, blank lines not counted. */
	total: number;
	/** Rows read without a problem (a customer-with-purchase row counts once). */
	okRows: number;
}

/** Field to column, looked up once per file: a mapping held in reactive state is a proxy, slow per cell. */
type Columns = ReadonlyMap<ImportField, number>;

function columnsOf(mapping: ColumnMapping): Columns {
	const columns = new Map<ImportField, number>();
	mapping.forEach((field, index) => {
		if (!columns.has(field)) columns.set(field, index);
	});
	return columns;
}

function cell(row: readonly string[], columns: Columns, field: ImportField): string {
	const index = columns.get(field);
	return index === undefined ? '' : (row[index] ?? '').trim();
}

/** "Cohen, Dana" and "Dana Cohen" both become first and last name. */
export function splitFullName(full: string): { firstName: string; lastName: string } {
	const text = full.trim().replace(/\s+/g, ' ');
	const comma = text.indexOf(',');
	if (comma > 0)
		return { lastName: text.slice(0, comma).trim(), firstName: text.slice(comma + 1).trim() };
	const space = text.indexOf(' ');
	if (space < 0) return { firstName: text, lastName: '' };
	return { firstName: text.slice(0, space), lastName: text.slice(space + 1) };
}

function fieldsOf(
	row: readonly string[],
	options: ReadOptions,
	columns: Columns,
	errors: RowError[],
	rowNumber: number
): CustomerFields {
	const get = (f: ImportField) => cell(row, columns, f);
	const fields = emptyCustomerFields();
	const full = get('fullName');
	if (full) Object.assign(fields, splitFullName(full));
	if (get('firstName')) fields.firstName = get('firstName');
	if (get('lastName')) fields.lastName = get('lastName');
	fields.salutation = get('salutation');
	fields.email = get('email');
	fields.phone = get('phone');
	fields.address = {
		street: get('street'),
		postalCode: get('postalCode'),
		city: get('city'),
		country: get('country')
	};
	fields.tags = parseTags(get('tags').replace(/ ::: /g, ','));
	fields.notes = get('notes');
	const externalId = get('externalId');
	if (externalId) fields.externalId = externalId;
	const consent = parseYesNo(get('consent'));
	if (consent !== undefined) fields.marketingConsent = consent;
	const birthday = get('birthday');
	if (birthday) {
		const parsed = parseDateValue(birthday, options.dateOrder);
		if (parsed) fields.birthday = parsed;
		else
			errors.push({ row: rowNumber, field: 'birthday', code: 'birthday-invalid', value: birthday });
	}
	return normalizeCustomerFields(fields);
}

function customerErrors(
	fields: CustomerFields,
	today: IsoDate,
	rowNumber: number,
	row: readonly string[],
	columns: Columns,
	skipName: boolean
): RowError[] {
	const found = validateCustomer(fields, today);
	const errors: RowError[] = [];
	for (const [key, code] of Object.entries(found)) {
		if (key === 'name' && skipName && code === 'name-required') continue;
		const field: ImportField | 'name' = key === 'name' ? 'name' : (key as ImportField);
		const value =
			key === 'name'
				? `${fields.firstName} ${fields.lastName}`.trim()
				: key === 'address'
					? fields.address.street
					: cell(row, columns, field as ImportField);
		errors.push({ row: rowNumber, field, code: code as CustomerFieldError, value });
	}
	return errors;
}

/** A sale row's customer, read once per distinct set of customer cells. */
interface Buyer {
	/** Shared by every row naming the same customer; never changed after reading. */
	fields: CustomerFields;
	hasName: boolean;
	ref: CustomerRef;
	problems: Omit<RowError, 'row'>[];
}

/** Reads every row; a row with any problem is reported and left out, the others are kept. */
export function readRows(rows: readonly (readonly string[])[], options: ReadOptions): ReadResult {
	const result: ReadResult = { customers: [], sales: [], errors: [], total: 0, okRows: 0 };
	const refsSeen = new Set<string>();
	const columns = columnsOf(options.mapping);
	const firstRowNumber = options.firstRowNumber ?? 2;
	// A sales file names the same few thousand customers and days again and again: each distinct
	// customer (its cells as written) and date is read and checked once, and the rows share the
	// result. Far less work and garbage on a 100,000-row file.
	const customerColumns = options.mapping.flatMap((field, i) =>
		(CUSTOMER_FIELDS as readonly string[]).includes(field) ? [i] : []
	);
	const buyers = new Map<string, Buyer>();
	const buyerOf = (row: readonly string[], rowNumber: number): Buyer => {
		const key = customerColumns.map((i) => row[i] ?? '').join('\u0000');
		let buyer = buyers.get(key);
		if (buyer) return buyer;
		const errors: RowError[] = [];
		const fields = fieldsOf(row, options, columns, errors, rowNumber);
		errors.push(
			...customerErrors(fields, options.today, rowNumber, row, columns, true).filter(
				(e) => e.field !== 'birthday' || errors.every((x) => x.field !== 'birthday')
			)
		);
		const ref: CustomerRef = {
			externalId: fields.externalId ?? '',
			email: fields.email,
			phone: fields.phone
		};
		const hasName = `${fields.firstName}${fields.lastName}`.trim().length > 0;
		// A sale must name its buyer by number, email or phone; a customer row may use a name.
		const named = options.kind === 'customers-with-sales' && hasName;
		if (!ref.externalId && !ref.email && !ref.phone && !named)
			errors.push({ row: rowNumber, field: 'externalId', code: 'customer-missing', value: '' });
		buyer = {
			fields,
			hasName,
			ref,
			problems: errors.map(({ field, code, value }) => ({ field, code, value }))
		};
		buyers.set(key, buyer);
		return buyer;
	};
	const amountColumn = columns.get('amount');
	const dates = new Map<string, IsoDate | undefined>();
	const dateOf = (text: string): IsoDate | undefined => {
		if (!dates.has(text)) dates.set(text, parseDateValue(text, options.dateOrder));
		return dates.get(text);
	};
	rows.forEach((row, index) => {
		if (index % 20_000 === 0) options.onProgress?.(index / rows.length);
		if (row.every((c) => c.trim() === '')) return;
		result.total++;
		const rowNumber = options.rowLines?.[index] ?? firstRowNumber + index;
		const errors: RowError[] = [];
		if (options.kind === 'customers') {
			const fields = fieldsOf(row, options, columns, errors, rowNumber);
			errors.push(
				...customerErrors(fields, options.today, rowNumber, row, columns, false).filter(
					(e) => e.field !== 'birthday' || errors.every((x) => x.field !== 'birthday')
				)
			);
			if (errors.length > 0) result.errors.push(...errors);
			else {
				result.customers.push({ row: rowNumber, fields });
				result.okRows++;
			}
			return;
		}
		const get = (f: ImportField) => cell(row, columns, f);
		const { fields, hasName, ref, problems } = buyerOf(row, rowNumber);
		for (const problem of problems) errors.push({ ...problem, row: rowNumber });
		const dateText = get('saleDate');
		const amountText = get('amount');
		const saleRef = get('saleRef');
		// A customer with nothing bought yet is a card without a sale, not a problem.
		const withSale =
			options.kind === 'sales' || dateText !== '' || amountText !== '' || saleRef !== '';
		let sale: SaleRow | undefined;
		if (withSale) {
			const date = dateText ? dateOf(dateText) : undefined;
			if (!dateText)
				errors.push({ row: rowNumber, field: 'saleDate', code: 'date-missing', value: '' });
			else if (!date)
				errors.push({ row: rowNumber, field: 'saleDate', code: 'date-invalid', value: dateText });
			// A number the workbook stored is written with a point: the column's mark is for text.
			const typedAmount =
				amountColumn !== undefined && options.typed?.[index]?.[amountColumn] === CELL_NUMBER;
			const amount = parseAmountValue(
				amountText,
				typedAmount ? '.' : options.decimalMark,
				options.perMajor
			);
			if (!amount.ok)
				errors.push({
					row: rowNumber,
					field: 'amount',
					code:
						amount.error === 'empty'
							? 'amount-missing'
							: amount.error === 'decimal-mark'
								? 'amount-decimal-mark'
								: 'amount-invalid',
					value: amountText
				});
			// Refunds and cancellations ("C536379") are not visits; the report lists them instead.
			else if (amount.minor < 0 || /^c\d/i.test(saleRef))
				errors.push({ row: rowNumber, field: 'amount', code: 'amount-refund', value: amountText });
			else if (amount.minor === 0)
				errors.push({ row: rowNumber, field: 'amount', code: 'amount-zero', value: amountText });
			else if (amount.minor > MAX_SALE_MINOR * (options.perMajor / 100))
				errors.push({
					row: rowNumber,
					field: 'amount',
					code: 'amount-too-large',
					value: amountText
				});
			if (saleRef) {
				if (refsSeen.has(saleRef))
					errors.push({ row: rowNumber, field: 'saleRef', code: 'ref-repeated', value: saleRef });
				refsSeen.add(saleRef);
			}
			if (date && amount.ok)
				sale = {
					row: rowNumber,
					ref,
					fields,
					hasName,
					date,
					amount: amount.minor,
					category: get('category'),
					saleRef: saleRef || undefined
				};
		}
		if (errors.length > 0) {
			result.errors.push(...errors);
			return;
		}
		result.okRows++;
		if (options.kind === 'customers-with-sales') {
			result.customers.push({ row: rowNumber, fields, hasName });
			if (sale) result.sales.push({ ...sale, cardRow: rowNumber });
		} else if (sale) result.sales.push(sale);
	});
	return result;
}

/** What is already in the card file, keyed the ways a row can name a customer. */
export interface ExistingIndex {
	byExternalId: Map<string, Id>;
	byEmail: Map<string, Id>;
	byPhone: Map<string, Id>;
	saleRefs: Set<string>;
}

/** The last nine digits: "+972 50-123 4567" and "050 123 4567" are the same phone. */
export function phoneKey(phone: string): string {
	const digits = digitsOf(phone);
	return digits.length >= 7 ? digits.slice(-9) : '';
}

export function emptyIndex(): ExistingIndex {
	return { byExternalId: new Map(), byEmail: new Map(), byPhone: new Map(), saleRefs: new Set() };
}

function addToIndex(
	index: ExistingIndex,
	id: Id,
	c: Pick<CustomerFields, 'externalId' | 'email' | 'phone'>
): void {
	if (c.externalId && !index.byExternalId.has(c.externalId))
		index.byExternalId.set(c.externalId, id);
	const email = c.email.trim().toLowerCase();
	if (email && !index.byEmail.has(email)) index.byEmail.set(email, id);
	const phone = phoneKey(c.phone);
	if (phone && !index.byPhone.has(phone)) index.byPhone.set(phone, id);
}

export function indexExisting(
	customers: readonly Pick<Customer, 'id' | 'externalId' | 'email' | 'phone' | 'deletedAt'>[],
	saleRefs: Iterable<string>
): ExistingIndex {
	const index = emptyIndex();
	for (const c of customers) if (c.deletedAt === undefined) addToIndex(index, c.id, c);
	for (const ref of saleRefs) index.saleRefs.add(ref);
	return index;
}

function findMatch(index: ExistingIndex, ref: CustomerRef): Id | undefined {
	// An external id is the strongest key; when the row has one, only it decides.
	if (ref.externalId) return index.byExternalId.get(ref.externalId);
	const email = ref.email.toLowerCase();
	if (email && index.byEmail.has(email)) return index.byEmail.get(email);
	const phone = phoneKey(ref.phone);
	return phone ? index.byPhone.get(phone) : undefined;
}

export interface PlannedCustomer {
	/** A temporary key ("new:3") until the database gives the card its id. */
	key: string;
	fields: CustomerFields;
}

export interface PlannedSale {
	row: number;
	/** An existing card id, or the key of a planned new card. */
	customer: string;
	date: IsoDate;
	amount: Minor;
	category: string;
	externalRef?: string;
}

export interface ImportPlan {
	newCustomers: PlannedCustomer[];
	/** Existing cards matched by a customer row: blank fields filled from the row. */
	fills: Map<Id, Partial<CustomerFields>>;
	sales: PlannedSale[];
	/** Customer rows that matched an existing or earlier card. */
	matchedRows: number;
	/** Sales whose invoice number is already in the card file. */
	alreadyImported: number;
	/** The lines of those sales, left out so nothing is doubled. */
	alreadyImportedRows: number[];
}

/** Fields blank on the card and filled in the row: an import never overwrites what was typed. */
function blankFills(
	existing: CustomerFields | undefined,
	row: CustomerFields
): Partial<CustomerFields> {
	if (!existing) return {};
	const fills: Partial<CustomerFields> = {};
	for (const key of ['salutation', 'email', 'phone', 'birthday', 'notes', 'externalId'] as const) {
		if (!existing[key] && row[key]) fills[key] = row[key];
	}
	const address = existing.address;
	if (
		!address.street &&
		!address.city &&
		!address.postalCode &&
		(row.address.street || row.address.city)
	)
		fills.address = row.address;
	if (existing.tags.length === 0 && row.tags.length > 0) fills.tags = row.tags;
	return fills;
}

export function planImport(
	read: ReadResult,
	index: ExistingIndex,
	existingFields: (id: Id) => CustomerFields | undefined,
	unnamed: (ref: string) => string
): ImportPlan {
	const plan: ImportPlan = {
		newCustomers: [],
		fills: new Map(),
		sales: [],
		matchedRows: 0,
		alreadyImported: 0,
		alreadyImportedRows: []
	};
	const planned = new Map<string, PlannedCustomer>();
	const newCustomer = (fields: CustomerFields): string => {
		const key = `new:${plan.newCustomers.length}`;
		const entry = { key, fields };
		plan.newCustomers.push(entry);
		planned.set(key, entry);
		addToIndex(index, key, fields);
		return key;
	};
	const nameOf = (ref: CustomerRef) => ({
		firstName: '',
		lastName: unnamed(ref.externalId || ref.email || ref.phone)
	});
	// The card each customer row made or found, for the purchase on the same row.
	const cardOfRow = new Map<number, string>();
	// A row with only a name finds an earlier row of this file with the same name (a list kept by
	// hand repeats its customers), never a card already stored: a name alone is too weak for that.
	const byNameInFile = new Map<string, string>();
	for (const row of read.customers) {
		const ref: CustomerRef = {
			externalId: row.fields.externalId ?? '',
			email: row.fields.email,
			phone: row.fields.phone
		};
		const hasRef = ref.externalId !== '' || ref.email !== '' || ref.phone !== '';
		const nameKey = hasRef ? '' : foldText(fullName(row.fields));
		const match = hasRef ? findMatch(index, ref) : byNameInFile.get(nameKey);
		if (match === undefined) {
			const fields = row.hasName === false ? { ...row.fields, ...nameOf(ref) } : row.fields;
			const key = newCustomer(fields);
			cardOfRow.set(row.row, key);
			if (nameKey) byNameInFile.set(nameKey, key);
			continue;
		}
		cardOfRow.set(row.row, match);
		plan.matchedRows++;
		const target = planned.get(match);
		if (target) {
			target.fields = { ...target.fields, ...blankFills(target.fields, row.fields) };
			continue;
		}
		const current = { ...existingFields(match), ...plan.fills.get(match) } as CustomerFields;
		const fills = blankFills(existingFields(match) ? current : undefined, row.fields);
		if (Object.keys(fills).length > 0)
			plan.fills.set(match, { ...plan.fills.get(match), ...fills });
	}
	for (const row of read.sales) {
		if (row.saleRef && index.saleRefs.has(row.saleRef)) {
			plan.alreadyImported++;
			plan.alreadyImportedRows.push(row.row);
			continue;
		}
		let customer =
			row.cardRow !== undefined ? cardOfRow.get(row.cardRow) : findMatch(index, row.ref);
		if (customer === undefined)
			customer = newCustomer(row.hasName ? row.fields : { ...row.fields, ...nameOf(row.ref) });
		plan.sales.push({
			row: row.row,
			customer,
			date: row.date,
			amount: row.amount,
			category: row.category,
			externalRef: row.saleRef
		});
		if (row.saleRef) index.saleRefs.add(row.saleRef);
	}
	return plan;
}

/** The summaries of the touched cards after the planned sales: existing ones plus the new lines. */
export function summariesAfter(
	plan: ImportPlan,
	existingSummary: (id: string) => PurchaseSummary | undefined
): Map<string, PurchaseSummary> {
	const summaries = new Map<string, PurchaseSummary>();
	for (const sale of plan.sales) {
		const before = summaries.get(sale.customer) ?? existingSummary(sale.customer) ?? EMPTY_SUMMARY;
		summaries.set(sale.customer, addSaleToSummary(before, sale));
	}
	return summaries;
}
