/** A seeded, realistic demo shop: every kind of buyer, two seasonal years of sales, and notes. */
import { pointsForSale, type PointsLine, type PointsSettings } from './points';
import { digitsOf, searchWordsOf } from './search';
import type { ContactChannel, Customer, Note, Sale } from './types';

export type DemoLanguage = 'en' | 'he' | 'el' | 'ru' | 'hy';

export interface DemoShopOptions {
	seed: number;
	customers: number;
	sales: number;
	/** `YYYY-MM-DD`, the last day of data. */
	today: string;
	language?: DemoLanguage;
	/** ISO 4217 code; defaults to EUR. */
	currency?: string;
}

export interface DemoShop {
	customers: Customer[];
	/** Grouped by customer, in date order within each customer. */
	sales: Sale[];
	notes: Note[];
}

/** The one-click demo. */
export const DEMO_SHOP_DEFAULT = { seed: 20261123, customers: 300, sales: 3000 };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const WINDOW_DAYS = 730;
const LAST_DAY = WINDOW_DAYS - 1;
/** First day of the last 12 months, the usual "former buyer" window. */
const LAST_YEAR_START = WINDOW_DAYS - 365;
/** First day of the last 6 months, where declining customers thin out. */
const LAST_HALF_START = WINDOW_DAYS - 183;
const OPENS_AT_MS = 9 * HOUR_MS;
const OPEN_FOR_MS = 9 * HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Seeded randomness and ids

/** sfc32: tiny and fast, and its 128-bit state keeps 80-bit id suffixes from repeating. */
class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		// splitmix32 spreads a small integer seed over the whole state.
		let s = seed >>> 0;
		const next = () => {
			s = (s + 0x9e3779b9) | 0;
			let z = s;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
			return (z ^ (z >>> 16)) >>> 0;
		};
		this.a = next();
		this.b = next();
		this.c = next();
		this.d = next();
		for (let i = 0; i < 12; i++) this.u32();
	}

	u32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/** Uniform in [0, 1). */
	float(): number {
		return this.u32() / 4_294_967_296;
	}

	/** Uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.float() * n);
	}

	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	chance(p: number): boolean {
		return this.float() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}

	/** Log-normal factor with median 1, for amounts that vary like real tickets. */
	spread(sigma: number): number {
		const u = 1 - this.float();
		const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
		return Math.exp(sigma * normal);
	}

	digits(n: number): string {
		let text = '';
		for (let i = 0; i < n; i++) text += String.fromCharCode(48 + this.int(10));
		return text;
	}
}

