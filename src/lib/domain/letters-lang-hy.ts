/** Armenian letters: the greeting, the fallbacks and the built-in templates, as data. */
import type { LetterLanguage, LetterRecipient } from './letters';
import { letterFormats } from './letters-format';

// Letters address the customer with the capitalised polite "Դուք/Ձեզ/Ձեր", as Armenian letters do.
function greeting(r: LetterRecipient): string {
	const last = r.lastName.trim();
	const first = r.firstName.trim();
	if (last && r.salutation.trim()) return `Հարգելի ${r.salutation.trim()} ${last},`;
	if (first) return `Հարգելի ${first},`;
	if (last) return `Հարգելի ${last},`;
	return 'Հարգելի հաճախորդ,';
}

const closing = `Ջերմ հարգանքով՝

{{signature}}
{{shopName}}
{{shopPhone}}`;

// A date is never the last word of a sentence: the long date ends in "թ.", and "թ.։" reads badly.
export const armenian: LetterLanguage = {
	code: 'hy',
	dir: 'ltr',
	greeting,
	nameFallback: 'հաճախորդ',
	...letterFormats('hy'),
	templates: [
		{
			key: 'thank-you',
			name: 'Շնորհակալություն',
			body: `{{greeting}}

Շնորհակալություն «{{shopName}}» խանութ այցելելու համար։ Ուրախ էինք Ձեզ տեսնել և հուսով ենք, որ Ձեր ընտրածը Ձեզ շատ դուր կգա։

Ձեր քարտում կա {{points}} միավոր։

Սիրով կսպասենք Ձեզ կրկին։

${closing}`
		},
		{
			key: 'birthday',
			name: 'Ծննդյան օր',
			body: `{{greeting}}

Շնորհավորում ենք Ձեր ծննդյան օրը «{{shopName}}» խանութի ամբողջ թիմի անունից։ Մաղթում ենք Ձեզ հրաշալի տարի։

Այս առթիվ խնդրում ենք ընդունել մեր փոքրիկ նվերը՝ {{offer}}
Ներկայացրեք այս նամակը կամ {{voucherCode}} կոդը մեր դրամարկղում։

${closing}`
		},
		{
			key: 'holiday',
			name: 'Տոնական շնորհավորանք',
			body: `{{greeting}}

Տոների նախաշեմին ուզում ենք շնորհակալություն հայտնել Ձեզ, որ այս տարի մեր խանութի հետ էիք։ Ձեզ և Ձեր ընտանիքին մաղթում ենք ուրախ և խաղաղ տոներ։

{{offer}}

${closing}`
		},
		{
			key: 'we-miss-you',
			name: 'Կարոտել ենք Ձեզ',
			body: `{{greeting}}

Ձեր վերջին այցելությունը եղել է {{lastPurchase}}, և մենք կարոտել ենք Ձեզ։ Խանութում շատ բան է փոխվել, և կուզենայինք Ձեզ ցույց տալ։

Որպես «բարի վերադարձ»՝ {{offer}}
Ձեր անձնական կոդը՝ {{voucherCode}}

Եթե նախորդ անգամ ինչ-որ բան այնպես չէր, խնդրում ենք ասել մեզ։ Մենք ուզում ենք ուղղել այն։

${closing}`
		},
		{
			key: 'invitation',
			name: 'Հրավեր՝ միայն հաճախորդների համար',
			body: `{{greeting}}

{{eventDate}} մենք երեկո ենք կազմակերպում միայն մեր հաճախորդների համար, և Դուք հրավիրված եք։ Խանութը բաց կլինի մինչև ուշ՝ հատուկ Ձեզ համար, որպեսզի հանգիստ ամեն ինչ դիտեք։

{{offer}}

Կարող եք գալ ընկերոջ հետ։ Սիրով սպասում ենք Ձեզ։

${closing}`
		},
		{
			key: 'referral',
			name: 'Հրավեր՝ առաջարկել ընկերոջը',
			body: `{{greeting}}

Շնորհակալություն, որ մեր հավատարիմ հաճախորդն եք։ Մեր լավագույն հաճախորդներից շատերը մեզ մոտ են եկել ընկերոջ խորհրդով, ուստի Ձեզ համար նվեր ունենք, որը կարող եք փոխանցել։

Տվեք այս կոդը ընկերոջը՝ {{voucherCode}}
{{offer}}

Երբ Ձեր ընկերը այցելի մեզ, երկուսդ էլ մեզնից շնորհակալության նվեր կստանաք։

${closing}`
		},
		{
			key: 'yearly-thanks',
			name: 'Տարեվերջյան շնորհակալություն',
			body: `{{greeting}}

Եվս մեկ տարի է ավարտվում, և ուզում ենք շնորհակալություն հայտնել, որ այցելում եք «{{shopName}}» խանութ։ Ձեր այցելությունները մեր խանութին կյանք են տալիս։

Գիտե՞իք, որ մենք առաջարկում ենք նաև՝ {{offer}}։ Շատ հաճախորդներ դեռ չգիտեն այդ մասին, և ուզում էինք, որ Դուք առաջիններից լինեք։

${closing}`
		},
		{
			key: 'complaint-follow-up',
			name: 'Բողոքի պատասխան',
			body: `{{greeting}}

Շնորհակալություն, որ պատմեցիք մեզ, թե ինչն այնպես չէր։ Ցավում ենք և ուշադիր ուսումնասիրել ենք հարցը։

Հուսով ենք, որ ամեն ինչ ուղղել ենք։ Եթե որևէ բան դեռ այնպես չէ, ինչպես պետք է, խնդրում ենք զանգահարել մեզ {{shopPhone}} համարով․ մեզ համար կարևոր է, որ Դուք գոհ լինեք Ձեր խանութից։

{{offer}}

${closing}`
		},
		{
			key: 'quarterly-news',
			name: 'Եռամսյակի նորություններ',
			body: `{{greeting}}

Ահա, թե ինչ նորություններ ունի «{{shopName}}» խանութն այս սեզոնին։

{{offer}}

Մեր հաջորդ միջոցառումը հաճախորդների համար՝ {{eventDate}}

Ուրախ կլինենք շուտով Ձեզ տեսնել։

${closing}`
		}
	]
};
