/** Which card or sale field each CSV column feeds, guessed from headers in the shop's languages. */
import { foldText } from './search';

export type ImportKind = 'customers' | 'sales';

export const CUSTOMER_FIELDS = [
	'externalId',
	'fullName',
	'firstName',
	'lastName',
	'salutation',
	'email',
	'phone',
	'street',
	'postalCode',
	'city',
	'country',
	'birthday',
	'tags',
	'notes',
	'consent'
] as const;

export const SALE_FIELDS = ['saleRef', 'saleDate', 'amount', 'category'] as const;

export type ImportField =
	(typeof CUSTOMER_FIELDS)[number] | (typeof SALE_FIELDS)[number] | 'ignore';

/** One entry per column: what it feeds. */
export type ColumnMapping = ImportField[];

/**
 * Headers as spreadsheets, Google Contacts and Outlook write them, in English, Hebrew, Greek,
 * Russian and Armenian. Compared after folding case and accents and dropping everything but
 * letters and digits, so "E-mail 1 - Value" is "email1value" and "דוא"ל" is "דואל".
 */
const HEADER_WORDS: Record<Exclude<ImportField, 'ignore'>, string[]> = {
	externalId: [
		'id',
		'external id',
		'customerid',
		'customer id',
		'customer no',
		'customer number',
		'client id',
		'client number',
		'account',
		'account number',
		'card number',
		'member id',
		'код клиента',
		'номер клиента',
		'id клиента',
		'код',
		'מספר לקוח',
		'קוד לקוח',
		'מס לקוח',
		'κωδικός πελάτη',
		'κωδικός',
		'αριθμός πελάτη',
		'հաճախորդի կոդ',
		'կոդ',
		'հաճախորդի համար'
	],
	fullName: [
		'name',
		'full name',
		'customer name',
		'client name',
		'customer',
		'client',
		'display name',
		'contact name',
		'фио',
		'имя фамилия',
		'клиент',
		'покупатель',
		'наименование',
		'שם',
		'שם מלא',
		'שם לקוח',
		'לקוח',
		'ονοματεπώνυμο',
		'πελάτης',
		'όνομα πελάτη',
		'անուն ազգանուն',
		'հաճախորդ',
		'անուն, ազգանուն'
	],
	firstName: [
		'first name',
		'firstname',
		'given name',
		'forename',
		'first',
		'имя',
		'שם פרטי',
		'όνομα',
		'μικρό όνομα',
		'անուն'
	],
	lastName: [
		'last name',
		'lastname',
		'surname',
		'family name',
		'last',
		'фамилия',
		'שם משפחה',
		'επώνυμο',
		'ազգանուն'
	],
	salutation: [
		'title',
		'salutation',
		'name prefix',
		'prefix',
		'обращение',
		'תואר',
		'פנייה',
		'προσφώνηση',
		'τίτλος',
		'դիմելաձև'
	],
	email: [
		'email',
		'e-mail',
		'mail',
		'email address',
		'e-mail address',
		'e-mail 1 - value',
		'email 1 - value',
		'primary email',
		'почта',
		'эл почта',
		'электронная почта',
		'e-mail адрес',
		'емейл',
		'דואל',
		'דואר אלקטרוני',
		'אימייל',
		'מייל',
		'ηλεκτρονικό ταχυδρομείο',
		'ηλ ταχυδρομείο',
		'ηλεκτρονική διεύθυνση',
		'էլ փոստ',
		'էլփոստ',
		'էլեկտրոնային փոստ'
	],
	phone: [
		'phone',
		'telephone',
		'tel',
		'mobile',
		'mobile phone',
		'cell',
		'cell phone',
		'phone number',
		'phone 1 - value',
		'primary phone',
		'home phone',
		'business phone',
		'телефон',
		'тел',
		'мобильный',
		'мобильный телефон',
		'сотовый',
		'טלפון',
		'נייד',
		'פלאפון',
		'טלפון נייד',
		'τηλέφωνο',
		'κινητό',
		'τηλ',
		'հեռախոս',
		'բջջային',
		'հեռ'
	],
	street: [
		'street',
		'address',
		'street address',
		'address 1 - street',
		'home street',
		'business street',
		'улица',
		'адрес',
		'רחוב',
		'כתובת',
		'οδός',
		'διεύθυνση',
		'հասցե',
		'փողոց'
	],
	postalCode: [
		'zip',
		'zip code',
		'postal code',
		'postcode',
		'post code',
		'home postal code',
		'address 1 - postal code',
		'индекс',
		'почтовый индекс',
		'מיקוד',
		'τκ',
		'ταχυδρομικός κώδικας',
		'փոստային ինդեքս',
		'ինդեքս'
	],
	city: [
		'city',
		'town',
		'home city',
		'address 1 - city',
		'город',
		'населенный пункт',
		'עיר',
		'ישוב',
		'יישוב',
		'πόλη',
		'քաղաք'
	],
	country: [
		'country',
		'home country/region',
		'country/region',
		'address 1 - country',
		'страна',
		'ארץ',
		'מדינה',
		'χώρα',
		'երկիր'
	],
	birthday: [
		'birthday',
		'birth date',
		'date of birth',
		'dob',
		'birthdate',
		'день рождения',
		'дата рождения',
		'יום הולדת',
		'תאריך לידה',
		'γενέθλια',
		'ημερομηνία γέννησης',
		'ծննդյան օր',
		'ծննդյան ամսաթիվ',
		'ծննդյան տարեթիվ'
	],
	tags: [
		'tags',
		'labels',
		'categories',
		'group membership',
		'groups',
		'group',
		'теги',
		'метки',
		'группа',
		'תגיות',
		'קבוצה',
		'ετικέτες',
		'ομάδα',
		'պիտակներ',
		'խումբ'
	],
	notes: [
		'notes',
		'note',
		'comment',
		'comments',
		'remarks',
		'примечание',
		'комментарий',
		'заметки',
		'הערות',
		'הערה',
		'σημειώσεις',
		'σχόλια',
		'նշումներ',
		'մեկնաբանություն'
	],
	consent: [
		'consent',
		'marketing consent',
		'newsletter',
		'opt in',
		'согласие',
		'рассылка',
		'הסכמה',
		'דיוור',
		'συγκατάθεση',
		'ενημερωτικό',
		'համաձայնություն'
	],
	saleRef: [
		'invoice',
		'invoiceno',
		'invoice no',
		'invoice number',
		'invoice id',
		'receipt',
		'receipt no',
		'receipt number',
		'order id',
		'order number',
		'order no',
		'transaction id',
		'номер счета',
		'счет',
		'чек',
		'номер чека',
		'номер документа',
		'документ',
		'חשבונית',
		'מספר חשבונית',
		'קבלה',
		'מספר קבלה',
		'אסמכתא',
		'τιμολόγιο',
		'αριθμός τιμολογίου',
		'απόδειξη',
		'αριθμός απόδειξης',
		'հաշիվ',
		'հաշվի համար',
		'կտրոն'
	],
	saleDate: [
		'date',
		'invoicedate',
		'invoice date',
		'sale date',
		'order date',
		'purchase date',
		'transaction date',
		'дата',
		'дата продажи',
		'дата покупки',
		'תאריך',
		'תאריך קנייה',
		'ημερομηνία',
		'ημερομηνία αγοράς',
		'ամսաթիվ',
		'գնման ամսաթիվ'
	],
	amount: [
		'amount',
		'total',
		'totalprice',
		'total price',
		'sum',
		'price',
		'value',
		'grand total',
		'total amount',
		'сумма',
		'итого',
		'стоимость',
		'сумма продажи',
		'סכום',
		'סהכ',
		'מחיר',
		'סכום כולל',
		'ποσό',
		'σύνολο',
		'τιμή',
		'αξία',
		'գումար',
		'ընդհանուր',
		'արժեք'
	],
	category: [
		'category',
		'product',
		'item',
		'description',
		'department',
		'категория',
		'товар',
		'описание',
		'קטגוריה',
		'מוצר',
		'תיאור',
		'κατηγορία',
		'προϊόν',
		'περιγραφή',
		'կատեգորիա',
		'ապրանք',
		'նկարագրություն'
	]
};

