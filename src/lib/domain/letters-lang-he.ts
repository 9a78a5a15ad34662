/** Hebrew letters: the greeting, the fallbacks and the built-in templates, as data. */
import type { LetterLanguage, LetterRecipient } from './letters';
import { letterFormats } from './letters-format';

function greeting(r: LetterRecipient): string {
	const name = [r.salutation.trim(), r.firstName.trim(), r.lastName.trim()]
		.filter(Boolean)
		.join(' ');
	// The name alone may be only a salutation; without a real name, the neutral plural reads politely.
	if (r.firstName.trim() || r.lastName.trim()) return `שלום ${name},`;
	return 'לקוחה יקרה, לקוח יקר,';
}

const closing = `בברכה,

{{signature}}
{{shopName}}
{{shopPhone}}`;

export const hebrew: LetterLanguage = {
	code: 'he',
	dir: 'rtl',
	greeting,
	nameFallback: 'לקוח/ה יקר/ה',
	...letterFormats('he'),
	templates: [
		{
			key: 'thank-you',
			name: 'תודה',
			body: `{{greeting}}

תודה על ביקורך ב{{shopName}}. שמחנו לראותך, ואנו מקווים שתיהנה/י ממה שבחרת.

בכרטיס שלך {{points}} נקודות.

נשמח לראותך שוב.

${closing}`
		},
		{
			key: 'birthday',
			name: 'יום הולדת',
			body: `{{greeting}}

יום הולדת שמח מכל הצוות של {{shopName}}! מאחלים לך שנה נפלאה.

לכבוד היום, מתנה קטנה ממנו: {{offer}}
הביאו מכתב זה, או הציגו את הקוד {{voucherCode}}, בדלפק.

${closing}`
		},
		{
			key: 'holiday',
			name: 'ברכת חג',
			body: `{{greeting}}

לקראת החג אנו רוצים להודות לך על שהיית חלק מהחנות שלנו השנה. חג שמח ושקט לך ולכל המשפחה.

{{offer}}

${closing}`
		},
		{
			key: 'we-miss-you',
			name: 'התגעגענו',
			body: `{{greeting}}

לא ראינו אותך מאז {{lastPurchase}}, והתגעגענו. הרבה השתנה בחנות, ונשמח להראות לך.

לכבוד החזרה: {{offer}}
הקוד האישי שלך: {{voucherCode}}

אם משהו לא היה בסדר בפעם הקודמת, ספר/י לנו. אנחנו רוצים לתקן.

${closing}`
		},
		{
			key: 'invitation',
			name: 'הזמנה ללקוחות בלבד',
			body: `{{greeting}}

הנך מוזמן/ת לערב ללקוחות שלנו בלבד, ב־{{eventDate}}. החנות תהיה פתוחה עד שעה מאוחרת, רק בשבילך, עם זמן להסתכל בנחת.

{{offer}}

אפשר להביא חבר או חברה. נשמח לראותך.

${closing}`
		},
		{
			key: 'referral',
			name: 'הזמנה להמליץ לחבר',
			body: `{{greeting}}

תודה שאת/ה לקוח/ה נאמן/ה. רבים מהלקוחות הטובים שלנו הגיעו דרך חבר, ולכן הכנו לך מתנה להעביר הלאה.

תן/י לחבר את הקוד: {{voucherCode}}
{{offer}}

כשהחבר יבקר, שניכם תקבלו תודה מאיתנו.

${closing}`
		},
		{
			key: 'yearly-thanks',
			name: 'תודה שנתית',
			body: `{{greeting}}

עוד שנה מסתיימת, ואנו רוצים להודות לך שבאת ל{{shopName}}. הביקורים שלך שומרים על החנות שלנו חיה.

הידעת שיש אצלנו גם: {{offer}}? לקוחות רבים עוד לא מכירים, ורצינו שתהיה/י מהראשונים.

${closing}`
		},
		{
			key: 'complaint-follow-up',
			name: 'מעקב אחרי תלונה',
			body: `{{greeting}}

תודה שסיפרת לנו מה השתבש. אנו מצטערים, ובדקנו את הנושא בקפידה.

אנו מקווים שתיקנו את הדבר. אם משהו עדיין לא כפי שצריך, התקשר/י אלינו ב־{{shopPhone}}: חשוב לנו שתהיה/י מרוצה.

{{offer}}

${closing}`
		},
		{
			key: 'quarterly-news',
			name: 'חדשות הרבעון',
			body: `{{greeting}}

הנה מה שחדש ב{{shopName}} העונה.

{{offer}}

אירוע הלקוחות הבא שלנו: {{eventDate}}

נשמח לראותך בקרוב.

${closing}`
		}
	]
};