const CROCKFORD = Array.from('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (ch) => ch.charCodeAt(0));
const TWO_30 = 2 ** 30;

/** A ULID whose 16 random characters come from the seeded generator, so reruns give equal ids. */
function ulidAt(time: number, rng: Rng): string {
	const c = CROCKFORD;
	const hi = Math.floor(time / TWO_30);
	const lo = time - hi * TWO_30;
	const a = rng.u32();
	const b = rng.u32();
	const r = rng.u32();
	return String.fromCharCode(
		c[(hi >>> 15) & 31],
		c[(hi >>> 10) & 31],
		c[(hi >>> 5) & 31],
		c[hi & 31],
		c[(lo >>> 25) & 31],
		c[(lo >>> 20) & 31],
		c[(lo >>> 15) & 31],
		c[(lo >>> 10) & 31],
		c[(lo >>> 5) & 31],
		c[lo & 31],
		c[a >>> 27],
		c[(a >>> 22) & 31],
		c[(a >>> 17) & 31],
		c[(a >>> 12) & 31],
		c[(a >>> 7) & 31],
		c[(a >>> 2) & 31],
		c[b >>> 27],
		c[(b >>> 22) & 31],
		c[(b >>> 17) & 31],
		c[(b >>> 12) & 31],
		c[(b >>> 7) & 31],
		c[(b >>> 2) & 31],
		c[r >>> 27],
		c[(r >>> 22) & 31],
		c[(r >>> 17) & 31],
		c[(r >>> 12) & 31]
	);
}

// ---------------------------------------------------------------------------------------------
// Shop data per language

interface Person {
	name: string;
	latin: string;
}

interface Surname {
	male: string;
	female: string;
	latinMale: string;
	latinFemale: string;
}

/** How a surname changes for a woman, in its own script and in her email address. */
interface Feminine {
	suffix: string;
	latin: (latin: string) => string;
}

const UNCHANGED: Feminine = { suffix: '', latin: (latin) => latin };

interface City {
	name: string;
	postalPrefix: string;
	areaCode: string;
}

interface Locale {
	female: Person[];
	male: Person[];
	surnames: Surname[];
	salutations: { mr: string; mrs: string; ms: string; dr: string };
	country: string;
	/** The shop's own town first: most customers live there. */
	cities: City[];
	streets: string[];
	streetLine(street: string, rng: Rng): string;
	postalCode(city: City, rng: Rng): string;
	mobile(rng: Rng): string;
	landline(city: City, rng: Rng): string;
	/** Mobile numbers as some customers write them, with the country code. */
	international(rng: Rng): string;
	emailDomains: string[];
	/** What a gift and clothing shop sells; also the interests a card is tagged with. */
	categories: string[];
	comments: string[];
	complaints: string[];
	cardNotes: string[];
	/** Sunday to Saturday. */
	weekdays: number[];
}

/** Parses 'Name|latin, ...' so that long name lists stay compact and readable. */
function people(...parts: string[]): Person[] {
	return parts
		.join(', ')
		.split(/\s*,\s*/)
		.map((entry) => {
			const [name, latin] = entry.split('|');
			return { name, latin };
		});
}

/** Parses 'Male|Female|latin' entries, or 'Name|latin' ones that `feminine` inflects. */
function surnames(feminine: Feminine, ...parts: string[]): Surname[] {
	return parts
		.join(', ')
		.split(/\s*,\s*/)
		.map((entry) => {
			const fields = entry.split('|');
			const latin = fields[fields.length - 1];
			return {
				male: fields[0],
				female: fields.length === 3 ? fields[1] : fields[0] + feminine.suffix,
				latinMale: latin,
				latinFemale: feminine.latin(latin)
			};
		});
}

function cities(...entries: [string, string, string][]): City[] {
	return entries.map(([name, postalPrefix, areaCode]) => ({ name, postalPrefix, areaCode }));
}

/** Groups digits from the right in pairs, the way Armenian and Russian numbers are read out. */
function pairs(digits: string): string {
	const groups: string[] = [];
	let end = digits.length;
	while (end > 0) {
		groups.unshift(digits.slice(Math.max(0, end - 2), end));
		end -= 2;
	}
	return groups.join(' ');
}

const WEEK_CLOSED_SUNDAY = [0.35, 0.8, 0.9, 0.9, 1, 1.25, 1.6];

const EIRCODE_LETTERS = 'ACDEFHKNPRTVWXY';
const EIRCODE_CHARS = EIRCODE_LETTERS + '0123456789';

const EN: Locale = {
	female: people(
		'Mary|mary, Sarah|sarah, Emma|emma, Aoife|aoife, Siobhán|siobhan, Catherine|catherine',
		'Laura|laura, Niamh|niamh, Claire|claire, Rachel|rachel, Sophie|sophie, Grace|grace',
		'Anne|anne, Helen|helen, Zoë|zoe'
	),
	male: people(
		'John|john, Patrick|patrick, Michael|michael, Seán|sean, David|david, James|james',
		'Liam|liam, Conor|conor, Thomas|thomas, Daniel|daniel, Peter|peter, Brian|brian',
		'Mark|mark, Paul|paul, Eoin|eoin'
	),
	surnames: surnames(
		UNCHANGED,
		"Murphy|murphy, Kelly|kelly, O'Sullivan|osullivan, Walsh|walsh, Smith|smith",
		"O'Brien|obrien, Byrne|byrne, Ryan|ryan, O'Connor|oconnor, O'Neill|oneill",
		'Reilly|reilly, Doyle|doyle, McCarthy|mccarthy, Gallagher|gallagher, Doherty|doherty',
		'Kennedy|kennedy, Lynch|lynch, Murray|murray, Quinn|quinn, Moore|moore',
		'McLoughlin|mcloughlin, Carroll|carroll, Connolly|connolly, Daly|daly, Brennan|brennan',
		'Burke|burke, Collins|collins, Campbell|campbell, Clarke|clarke, Johnston|johnston'
	),
	salutations: { mr: 'Mr', mrs: 'Mrs', ms: 'Ms', dr: 'Dr' },
	country: 'Ireland',
	cities: cities(
		['Galway', 'H91', '091'],
		['Dublin', 'D', '01'],
		['Cork', 'T12', '021'],
		['Limerick', 'V94', '061'],
		['Waterford', 'X91', '051'],
		['Kilkenny', 'R95', '056'],
		['Sligo', 'F91', '071'],
		['Athlone', 'N37', '090']
	),
	streets: [
		'Main Street',
		'Church Road',
		'Station Road',
		'Green Lane',
		'Castle Street',
		'Mill Road',
		'Park Avenue',
		'Bridge Street',
		'Patrick Street',
		'Abbey Road'
	],
	streetLine: (street, rng) => `${rng.between(1, 120)} ${street}`,
	postalCode: (city, rng) => {
		const key =
			city.postalPrefix === 'D'
				? `D${String(rng.between(1, 18)).padStart(2, '0')}`
				: city.postalPrefix;
		let unique = EIRCODE_LETTERS[rng.int(EIRCODE_LETTERS.length)];
		for (let i = 0; i < 3; i++) unique += EIRCODE_CHARS[rng.int(EIRCODE_CHARS.length)];
		return `${key} ${unique}`;
	},
	mobile: (rng) => `08${rng.pick(['3', '5', '6', '7', '9'])} ${rng.digits(3)} ${rng.digits(4)}`,
	landline: (city, rng) => `${city.areaCode} ${rng.digits(3)} ${rng.digits(4)}`,
	international: (rng) =>
		`+353 8${rng.pick(['3', '5', '6', '7', '9'])} ${rng.digits(3)} ${rng.digits(4)}`,
	emailDomains: ['gmail.com', 'outlook.com', 'yahoo.ie', 'eircom.net', 'icloud.com'],
	categories: [
		'Dresses',
		'Knitwear',
		'Shirts & blouses',
		'Trousers & skirts',
		'Scarves & hats',
		'Jewellery',
		'Handbags',
		"Children's wear",
		'Home & candles',
		'Cards & gift wrap'
	],
	comments: [
		'Loves the new knitwear; call when the winter range arrives.',
		'Asked to be told when dresses in size 14 come in.',
		'Brought a friend along and praised the gift wrapping.',
		'Prefers to shop on quiet weekday mornings.',
		'Asked about a gift voucher for a birthday.'
	],
	complaints: [
		'The zip on the handbag broke after two weeks.',
		'Was charged twice for the same scarf.',
		'The dress shrank after the first wash.',
		'Waited too long at the counter on a busy Saturday.',
		'The size we ordered never arrived.'
	],
	cardNotes: [
		'Size M.',
		'Allergic to wool.',
		'Buys presents for the grandchildren in December.',
		'Likes bright colours.'
	],
	weekdays: WEEK_CLOSED_SUNDAY
};

const HE: Locale = {
	female: people(
		'שרה|sarah, רחל|rachel, מיכל|michal, נועה|noa, תמר|tamar, יעל|yael, אסתר|esther',
		'רונית|ronit, דנה|dana, מאיה|maya, שירה|shira, ליאת|liat, אורית|orit, חנה|hana, רבקה|rivka'
	),
	male: people(
		'דוד|david, יוסף|yosef, משה|moshe, אברהם|avraham, יעקב|yaakov, דניאל|daniel, איתי|itai',
		'אורי|uri, נועם|noam, עומר|omer, יונתן|yonatan, אריאל|ariel, רון|ron, אבי|avi, מיכאל|michael'
	),
	surnames: surnames(
		UNCHANGED,
		'כהן|cohen, לוי|levi, מזרחי|mizrahi, פרץ|peretz, ביטון|biton, דהן|dahan, אברהם|avraham',
		'פרידמן|friedman, אזולאי|azoulay, מלכה|malka, חדד|hadad, גבאי|gabay, אוחיון|ohayon',
		'יוסף|yosef, שפירא|shapira, קליין|klein, גולדברג|goldberg, רוזנברג|rosenberg',
		'אשכנזי|ashkenazi, בן דוד|bendavid, עמר|amar, סויסה|swisa, ששון|sasson, שלום|shalom',
		'טל|tal, בר|bar, שמעוני|shimoni, וקנין|vaknin, אלון|alon, נחום|nahum'
	),
	salutations: { mr: 'מר', mrs: 'גב׳', ms: 'גב׳', dr: 'ד״ר' },
	country: 'ישראל',
	cities: cities(
		['תל אביב-יפו', '61', '03'],
		['ירושלים', '91', '02'],
		['חיפה', '31', '04'],
		['באר שבע', '84', '08'],
		['ראשון לציון', '75', '03'],
		['פתח תקווה', '49', '03'],
		['נתניה', '42', '09'],
		['אשדוד', '77', '08']
	),
	streets: [
		'הרצל',
		'ויצמן',
		'ז׳בוטינסקי',
		'רוטשילד',
		'בן יהודה',
		'אלנבי',
		'דיזנגוף',
		'הנביאים',
		'העצמאות',
		'הגפן'
	],
	streetLine: (street, rng) => `${street} ${rng.between(1, 90)}`,
	postalCode: (city, rng) => city.postalPrefix + rng.digits(5),
	mobile: (rng) => `05${rng.pick(['0', '2', '3', '4', '8'])}-${rng.digits(3)}-${rng.digits(4)}`,
	landline: (city, rng) => `${city.areaCode}-${rng.digits(3)}-${rng.digits(4)}`,
	international: (rng) => `+972 5${rng.pick(['0', '2', '4'])}-${rng.digits(3)}-${rng.digits(4)}`,
	emailDomains: ['gmail.com', 'walla.co.il', 'hotmail.com', 'yahoo.com', 'bezeqint.net'],
	categories: [
		'שמלות',
		'סריגים',
		'חולצות',
		'מכנסיים וחצאיות',
		'צעיפים וכובעים',
		'תכשיטים',
		'תיקים',
		'בגדי ילדים',
		'לבית ונרות',
		'כרטיסי ברכה ועטיפות'
	],
	comments: [
		'מרוצה מהסריגים החדשים. להתקשר כשתגיע קולקציית החורף.',
		'לעדכן כשמגיעות שמלות במידה 40.',
		'שבחים על עטיפת המתנה ועל השירות.',
		'מגיעים בדרך כלל בבוקר, באמצע השבוע.',
		'שאלה על שובר מתנה ליום הולדת.'
	],
	complaints: [
		'הרוכסן בתיק נשבר אחרי שבועיים.',
		'חיוב כפול על אותו צעיף.',
		'השמלה התכווצה אחרי הכביסה הראשונה.',
		'המתנה ארוכה מדי בקופה ביום שישי עמוס.',
		'המידה שהוזמנה לא הגיעה.'
	],
	cardNotes: ['מידה M.', 'אלרגיה לצמר.', 'קונים מתנות לנכדים לקראת החגים.', 'אוהבים צבעים עזים.'],
	// Friday closes early and Saturday is Shabbat.
	weekdays: [1, 0.95, 0.95, 1, 1.15, 0.9, 0.05]
};

const EL: Locale = {
	female: people(
		'Μαρία|maria, Ελένη|eleni, Αικατερίνη|aikaterini, Βασιλική|vasiliki, Σοφία|sofia',
		'Αγγελική|angeliki, Γεωργία|georgia, Δήμητρα|dimitra, Κωνσταντίνα|konstantina',
		'Παρασκευή|paraskevi, Χριστίνα|christina, Ευαγγελία|evangelia, Ιωάννα|ioanna',
		'Αναστασία|anastasia, Δέσποινα|despoina'
	),
	male: people(
		'Γιώργος|giorgos, Δημήτρης|dimitris, Κωνσταντίνος|konstantinos, Γιάννης|giannis',
		'Νίκος|nikos, Παναγιώτης|panagiotis, Βασίλης|vasilis, Χρήστος|christos',
		'Αθανάσιος|athanasios, Μιχάλης|michalis, Ευάγγελος|evangelos, Σπύρος|spyros',
		'Αντώνης|antonis, Ανδρέας|andreas, Θοδωρής|thodoris'
	),
	surnames: surnames(
		{
			suffix: '',
			// Papadopoulos and Papadopoulou, Papadakis and Papadaki, Michailidis and Michailidou.
			latin: (latin) =>
				latin.replace(/idis$/, 'idou').replace(/os$/, 'ou').replace(/is$/, 'i').replace(/as$/, 'a')
		},
		'Παπαδόπουλος|Παπαδοπούλου|papadopoulos, Παπαδάκης|Παπαδάκη|papadakis',
		'Γεωργίου|georgiou, Οικονόμου|oikonomou, Παππάς|Παππά|pappas, Βασιλείου|vasileiou',
		'Νικολάου|nikolaou, Καραγιάννης|Καραγιάννη|karagiannis, Μακρής|Μακρή|makris',
		'Δημητρίου|dimitriou, Ιωάννου|ioannou, Αθανασίου|athanasiou, Κωνσταντίνου|konstantinou',
		'Αντωνίου|antoniou, Χριστοδούλου|christodoulou, Αλεξίου|alexiou',
		'Λαμπρόπουλος|Λαμπροπούλου|lampropoulos, Πετρόπουλος|Πετροπούλου|petropoulos',
		'Σταματόπουλος|Σταματοπούλου|stamatopoulos, Αναγνώστου|anagnostou',
		'Μιχαηλίδης|Μιχαηλίδου|michailidis, Γεωργιάδης|Γεωργιάδου|georgiadis',
		'Παπαγεωργίου|papageorgiou, Κυριακίδης|Κυριακίδου|kyriakidis, Ζαχαρίου|zachariou',
		'Σωτηρίου|sotiriou, Τσολάκης|Τσολάκη|tsolakis, Μαυρίδης|Μαυρίδου|mavridis',
		'Ευαγγέλου|evangelou, Κουτσός|Κουτσού|koutsos'
	),
	salutations: { mr: 'κ.', mrs: 'κα', ms: 'κα', dr: 'Δρ.' },
	country: 'Ελλάδα',
	cities: cities(
		['Θεσσαλονίκη', '54', '2310'],
		['Αθήνα', '10', '210'],
		['Πάτρα', '26', '2610'],
		['Ηράκλειο', '71', '2810'],
		['Λάρισα', '41', '2410'],
		['Βόλος', '38', '2421'],
		['Ιωάννινα', '45', '2651'],
		['Καλαμάτα', '24', '2721']
	),
	streets: [
		'Ερμού',
		'Σταδίου',
		'Πανεπιστημίου',
		'Αθηνάς',
		'Ακαδημίας',
		'Βασιλίσσης Σοφίας',
		'Τσιμισκή',
		'Εγνατίας',
		'Αγίου Νικολάου',
		'Κολοκοτρώνη'
	],
	streetLine: (street, rng) => `${street} ${rng.between(1, 150)}`,
	postalCode: (city, rng) => {
		const code = city.postalPrefix + rng.digits(3);
		return `${code.slice(0, 3)} ${code.slice(3)}`;
	},
	mobile: (rng) =>
		`69${rng.pick(['3', '4', '5', '7', '8', '9'])} ${rng.digits(3)} ${rng.digits(4)}`,
	landline: (city, rng) => {
		const rest = rng.digits(10 - city.areaCode.length);
		return `${city.areaCode} ${rest.slice(0, 3)} ${rest.slice(3)}`;
	},
	international: (rng) => `+30 69${rng.pick(['4', '7', '8'])} ${rng.digits(3)} ${rng.digits(4)}`,
	emailDomains: ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'],
	categories: [
		'Φορέματα',
		'Πλεκτά',
		'Πουκάμισα και μπλούζες',
		'Παντελόνια και φούστες',
		'Κασκόλ και καπέλα',
		'Κοσμήματα',
		'Τσάντες',
		'Παιδικά ρούχα',
		'Είδη σπιτιού και κεριά',
		'Κάρτες και συσκευασία δώρου'
	],
	comments: [
		'Ενθουσιασμός για τα νέα πλεκτά· να ειδοποιηθεί όταν έρθει η χειμερινή συλλογή.',
		'Ζήτησε να ενημερωθεί όταν έρθουν φορέματα στο νούμερο 40.',
		'Ήρθε με μια φίλη και επαίνεσε το τύλιγμα δώρου.',
		'Προτιμά να ψωνίζει πρωινά καθημερινών, όταν έχει ησυχία.',
		'Ρώτησε για δωροεπιταγή για γενέθλια.'
	],
	complaints: [
		'Το φερμουάρ της τσάντας χάλασε μετά από δύο εβδομάδες.',
		'Χρεώθηκε δύο φορές για το ίδιο κασκόλ.',
		'Το φόρεμα μάζεψε μετά το πρώτο πλύσιμο.',
		'Περίμενε πολλή ώρα στο ταμείο ένα γεμάτο Σάββατο.',
		'Το νούμερο που παραγγείλαμε δεν ήρθε ποτέ.'
	],
	cardNotes: [
		'Νούμερο M.',
		'Αλλεργία στο μαλλί.',
		'Αγοράζει δώρα για τα εγγόνια τον Δεκέμβριο.',
		'Προτιμά έντονα χρώματα.'
	],
	weekdays: WEEK_CLOSED_SUNDAY
};

const RU: Locale = {
	female: people(
		'Анна|anna, Елена|elena, Ольга|olga, Наталья|natalya, Татьяна|tatyana, Ирина|irina',
		'Светлана|svetlana, Мария|maria, Екатерина|ekaterina, Юлия|yulia, Людмила|lyudmila',
		'Галина|galina, Дарья|darya, Ксения|ksenia, Алёна|alena'
	),
	male: people(
		'Александр|alexander, Сергей|sergey, Дмитрий|dmitry, Андрей|andrey, Алексей|alexey',
		'Иван|ivan, Михаил|mikhail, Николай|nikolay, Владимир|vladimir, Евгений|evgeny',
		'Павел|pavel, Олег|oleg, Игорь|igor, Максим|maxim, Артём|artem'
	),
	// Every surname here takes -а in the feminine.
	surnames: surnames(
		{ suffix: 'а', latin: (latin) => `${latin}a` },
		'Иванов|ivanov, Смирнов|smirnov, Кузнецов|kuznetsov, Попов|popov, Васильев|vasiliev',
		'Петров|petrov, Соколов|sokolov, Михайлов|mikhailov, Новиков|novikov, Фёдоров|fedorov',
		'Морозов|morozov, Волков|volkov, Алексеев|alekseev, Лебедев|lebedev, Семёнов|semenov',
		'Егоров|egorov, Павлов|pavlov, Козлов|kozlov, Степанов|stepanov, Николаев|nikolaev',
		'Орлов|orlov, Андреев|andreev, Макаров|makarov, Никитин|nikitin, Захаров|zakharov',
		'Зайцев|zaitsev, Соловьёв|soloviev, Борисов|borisov, Яковлев|yakovlev, Белов|belov'
	),
	salutations: { mr: 'г-н', mrs: 'г-жа', ms: 'г-жа', dr: 'д-р' },
	country: 'Россия',
	cities: cities(
		['Санкт-Петербург', '19', '812'],
		['Москва', '12', '495'],
		['Новосибирск', '630', '383'],
		['Екатеринбург', '620', '343'],
		['Казань', '420', '843'],
		['Нижний Новгород', '603', '831'],
		['Самара', '443', '846'],
		['Краснодар', '350', '861']
	),
	streets: [
		'ул. Ленина',
		'ул. Пушкина',
		'ул. Гагарина',
		'ул. Советская',
		'ул. Садовая',
		'ул. Мира',
		'ул. Лесная',
		'пр. Победы',
		'ул. Школьная',
		'Набережная ул.'
	],
	streetLine: (street, rng) =>
		rng.chance(0.7)
			? `${street}, д. ${rng.between(1, 120)}, кв. ${rng.between(1, 240)}`
			: `${street}, д. ${rng.between(1, 120)}`,
	postalCode: (city, rng) => city.postalPrefix + rng.digits(6 - city.postalPrefix.length),
	mobile: (rng) => `8 9${rng.digits(2)} ${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`,
	landline: (city, rng) => `8 ${city.areaCode} ${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`,
	international: (rng) => `+7 9${rng.digits(2)} ${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`,
	emailDomains: ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru'],
	categories: [
		'Платья',
		'Трикотаж',
		'Рубашки и блузки',
		'Брюки и юбки',
		'Шарфы и шапки',
		'Украшения',
		'Сумки',
		'Детская одежда',
		'Для дома и свечи',
		'Открытки и упаковка'
	],
	comments: [
		'В восторге от нового трикотажа; позвонить, когда придёт зимняя коллекция.',
		'Просит сообщить, когда появятся платья 48-го размера.',
		'Благодарность за подарочную упаковку и обслуживание.',
		'Предпочитает приходить по утрам в будни.',
		'Интересуется подарочным сертификатом на день рождения.'
	],
	complaints: [
		'Молния на сумке сломалась через две недели.',
		'Дважды списали оплату за один и тот же шарф.',
		'Платье село после первой стирки.',
		'Слишком долгое ожидание на кассе в субботу.',
		'Заказанный размер так и не пришёл.'
	],
	cardNotes: [
		'Размер M.',
		'Аллергия на шерсть.',
		'В декабре покупает подарки внукам.',
		'Любит яркие цвета.'
	],
	weekdays: [0.7, 0.85, 0.9, 0.9, 1, 1.2, 1.4]
};

const HY_MOBILE = ['91', '93', '94', '95', '96', '98', '99', '77', '55', '43'];

const HY: Locale = {
	female: people(
		'Անի|ani, Մարիամ|mariam, Նարինե|narine, Արմինե|armine, Լուսինե|lusine, Աննա|anna',
		'Գայանե|gayane, Սիրանուշ|siranush, Հասմիկ|hasmik, Նունե|nune, Լիլիթ|lilit',
		'Տաթևիկ|tatevik, Մարինե|marine, Անահիտ|anahit, Սոնա|sona'
	),
	male: people(
		'Արամ|aram, Տիգրան|tigran, Արմեն|armen, Դավիթ|davit, Հայկ|hayk, Գևորգ|gevorg',
		'Նարեկ|narek, Սարգիս|sargis, Վահե|vahe, Արթուր|artur, Կարեն|karen, Ռուբեն|ruben',
		'Գրիգոր|grigor, Աշոտ|ashot, Էդգար|edgar'
	),
	surnames: surnames(
		UNCHANGED,
		'Հովհաննիսյան|hovhannisyan, Հարությունյան|harutyunyan, Սարգսյան|sargsyan',
		'Խաչատրյան|khachatryan, Գրիգորյան|grigoryan, Պետրոսյան|petrosyan, Ավետիսյան|avetisyan',
		'Հակոբյան|hakobyan, Կարապետյան|karapetyan, Մկրտչյան|mkrtchyan, Ղազարյան|ghazaryan',
		'Վարդանյան|vardanyan, Գևորգյան|gevorgyan, Սահակյան|sahakyan, Մարտիրոսյան|martirosyan',
		'Ստեփանյան|stepanyan, Մանուկյան|manukyan, Աբրահամյան|abrahamyan, Դավթյան|davtyan',
		'Բաղդասարյան|baghdasaryan, Զաքարյան|zakaryan, Թովմասյան|tovmasyan, Պողոսյան|poghosyan',
		'Ալեքսանյան|aleksanyan, Մելքոնյան|melkonyan, Համբարձումյան|hambardzumyan',
		'Ներսիսյան|nersisyan, Առաքելյան|arakelyan, Սիմոնյան|simonyan, Մովսիսյան|movsisyan'
	),
	salutations: { mr: 'Պարոն', mrs: 'Տիկին', ms: 'Տիկին', dr: 'Դոկտոր' },
	country: 'Հայաստան',
	cities: cities(
		['Երևան', '00', '10'],
		['Գյումրի', '31', '312'],
		['Վանաձոր', '20', '322'],
		['Էջմիածին', '11', '231'],
		['Աբովյան', '22', '222'],
		['Կապան', '33', '285'],
		['Հրազդան', '23', '223'],
		['Դիլիջան', '39', '268']
	),
	streets: [
		'Աբովյան փ.',
		'Մաշտոցի պող.',
		'Տերյան փ.',
		'Սայաթ-Նովայի պող.',
		'Նալբանդյան փ.',
		'Պուշկինի փ.',
		'Ամիրյան փ.',
		'Թումանյան փ.',
		'Կոմիտասի պող.',
		'Բաղրամյան պող.'
	],
	streetLine: (street, rng) =>
		rng.chance(0.5)
			? `${street} ${rng.between(1, 90)}, բն. ${rng.between(1, 80)}`
			: `${street} ${rng.between(1, 90)}`,
	postalCode: (city, rng) =>
		city.postalPrefix === '00'
			? String(rng.between(1, 99)).padStart(4, '0')
			: city.postalPrefix + rng.digits(2),
	mobile: (rng) => `0${rng.pick(HY_MOBILE)} ${pairs(rng.digits(6))}`,
	landline: (city, rng) => `0${city.areaCode} ${pairs(rng.digits(8 - city.areaCode.length))}`,
	international: (rng) =>
		`+374 ${rng.pick(['91', '93', '94', '77', '55'])} ${pairs(rng.digits(6))}`,
	emailDomains: ['gmail.com', 'mail.ru', 'yandex.ru', 'yahoo.com'],
	categories: [
		'Զգեստներ',
		'Տրիկոտաժ',
		'Վերնաշապիկներ և բլուզներ',
		'Տաբատներ և կիսաշրջազգեստներ',
		'Շարֆեր և գլխարկներ',
		'Զարդեր',
		'Պայուսակներ',
		'Մանկական հագուստ',
		'Տուն և մոմեր',
		'Բացիկներ և նվերի փաթեթավորում'
	],
	comments: [
		'Շատ է հավանում նոր տրիկոտաժը, զանգահարել, երբ գա ձմեռային հավաքածուն։',
		'Խնդրել է տեղեկացնել, երբ գան 40 չափսի զգեստներ։',
		'Գովել է նվերի փաթեթավորումը և սպասարկումը։',
		'Նախընտրում է գալ աշխատանքային օրերի առավոտյան։',
		'Հարցրել է ծննդյան օրվա նվեր քարտի մասին։'
	],
	complaints: [
		'Պայուսակի կայծակաճարմանդը փչացավ երկու շաբաթ անց։',
		'Նույն շարֆի համար գումարը գանձվել է երկու անգամ։',
		'Զգեստը կծկվել է առաջին լվացքից հետո։',
		'Շաբաթ օրը երկար սպասել է դրամարկղի մոտ։',
		'Պատվիրված չափսը այդպես էլ չի եկել։'
	],
	cardNotes: [
		'Չափսը՝ M։',
		'Ալերգիա բրդի նկատմամբ։',
		'Դեկտեմբերին նվերներ է գնում թոռների համար։',
		'Սիրում է վառ գույներ։'
	],
	weekdays: [0.6, 0.85, 0.9, 0.9, 1, 1.2, 1.45]
};

const LOCALES: Record<DemoLanguage, Locale> = { en: EN, he: HE, el: EL, ru: RU, hy: HY };

/** Price level per category, in the order of every locale's category list. */
const CATEGORY_PRICE = [1.35, 1.1, 0.85, 1, 0.6, 1.5, 1.6, 0.75, 0.7, 0.2];

/** Rough price level against EUR, and minor-unit digits, so a demo in ILS or AMD looks local. */
const CURRENCIES: Record<string, [number, number]> = {
	EUR: [1, 2],
	USD: [1.1, 2],
	GBP: [0.85, 2],
	CHF: [0.95, 2],
	ILS: [4, 2],
	RUB: [100, 2],
	AMD: [420, 2],
	JPY: [160, 0]
};

// ---------------------------------------------------------------------------------------------
// Seasons

/** A December gift peak, a spring bump and a summer low, January to December. */
const MONTH_TRAFFIC = [0.8, 0.7, 0.95, 1.15, 1.2, 0.9, 0.6, 0.55, 0.95, 1, 1.2, 1.9];
/** Gifts are dearer than everyday buys, and the summer sales cut prices. */
const MONTH_TICKET = [0.95, 0.95, 1, 1, 1, 1, 0.9, 0.9, 1, 1, 1.05, 1.2];

interface Calendar {
	startMs: number;
	dates: string[];
	months: Uint8Array;
	/** Running total of day weights, for drawing a day in any range by one binary search. */
	cumulative: Float64Array;
}

function calendarOf(today: string, weekdays: number[]): Calendar {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
	const todayMs = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
	if (!match || new Date(todayMs).toISOString().slice(0, 10) !== today) {
		throw new RangeError(`today must be a real YYYY-MM-DD date, got "${today}"`);
	}
	const startMs = todayMs - LAST_DAY * DAY_MS;
	const dates: string[] = new Array(WINDOW_DAYS);
	const months = new Uint8Array(WINDOW_DAYS);
	const cumulative = new Float64Array(WINDOW_DAYS);
	let total = 0;
	for (let day = 0; day < WINDOW_DAYS; day++) {
		const date = new Date(startMs + day * DAY_MS);
		dates[day] = date.toISOString().slice(0, 10);
		months[day] = date.getUTCMonth();
		total += MONTH_TRAFFIC[months[day]] * weekdays[date.getUTCDay()];
		cumulative[day] = total;
	}
	return { startMs, dates, months, cumulative };
}

/** A day in [from, to], more likely in busy months and on busy weekdays. */
function drawDay(cal: Calendar, from: number, to: number, rng: Rng): number {
	const cum = cal.cumulative;
	const below = from > 0 ? cum[from - 1] : 0;
	const target = below + rng.float() * (cum[to] - below);
	let lo = from;
	let hi = to;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (cum[mid] > target) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

// ---------------------------------------------------------------------------------------------
// Buyer types

// Buyer kinds, as plain numbers so that they index the tables below and fit a Uint8Array.
const REGULAR_HEAVY = 0;
const REGULAR_LIGHT = 1;
const DECLINING = 2;
const INFREQUENT_HEAVY = 3;
const INFREQUENT_LIGHT = 4;
const ONE_TIMER = 5;
const LAPSED = 6;

/** Share of customers per kind, in kind order (prospects last); about 5% never buy. */
const KIND_SHARE = [0.06, 0.14, 0.08, 0.08, 0.25, 0.22, 0.12, 0.05];
/** Median ticket per kind in EUR. */
const KIND_TICKET = [85, 22, 50, 210, 28, 42, 38, 0];
/** Regulars and decliners absorb whatever sales budget is left; the others have natural counts. */
const ELASTIC = [true, true, true, false, false, false, false, false];

/** Whole numbers proportional to `weights` that add up to exactly `total`. */
function apportion(weights: ArrayLike<number>, total: number): Int32Array {
	const out = new Int32Array(weights.length);
	let sum = 0;
	for (let i = 0; i < weights.length; i++) sum += weights[i];
	if (sum <= 0) return out;
	let acc = 0;
	let given = 0;
	for (let i = 0; i < weights.length; i++) {
		acc += weights[i];
		const upTo = i === weights.length - 1 ? total : Math.round((acc * total) / sum);
		out[i] = upTo - given;
		given = upTo;
	}
	return out;
}

function kindsOf(count: number, rng: Rng): Uint8Array {
	const perKind = apportion(KIND_SHARE, count);
	const kinds = new Uint8Array(count);
	let at = 0;
	for (let kind = 0; kind < perKind.length; kind++) {
		for (let n = 0; n < perKind[kind]; n++) kinds[at++] = kind;
	}
	for (let i = count - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		const swap = kinds[i];
		kinds[i] = kinds[j];
		kinds[j] = swap;
	}
	return kinds;
}

/**
 * The first day each customer may buy. Most were customers before the data starts; the rest join
 * at a steady rate, which keeps the shop's volume level while lapsed buyers drop out.
 */
function joinDays(kinds: Uint8Array, rng: Rng): Int16Array {
	const joins = new Int16Array(kinds.length);
	for (let i = 0; i < kinds.length; i++) {
		const kind = kinds[i];
		const latest =
			kind === REGULAR_HEAVY || kind === REGULAR_LIGHT
				? LAST_DAY - 180
				: kind === DECLINING
					? 240
					: kind === INFREQUENT_HEAVY || kind === INFREQUENT_LIGHT
						? LAST_DAY - 30
						: kind === LAPSED
							? 250
							: 0;
		if (latest > 0 && rng.chance(0.25)) joins[i] = rng.between(1, latest);
	}
	return joins;
}

/** Sales per customer, summing to exactly `total` whenever anyone buys at all. */
function salesCounts(kinds: Uint8Array, joins: Int16Array, total: number, rng: Rng): Int32Array {
	const n = kinds.length;
	const natural = new Float64Array(n);
	const minimum = new Int32Array(n);
	let fixedSum = 0;
	let minSum = 0;
	let elasticCount = 0;
	for (let i = 0; i < n; i++) {
		const kind = kinds[i];
		let count = 0;
		// Regulars visit at a steady rate, so a newer one has had fewer chances.
		const active = (WINDOW_DAYS - joins[i]) / WINDOW_DAYS;
		if (kind === REGULAR_HEAVY) count = 40 * active * rng.spread(0.3);
		else if (kind === REGULAR_LIGHT) count = 18 * active * rng.spread(0.3);
		else if (kind === DECLINING) count = 16 * active * rng.spread(0.3);
		else if (kind === INFREQUENT_HEAVY) count = rng.between(2, 4);
		else if (kind === INFREQUENT_LIGHT) count = rng.between(2, 5);
		else if (kind === ONE_TIMER) count = 1;
		else if (kind === LAPSED) count = rng.between(1, 6);
		// Floors that keep regulars regular and leave decliners something to decline from.
		minimum[i] =
			kind === REGULAR_HEAVY ? 16 : kind === REGULAR_LIGHT ? 10 : kind === DECLINING ? 6 : 0;
		natural[i] = count;
		if (ELASTIC[kind]) {
			minSum += minimum[i];
			elasticCount++;
		} else fixedSum += count;
	}
	const extra = total - fixedSum - minSum;
	if (extra >= 0 && elasticCount > 0) {
		const weights = new Float64Array(n);
		for (let i = 0; i < n; i++) if (ELASTIC[kinds[i]]) weights[i] = natural[i];
		const shares = apportion(weights, extra);
		for (let i = 0; i < n; i++) {
			shares[i] = ELASTIC[kinds[i]] ? minimum[i] + shares[i] : natural[i];
		}
		return shares;
	}
	// Too few sales for the usual mix (or too many with no regulars): scale everyone alike; a
	// customer left with none simply becomes another prospect.
	return apportion(natural, total);
}

/** Rounds to what a price tag says: 4.50, 19.90, 45, 129.99, 1250. */
function priceTag(major: number, minorDigits: number, rng: Rng): number {
	const magnitude = major < 10 ? 0 : Math.floor(Math.log10(major));
	const step = major < 10 ? 0.5 : major < 100 ? 1 : 10 ** (magnitude - 1) / 2;
	let price = Math.max(step, Math.round(major / step) * step);
	if (minorDigits > 0 && price >= 5 && price < 1000 && rng.chance(0.5)) {
		price -= rng.chance(0.5) ? 0.01 : 0.1;
	}
	return Math.round(price * 10 ** minorDigits);
}

// ---------------------------------------------------------------------------------------------
// The shop

const CHANNELS: ContactChannel[] = ['letter', 'phone', 'email', 'none'];
const CHANNEL_CUMULATIVE = [0.3, 0.5, 0.85, 1];

/**
 * The same options always give the same shop, ids included. There are exactly `customers` cards
 * and, unless every card is a prospect, exactly `sales` sales.
 */
export function generateDemoShop(options: DemoShopOptions): DemoShop {
	const { seed, customers: customerCount, sales: saleCount, today } = options;
	if (!Number.isInteger(customerCount) || customerCount < 0) {
		throw new RangeError(`customers must be a whole number >= 0, got ${customerCount}`);
	}
	if (!Number.isInteger(saleCount) || saleCount < 0) {
		throw new RangeError(`sales must be a whole number >= 0, got ${saleCount}`);
	}
	const locale = LOCALES[options.language ?? 'en'];
	const currency = options.currency ?? 'EUR';
	const [priceLevel, minorDigits] = CURRENCIES[currency] ?? [1, 2];
	const cal = calendarOf(today, locale.weekdays);
	const rng = new Rng(seed);

	const kinds = kindsOf(customerCount, rng);
	const joins = joinDays(kinds, rng);
	const counts = salesCounts(kinds, joins, saleCount, rng);
	let maxCount = 0;
	for (let i = 0; i < customerCount; i++) maxCount = Math.max(maxCount, counts[i]);
	// One scratch buffer for every customer's sale times, sorted in place per customer.
	const times = new Float64Array(maxCount);

	const customers: Customer[] = [];
	const sales: Sale[] = [];
	const notes: Note[] = [];
	const takenEmails = new Set<string>();
	const todayEndMs = cal.startMs + LAST_DAY * DAY_MS + OPENS_AT_MS + OPEN_FOR_MS;
	const atOpeningHours = (day: number) =>
		Math.floor(cal.startMs + day * DAY_MS + OPENS_AT_MS + rng.float() * OPEN_FOR_MS);

	for (let i = 0; i < customerCount; i++) {
		const kind = kinds[i];
		const count = counts[i];

		// When they buy: regulars all along, lapsed only in the first year, decliners thinning out.
		if (kind === DECLINING && count >= 2) {
			const join = joins[i];
			const late = Math.min(
				count - 1,
				Math.max(1, Math.round(count * (0.06 + rng.float() * 0.09)))
			);
			for (let k = 0; k < count; k++) {
				const day =
					k < late
						? drawDay(cal, LAST_HALF_START, LAST_DAY, rng)
						: drawDay(cal, join, LAST_HALF_START - 1, rng);
				times[k] = atOpeningHours(day);
			}
		} else {
			const from = joins[i];
			const to =
				kind === LAPSED ? LAST_YEAR_START - 1 : kind === DECLINING ? LAST_HALF_START - 1 : LAST_DAY;
			for (let k = 0; k < count; k++) times[k] = atOpeningHours(drawDay(cal, from, to, rng));
		}
		const saleTimes = times.subarray(0, count).sort();

		// The card: written at the first visit, or at a counter sign-up for prospects.
		const createdAt =
			count > 0
				? saleTimes[0] - rng.between(60, 900) * 1000
				: atOpeningHours(LAST_DAY - Math.floor(WINDOW_DAYS * rng.float() ** 2));
		const female = rng.chance(0.68);
		const first = rng.pick(female ? locale.female : locale.male);
		const surname = rng.pick(locale.surnames);
		const lastName = female ? surname.female : surname.male;
		const salutations = locale.salutations;
		const salutation = rng.chance(0.04)
			? salutations.dr
			: female
				? rng.chance(0.55)
					? salutations.mrs
					: salutations.ms
				: salutations.mr;
		const birthYear = 1940 + Math.floor(((rng.float() + rng.float()) / 2) * 67);
		const birthday = rng.chance(0.88) ? birthdayIn(birthYear, rng) : '';
		// Older customers give an email address less often.
		const email = rng.chance(birthYear < 1955 ? 0.55 : 0.88)
			? uniqueEmail(
					first.latin,
					female ? surname.latinFemale : surname.latinMale,
					birthYear,
					locale,
					takenEmails,
					rng
				)
			: '';
		const city = rng.chance(0.7) ? locale.cities[0] : rng.pick(locale.cities);
		const phoneStyle = rng.float();
		const phone =
			phoneStyle < 0.1
				? locale.international(rng)
				: phoneStyle < 0.3
					? locale.landline(city, rng)
					: locale.mobile(rng);
		const channelRoll = rng.float();
		let preferredChannel = CHANNELS[CHANNEL_CUMULATIVE.findIndex((p) => channelRoll < p)];
		if (preferredChannel === 'email' && email === '') preferredChannel = 'letter';
		const marketingConsent = rng.chance(preferredChannel === 'none' ? 0.4 : 0.9);

		// Favourite categories drive both the tags on the card and what the customer buys.
		const categoryCount = locale.categories.length;
		const favourite = rng.int(categoryCount);
		const secondFavourite = (favourite + 1 + rng.int(categoryCount - 1)) % categoryCount;
		const tagRoll = rng.float();
		const tags =
			tagRoll < 0.3
				? []
				: tagRoll < 0.7
					? [locale.categories[favourite]]
					: [locale.categories[favourite], locale.categories[secondFavourite]];

		const id = ulidAt(createdAt, rng);
		const ticket = KIND_TICKET[kind] * rng.spread(0.35) * priceLevel;
		let totalSpent = 0;
		for (let k = 0; k < count; k++) {
			const at = saleTimes[k];
			const day = Math.floor((at - cal.startMs) / DAY_MS);
			const roll = rng.float();
			const category = roll < 0.35 ? favourite : roll < 0.55 ? secondFavourite : rng.int(10);
			let major = ticket * CATEGORY_PRICE[category] * MONTH_TICKET[cal.months[day]];
			if (kind === DECLINING && day >= LAST_HALF_START) major *= 0.75;
			const amount = priceTag(major * rng.spread(0.45), minorDigits, rng);
			totalSpent += amount;
			sales.push({
				id: ulidAt(at, rng),
				createdAt: at,
				updatedAt: at,
				customerId: id,
				date: cal.dates[day],
				amount,
				currency,
				category: locale.categories[category]
			});
		}

		const customer: Customer = {
			id,
			createdAt,
			updatedAt: count > 0 ? saleTimes[count - 1] : createdAt,
			salutation,
			firstName: first.name,
			lastName,
			address: {
				street: locale.streetLine(rng.pick(locale.streets), rng),
				postalCode: locale.postalCode(city, rng),
				city: city.name,
				country: locale.country
			},
			phone,
			email,
			birthday,
			tags,
			preferredChannel,
			marketingConsent,
			notes: rng.chance(0.06) ? rng.pick(locale.cardNotes) : '',
			visits: count,
			totalSpent,
			searchWords: [],
			phoneDigits: digitsOf(phone)
		};
		customer.searchWords = searchWordsOf(customer);
		if (marketingConsent) customer.consentAt = createdAt;
		else if (rng.chance(0.3)) {
			// Consent given once and later withdrawn, which the letters must respect.
			customer.consentAt = Math.floor(createdAt + rng.float() * (todayEndMs - createdAt));
			customer.updatedAt = Math.max(customer.updatedAt, customer.consentAt);
		}
		if (count > 0) {
			customer.firstPurchase = cal.dates[Math.floor((saleTimes[0] - cal.startMs) / DAY_MS)];
			customer.lastPurchase = cal.dates[Math.floor((saleTimes[count - 1] - cal.startMs) / DAY_MS)];
		}
		customers.push(customer);

		// About 3% of all cards, written only where there was a purchase to comment on.
		if (count > 0 && rng.chance(0.032))
			notes.push(noteFor(customer, saleTimes, locale, todayEndMs, rng));
	}
	return { customers, sales, notes };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Built by hand: Date#toISOString for every card was a noticeable share of the run time. */
function birthdayIn(year: number, rng: Rng): string {
	const month = rng.int(12);
	const leap = month === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const day = 1 + rng.int(MONTH_DAYS[month] + (leap ? 1 : 0));
	return `${year}-${month < 9 ? '0' : ''}${month + 1}-${day < 10 ? '0' : ''}${day}`;
}

function uniqueEmail(
	first: string,
	last: string,
	birthYear: number,
	locale: Locale,
	taken: Set<string>,
	rng: Rng
): string {
	const style = rng.int(5);
	let local =
		style === 0
			? `${first}.${last}`
			: style === 1
				? `${first}${last}`
				: style === 2
					? `${first[0]}.${last}`
					: style === 3
						? `${last}.${first}`
						: `${first}_${last[0]}`;
	if (rng.chance(0.35)) local += String(birthYear % 100).padStart(2, '0');
	const domain = rng.pick(locale.emailDomains);
	let email = `${local}@${domain}`;
	// Random digits, as people pick, rather than counting up from 2: with common names the
	// counting would retry dozens of times per address.
	while (taken.has(email)) email = `${local}${rng.between(1, 999)}@${domain}`;
	taken.add(email);
	return email;
}

/** A comment or complaint written a few days after one of the customer's visits. */
function noteFor(
	customer: Customer,
	saleTimes: Float64Array,
	locale: Locale,
	todayEndMs: number,
	rng: Rng
): Note {
	const visit = saleTimes[rng.int(saleTimes.length)];
	let createdAt = visit + rng.between(0, 3) * DAY_MS + rng.between(1, 120) * 60_000;
	if (createdAt > todayEndMs) createdAt = visit + 60_000;
	const complaint = rng.chance(0.45);
	const note: Note = {
		id: ulidAt(createdAt, rng),
		createdAt,
		updatedAt: createdAt,
		customerId: customer.id,
		kind: complaint ? 'complaint' : 'comment',
		text: rng.pick(complaint ? locale.complaints : locale.comments)
	};
	if (complaint) {
		// Recent complaints are more often still waiting for an answer.
		const recent = todayEndMs - createdAt < 60 * DAY_MS;
		const answeredAt = createdAt + rng.between(1, 10) * DAY_MS + rng.int(8 * HOUR_MS);
		if (rng.chance(recent ? 0.4 : 0.85) && answeredAt <= todayEndMs) {
			note.status = 'answered';
			note.answeredAt = answeredAt;
			note.updatedAt = answeredAt;
		} else note.status = 'open';
	}
	return note;
}

// ---------------------------------------------------------------------------------------------
// The shop behind the counter: its details, its currency and the points its sales earned

/** What the demo shop writes into the shop's settings: every detail a letter can name. */
export interface DemoShopDetails {
	shopName: string;
	address: string;
	phone: string;
	email: string;
	hours: string;
}

/** Each language's shop sells in its own country's money. */
export const DEMO_CURRENCY: Readonly<Record<DemoLanguage, string>> = {
	en: 'EUR',
	he: 'ILS',
	el: 'EUR',
	ru: 'RUB',
	hy: 'AMD'
};

/** A gift and clothing shop in the customers' own town (the first city of each locale). */
const DEMO_DETAILS: Readonly<Record<DemoLanguage, DemoShopDetails>> = {
	en: {
		shopName: 'Hazel & Thread',
		address: '14 Shop Street\nGalway H91 X2Y4\nIreland',
		phone: '091 562 418',
		email: 'hello@hazelandthread.ie',
		hours: 'Monday to Saturday 9:00–18:00, Sunday closed'
	},
	he: {
		shopName: 'בוטיק הגפן',
		address: 'רחוב שינקין 24\nתל אביב-יפו 6578203\nישראל',
		phone: '03-528-4417',
		email: 'shalom@hagefen-boutique.co.il',
		hours: 'א׳–ה׳ 9:00–19:00, ו׳ 9:00–14:00, שבת סגור'
	},
	el: {
		shopName: 'Μπουτίκ Ελιά',
		address: 'Τσιμισκή 48\n546 23 Θεσσαλονίκη\nΕλλάδα',
		phone: '2310 245 718',
		email: 'info@elia-boutique.gr',
		hours: 'Δευτέρα έως Σάββατο 9:00–21:00, Κυριακή κλειστά'
	},
	ru: {
		shopName: 'Лавка «Рябина»',
		address: 'Невский проспект, 88\n191025 Санкт-Петербург\nРоссия',
		phone: '+7 812 314-27-65',
		email: 'info@ryabina-lavka.ru',
		hours: 'Пн–Сб 10:00–20:00, Вс 11:00–18:00'
	},
	hy: {
		shopName: '«Նուռ» խանութ',
		address: 'Աբովյան փողոց 12\nԵրևան 0001\nՀայաստան',
		phone: '010 52 34 18',
		email: 'info@nurr-shop.am',
		hours: 'Երկուշաբթի–շաբաթ 10:00–19:00, կիրակի՝ փակ'
	}
};

export function isDemoLanguage(language: string): language is DemoLanguage {
	return language in DEMO_DETAILS;
}

/** The demo shop's name, address, phone, email and hours, in its language. */
export function demoShopDetails(language: DemoLanguage): DemoShopDetails {
	return { ...DEMO_DETAILS[language] };
}

/**
 * The points ledger the demo's sales would have written at the counter: one "earn" line per sale,
 * dated with the sale, under the shop's points rules. Ids come from their own seeded stream, so the
 * cards and sales of a seed stay the same whether or not points are made.
 */
export function demoPointsLedger(
	sales: readonly Sale[],
	settings: PointsSettings,
	seed: number
): PointsLine[] {
	const rng = new Rng(seed ^ 0x9015);
	const lines: PointsLine[] = [];
	for (const sale of sales) {
		const points = pointsForSale(sale.amount, sale.currency, settings);
		if (points <= 0) continue;
		lines.push({
			id: ulidAt(sale.createdAt, rng),
			createdAt: sale.createdAt,
			updatedAt: sale.createdAt,
			customerId: sale.customerId,
			date: sale.date,
			kind: 'earn',
			points,
			saleId: sale.id
		});
	}
	return lines;
}