export function headerKey(header: string): string {
	return foldText(header).replace(/[^\p{L}\p{N}]/gu, '');
}

const LOOKUP: Map<string, ImportField> = (() => {
	const map = new Map<string, ImportField>();
	for (const [field, words] of Object.entries(HEADER_WORDS)) {
		for (const word of words) {
			const key = headerKey(word);
			if (!map.has(key)) map.set(key, field as ImportField);
		}
	}
	return map;
})();

export function guessField(header: string): ImportField {
	return LOOKUP.get(headerKey(header)) ?? 'ignore';
}

/** Each field feeds from one column at most: the first column that looks like it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
	const used = new Set<ImportField>();
	const mapping = headers.map((header) => {
		const field = guessField(header);
		if (field === 'ignore' || used.has(field)) return 'ignore';
		used.add(field);
		return field;
	});
	// Google and Outlook write "Name" beside "Given Name"/"Family Name": the parts are better.
	if (used.has('fullName') && (used.has('firstName') || used.has('lastName'))) {
		return mapping.map((f) => (f === 'fullName' ? 'ignore' : f));
	}
	return mapping;
}

export function guessKind(mapping: ColumnMapping): ImportKind {
	return mapping.includes('amount') ? 'sales' : 'customers';
}

/** Problems that stop the import before any row is read, e.g. no amount column for sales. */
export type MappingProblem =
	'no-name' | 'no-amount' | 'no-date' | 'no-customer-ref' | 'duplicate-field';

export function mappingProblems(mapping: ColumnMapping, kind: ImportKind): MappingProblem[] {
	const problems: MappingProblem[] = [];
	const fields = mapping.filter((f) => f !== 'ignore');
	if (new Set(fields).size !== fields.length) problems.push('duplicate-field');
	const has = (f: ImportField) => mapping.includes(f);
	if (kind === 'customers') {
		if (!has('fullName') && !has('firstName') && !has('lastName')) problems.push('no-name');
	} else {
		if (!has('amount')) problems.push('no-amount');
		if (!has('saleDate')) problems.push('no-date');
		if (!has('externalId') && !has('email') && !has('phone')) problems.push('no-customer-ref');
	}
	return problems;
}
