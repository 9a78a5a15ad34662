/** Greek letters: the greeting, the fallbacks and the built-in templates, as data. */
import type { LetterLanguage, LetterRecipient } from './letters';
import { letterFormats } from './letters-format';

type Gender = 'female' | 'male';

// Titles as owners type them (with or without the dot), Greek and the English ones an import brings.
const FEMALE_TITLES = new Set([
	'κα',
	'κυρία',
	'κυρια',
	'δνίς',
	'δνις',
	'δεσποινίς',
	'mrs',
	'ms',
	'miss'
]);
const MALE_TITLES = new Set(['κ', 'κος', 'κύριος', 'κυριος', 'κύριε', 'mr']);

const GREEK_LETTER = /[\u0370-\u03ff\u1f00-\u1fff]/;
const VOWELS = new Set('αεηιουωάέήίόύώϊϋΐΰ');
const ACCENTED = /[άέήίόύώΐΰ]/;

function titleGender(salutation: string): Gender | undefined {
	const key = salutation.toLocaleLowerCase('el').replace(/\./g, '').trim();
	if (FEMALE_TITLES.has(key)) return 'female';
	if (MALE_TITLES.has(key)) return 'male';
	return undefined;
}

/**
 * Greek first names show their gender in the ending: men's end in -ς (Γιώργος, Γιάννης, Κώστας)
 * or -ων, women's in a vowel (Μαρία, Ελένη, Φρόσω). Names in Latin letters are not guessed.
 */
function nameGender(name: string): Gender | undefined {
	const word = name.toLocaleLowerCase('el').split(/[\s-]+/)[0] ?? '';
	if (!GREEK_LETTER.test(word)) return undefined;
	if (/(ς|σ|ων|ών)$/.test(word)) return 'male';
	if (/[αεηιουωάέήίόύώ]$/.test(word)) return 'female';
	return undefined;
}

/** A surname alone only tells a man's -ς; -ου or -η may be either (Οικονόμου, Παπαδάκη). */
function surnameGender(name: string): Gender | undefined {
	const word = name.toLocaleLowerCase('el');
	return GREEK_LETTER.test(word) && /(ς|σ)$/.test(word) ? 'male' : undefined;
}

/** The vowels of the last syllable of a stem (a diphthong such as ου counts as one). */
function lastVowelGroup(stem: string): string {
	let end = stem.length;
	while (end > 0 && !VOWELS.has(stem[end - 1])) end--;
	let start = end;
	while (start > 0 && VOWELS.has(stem[start - 1])) start--;
	return stem.slice(start, end);
}

function vowelGroupCount(stem: string): number {
	return stem.match(/[αεηιουωάέήίόύώϊϋΐΰ]+/g)?.length ?? 0;
}

/**
 * The vocative of one word of a man's name, as a letter addresses him: Παπαδόπουλος → Παπαδόπουλε,
 * Γιώργος → Γιώργο, Ζερβός → Ζερβέ, Γιάννης → Γιάννη, Κώστας → Κώστα. Other words stay as written.
 */
function maleVocativeWord(word: string): string {
	const lower = word.toLocaleLowerCase('el');
	if (!GREEK_LETTER.test(lower) || lower.length < 3) return word;
	const upper = word === word.toLocaleUpperCase('el');
	const ending = (s: string) => (upper ? s.toLocaleUpperCase('el') : s);
	if (/(ης|ής|ας|άς|ησ|ασ)$/.test(lower)) return word.slice(0, -1);
	if (/(ός|όσ)$/.test(lower)) return word.slice(0, -2) + ending('έ');
	if (/(ος|οσ)$/.test(lower)) {
		const stem = lower.slice(0, -2);
		const accented = ACCENTED.test(stem);
		// Stress on the syllable before -ος keeps -ο (Πέτρο, Βενιζέλο); earlier stress takes -ε.
		const paroxytone = accented ? ACCENTED.test(lastVowelGroup(stem)) : vowelGroupCount(stem) <= 1;
		return word.slice(0, -2) + ending(paroxytone ? 'ο' : 'ε');
	}
	return word;
}

function maleVocative(name: string): string {
	return name.replace(/[^\s-]+/g, maleVocativeWord);
}

function greeting(r: LetterRecipient): string {
	const title = r.salutation.trim();
	const first = r.firstName.trim();
	const last = r.lastName.trim();
	if (!first && !last) return 'Αγαπητή πελάτισσα, αγαπητέ πελάτη,';
	const gender = titleGender(title) ?? nameGender(first) ?? surnameGender(last);
	// With a title the letter is formal: κυρία and the surname, or the first name as shops often say.
	const formal = Boolean(title) || !first;
	const name = formal ? last || first : first;
	if (gender === 'female') return formal ? `Αγαπητή κυρία ${name},` : `Αγαπητή ${name},`;
	if (gender === 'male') {
		return formal ? `Αγαπητέ κύριε ${maleVocative(name)},` : `Αγαπητέ ${maleVocative(name)},`;
	}
	// Gender unknown (a name in Latin letters, a title such as Δρ): a greeting without adjectives.
	return `Γεια σας, ${[title, first, last].filter(Boolean).join(' ')},`;
}

const closing = `Με θερμούς χαιρετισμούς,

{{signature}}
{{shopName}}
{{shopPhone}}`;

