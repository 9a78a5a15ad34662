/** Which card or sale field each CSV column feeds, guessed from headers in the shop's languages. */
import { foldText } from './search';

/**
 * What each row of the file is: a customer's card; a sale of a customer (a till or shop-system
 * export); or a customer with a purchase on the same row (a list kept by hand), which makes
 * cards and sales in one go.
 */
export type ImportKind = 'customers' | 'sales' | 'customers-with-sales';

export const IMPORT_KINDS: readonly ImportKind[] = ['customers', 'customers-with-sales', 'sales'];

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
		'имя клиента',
		'שם פרטי לקוח',
		'όνομα πελάτη μικρό',
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
		'фамилия клиента',
		'שם משפחה לקוח',
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
		'эл. почта',
		'e mail',
		'email адрес',
		'имейл',
		'דוא"ל',
		'מייל לקוח',
		'email πελάτη',
		'էլ. փոստ',
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
		'номер телефона',
		'моб телефон',
		'мобильный номер',
		'מספר טלפון',
		'מס טלפון',
		'αριθμός τηλεφώνου',
		'κινητό τηλέφωνο',
		'հեռախոսահամար',
		'հեռախոսի համար',
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
		'date of purchase',
		'purchased',
		'purchase day',
		'дата заказа',
		'дата чека',
		'дата оплаты',
		'תאריך רכישה',
		'תאריך הקנייה',
		'תאריך עסקה',
		'ημερομηνία πώλησης',
		'ημερομηνία παραγγελίας',
		'վաճառքի ամսաթիվ',
		'գնման օր',
		'գնման ամսաթիվը',
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
		'purchase amount',
		'purchase total',
		'sale amount',
		'sale total',
		'sales amount',
		'order total',
		'order amount',
		'paid',
		'amount paid',
		'sum of purchase',
		'сумма покупки',
		'сумма покупок',
		'сумма заказа',
		'сумма чека',
		'сумма оплаты',
		'оплачено',
		'потрачено',
		'סכום קנייה',
		'סכום הקנייה',
		'סכום רכישה',
		'סכום עסקה',
		'סכום ששולם',
		'שולם',
		'ποσό αγοράς',
		'ποσό πώλησης',
		'ποσό παραγγελίας',
		'σύνολο αγοράς',
		'πληρωμή',
		'գնման գումար',
		'գնումի գումար',
		'վաճառքի գումար',
		'վճարված գումար',
		'գումարը',
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
		'что куплено',
		'товары',
		'מה נקנה',
		'τι αγοράστηκε',
		'ինչ է գնվել',
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

/**
 * Figures derived from the sales (this app's statistics export writes them): left out, never read
 * as a sale, so an export of customers with statistics reads back in as the same cards.
 */
const DERIVED_HEADERS = [
	'card_id',
	'sale_id',
	'currency',
	'visits',
	'total_spent',
	'first_purchase',
	'last_purchase',
	'recency_days'
];

const LOOKUP: Map<string, ImportField> = (() => {
	const map = new Map<string, ImportField>();
	for (const header of DERIVED_HEADERS) map.set(headerKey(header), 'ignore');
	for (const [field, words] of Object.entries(HEADER_WORDS)) {
		for (const word of words) {
			const key = headerKey(word);
			if (!map.has(key)) map.set(key, field as ImportField);
		}
	}
	return map;
})();

/**
 * Word stems that name a field inside a longer header ("Сумма покупки, руб.", "Total spent (€)"),
 * tried in this order when no whole header matches: a birthday before any date, a date before
 * an amount. Stems are folded like headers.
 */
const STEMS: readonly [Exclude<ImportField, 'ignore'>, readonly string[]][] = [
	['birthday', ['birth', 'рожд', 'לידה', 'γενεθ', 'γεννησ', 'ծննդ']],
	['email', ['email', 'mail', 'почт', 'мейл', 'מייל', 'דואל', 'ταχυδρομ', 'փոստ']],
	['phone', ['phone', 'mobile', 'телеф', 'טלפון', 'נייד', 'τηλεφ', 'κινητ', 'հեռախոս']],
	['saleDate', ['date', 'дата', 'תאריך', 'ημερομην', 'ամսաթիվ']],
	['amount', ['amount', 'total', 'сумм', 'стоим', 'итог', 'סכום', 'סהכ', 'ποσ', 'συνολ', 'գումար']],
	['lastName', ['surname', 'lastname', 'фамил', 'משפחה', 'επωνυμ', 'ազգանուն']],
	['firstName', ['firstname', 'forename', 'имя', 'פרטי', 'ονομα', 'անուն']]
].map(([field, stems]) => [field, (stems as string[]).map(headerKey)] as const) as readonly [
	Exclude<ImportField, 'ignore'>,
	readonly string[]
][];

function stemField(key: string): ImportField {
	for (const [field, stems] of STEMS) if (stems.some((stem) => key.includes(stem))) return field;
	return 'ignore';
}

export function guessField(header: string): ImportField {
	const key = headerKey(header);
	return LOOKUP.get(key) ?? (key ? stemField(key) : 'ignore');
}

/**
 * Each field feeds from one column at most: the first column whose whole header names it, else
 * the first whose header holds one of its stems ("Email" wins over "Email opt-in").
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
	const keys = headers.map(headerKey);
	const used = new Set<ImportField>();
	const mapping: ColumnMapping = keys.map((key) => {
		const field = LOOKUP.get(key) ?? 'ignore';
		if (field === 'ignore' || used.has(field)) return 'ignore';
		used.add(field);
		return field;
	});
	keys.forEach((key, index) => {
		if (mapping[index] !== 'ignore' || !key || LOOKUP.has(key)) return;
		const field = stemField(key);
		if (field === 'ignore' || used.has(field)) return;
		used.add(field);
		mapping[index] = field;
	});
	// Google and Outlook write "Name" beside "Given Name"/"Family Name": the parts are better.
	if (used.has('fullName') && (used.has('firstName') || used.has('lastName'))) {
		return mapping.map((f) => (f === 'fullName' ? 'ignore' : f));
	}
	return mapping;
}

const NAME_FIELDS: readonly ImportField[] = ['fullName', 'firstName', 'lastName'];
const SALE_ONLY_FIELDS: readonly ImportField[] = SALE_FIELDS;

/**
 * A file with an amount is about sales; with a name beside the amount, each row is a customer
 * with a purchase (a list kept by hand), otherwise a sale naming its customer by number, email
 * or phone (a till's export).
 */
export function guessKind(mapping: ColumnMapping): ImportKind {
	if (!mapping.includes('amount')) return 'customers';
	return mapping.some((f) => NAME_FIELDS.includes(f)) ? 'customers-with-sales' : 'sales';
}

/** Mapped columns the chosen kind would not read: shown to the owner, never dropped in silence. */
export function unusedColumns(mapping: ColumnMapping, kind: ImportKind): number[] {
	if (kind !== 'customers') return [];
	return mapping.flatMap((field, index) => (SALE_ONLY_FIELDS.includes(field) ? [index] : []));
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
	} else if (kind === 'customers-with-sales') {
		if (!NAME_FIELDS.some(has) && !has('externalId') && !has('email') && !has('phone'))
			problems.push('no-name');
		if (!has('amount')) problems.push('no-amount');
		if (!has('saleDate')) problems.push('no-date');
	} else {
		if (!has('amount')) problems.push('no-amount');
		if (!has('saleDate')) problems.push('no-date');
		if (!has('externalId') && !has('email') && !has('phone')) problems.push('no-customer-ref');
	}
	return problems;
}