export const greek: LetterLanguage = {
	code: 'el',
	dir: 'ltr',
	greeting,
	nameFallback: 'αγαπητέ πελάτη',
	...letterFormats('el'),
	templates: [
		{
			key: 'thank-you',
			name: 'Ευχαριστήριο',
			body: `{{greeting}}

Σας ευχαριστούμε για την επίσκεψή σας στο κατάστημα {{shopName}}. Χαρήκαμε πολύ που σας είδαμε και ελπίζουμε να απολαύσετε ό,τι διαλέξατε.

Στην κάρτα σας έχετε {{points}} πόντους.

Θα χαρούμε να σας ξαναδούμε.

${closing}`
		},
		{
			key: 'birthday',
			name: 'Γενέθλια',
			body: `{{greeting}}

Χρόνια πολλά από όλους εμάς στο κατάστημα {{shopName}}! Σας ευχόμαστε μια υπέροχη χρονιά.

Για να το γιορτάσουμε, δεχτείτε ένα μικρό δώρο: {{offer}}
Φέρτε αυτή την επιστολή ή δείξτε τον κωδικό {{voucherCode}} στο ταμείο.

${closing}`
		},
		{
			key: 'holiday',
			name: 'Ευχές για τις γιορτές',
			body: `{{greeting}}

Καθώς πλησιάζουν οι γιορτές, θέλουμε να σας ευχαριστήσουμε που ήσασταν κοντά στο κατάστημά μας και φέτος. Σας ευχόμαστε χαρούμενες και ήρεμες γιορτές, σε εσάς και στην οικογένειά σας.

{{offer}}

${closing}`
		},
		{
			key: 'we-miss-you',
			name: 'Μας λείψατε',
			body: `{{greeting}}

Δεν σας έχουμε δει από τις {{lastPurchase}} και μας λείψατε. Πολλά έχουν αλλάξει στο κατάστημα και θα θέλαμε πολύ να σας τα δείξουμε.

Για να σας καλωσορίσουμε ξανά: {{offer}}
Ο προσωπικός σας κωδικός: {{voucherCode}}

Αν κάτι δεν πήγε καλά την τελευταία φορά, πείτε μας το. Θέλουμε να το διορθώσουμε.

${closing}`
		},
		{
			key: 'invitation',
			name: 'Πρόσκληση μόνο για πελάτες',
			body: `{{greeting}}

Σας προσκαλούμε σε μια βραδιά μόνο για τους πελάτες μας. Το κατάστημα θα μείνει ανοιχτό μέχρι αργά, μόνο για εσάς, για να δείτε τα πάντα με την ησυχία σας.
Ημερομηνία: {{eventDate}}

{{offer}}

Αν θέλετε, φέρτε μαζί σας και έναν φίλο ή μια φίλη. Θα χαρούμε πολύ να σας δούμε.

${closing}`
		},
		{
			key: 'referral',
			name: 'Πρόσκληση για σύσταση φίλου',
			body: `{{greeting}}

Σας ευχαριστούμε που μας προτιμάτε σταθερά. Πολλοί από τους καλύτερους πελάτες μας ήρθαν σε εμάς μέσω ενός φίλου, γι’ αυτό έχουμε ένα δώρο για να το χαρίσετε σε κάποιον δικό σας άνθρωπο.

Δώστε αυτόν τον κωδικό σε έναν φίλο ή μια φίλη: {{voucherCode}}
{{offer}}

Όταν ο φίλος σας έρθει στο κατάστημα, θα πάρετε και οι δύο ένα ευχαριστώ από εμάς.

${closing}`
		},
		{
			key: 'yearly-thanks',
			name: 'Ετήσιο ευχαριστώ',
			body: `{{greeting}}

Άλλη μια χρονιά τελειώνει και θέλουμε να σας ευχαριστήσουμε που έρχεστε στο κατάστημα {{shopName}}. Οι επισκέψεις σας κρατούν το κατάστημά μας ζωντανό.

Ξέρατε ότι σας προσφέρουμε επίσης: {{offer}}; Πολλοί πελάτες δεν το γνωρίζουν ακόμη, γι’ αυτό θέλαμε να είστε από τους πρώτους που θα το μάθουν.

${closing}`
		},
		{
			key: 'complaint-follow-up',
			name: 'Συνέχεια σε παράπονο',
			body: `{{greeting}}

Σας ευχαριστούμε που μας είπατε τι δεν πήγε καλά. Λυπούμαστε πολύ και το εξετάσαμε με προσοχή.

Ελπίζουμε ότι πλέον όλα είναι όπως πρέπει. Αν κάτι ακόμη δεν σας ικανοποιεί, πείτε μας το: θέλουμε να είστε ευχαριστημένοι με το κατάστημά μας.
Τηλεφωνήστε μας στο {{shopPhone}}.

{{offer}}

${closing}`
		},
		{
			key: 'quarterly-news',
			name: 'Νέα του τριμήνου',
			body: `{{greeting}}

Δείτε τι νέο υπάρχει αυτή την εποχή στο κατάστημα {{shopName}}.

{{offer}}

Η επόμενη εκδήλωση για τους πελάτες μας: {{eventDate}}

Θα χαρούμε να σας δούμε σύντομα.

${closing}`
		}
	]
};
