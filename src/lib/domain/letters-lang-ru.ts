/** Russian letters: the greeting, the fallbacks and the built-in templates, as data. */
import type { LetterLanguage, LetterRecipient } from './letters';
import { letterFormats } from './letters-format';

// "Уважаемая/Уважаемый" must agree with the person; only the salutation tells us who it is.
const FEMININE = /^(mrs|ms|miss|госпожа|г-жа)\.?$/i;
const MASCULINE = /^(mr|господин|г-н)\.?$/i;

function greeting(r: LetterRecipient): string {
	const salutation = r.salutation.trim();
	const last = r.lastName.trim();
	const first = r.firstName.trim();
	const feminine = FEMININE.test(salutation);
	const masculine = MASCULINE.test(salutation);
	if (last && feminine) return `Уважаемая госпожа ${last}!`;
	if (last && masculine) return `Уважаемый господин ${last}!`;
	if (first && feminine) return `Уважаемая ${first}!`;
	if (first && masculine) return `Уважаемый ${first}!`;
	// Without a known gender, "Здравствуйте" is polite and needs no agreement.
	if (first) return `Здравствуйте, ${first}!`;
	if (last) return `Здравствуйте, ${[salutation, last].filter(Boolean).join(' ')}!`;
	return 'Уважаемый покупатель!';
}

const closing = `С уважением,

{{signature}}
{{shopName}}
{{shopPhone}}`;

export const russian: LetterLanguage = {
	code: 'ru',
	dir: 'ltr',
	greeting,
	nameFallback: 'покупатель',
	...letterFormats('ru'),
	templates: [
		{
			key: 'thank-you',
			name: 'Спасибо за покупку',
			body: `{{greeting}}

Спасибо, что зашли в магазин «{{shopName}}». Мы были рады Вас видеть и надеемся, что покупка Вам понравится.

Бонусных баллов на Вашей карте: {{points}}.

Будем рады видеть Вас снова.

${closing}`
		},
		{
			key: 'birthday',
			name: 'День рождения',
			body: `{{greeting}}

Поздравляем Вас с днём рождения от всей команды магазина «{{shopName}}»! Желаем Вам прекрасного года.

По этому случаю примите от нас небольшой подарок: {{offer}}
Принесите это письмо или назовите на кассе код {{voucherCode}}.

${closing}`
		},
		{
			key: 'holiday',
			name: 'Поздравление с праздником',
			body: `{{greeting}}

Праздники уже близко, и мы хотим поблагодарить Вас за то, что в этом году Вы были с нашим магазином. Желаем Вам и Вашей семье радостных и спокойных праздников.

{{offer}}

${closing}`
		},
		{
			key: 'we-miss-you',
			name: 'Мы скучаем',
			body: `{{greeting}}

Мы не видели Вас с {{lastPurchase}} и скучаем. В магазине многое изменилось, и нам очень хочется Вам это показать.

В честь Вашего возвращения: {{offer}}
Ваш личный код: {{voucherCode}}

Если в прошлый раз что-то было не так, пожалуйста, расскажите нам. Мы хотим это исправить.

${closing}`
		},
		{
			key: 'invitation',
			name: 'Приглашение только для клиентов',
			body: `{{greeting}}

Приглашаем Вас {{eventDate}} на вечер только для наших клиентов. Магазин будет открыт допоздна специально для Вас, и можно будет всё спокойно посмотреть.

{{offer}}

Если хотите, приходите с другом или подругой. Будем рады Вас видеть.

${closing}`
		},
		{
			key: 'referral',
			name: 'Приведи друга',
			body: `{{greeting}}

Спасибо, что Вы наш постоянный покупатель. Многие наши лучшие клиенты пришли к нам по совету друзей, поэтому у нас есть для Вас подарок, который можно передать другу.

Передайте этот код другу: {{voucherCode}}
{{offer}}

Когда Ваш друг придёт к нам, мы отблагодарим вас обоих.

${closing}`
		},
		{
			key: 'yearly-thanks',
			name: 'Благодарность за год',
			body: `{{greeting}}

Подходит к концу ещё один год, и мы хотим поблагодарить Вас за то, что Вы приходите в магазин «{{shopName}}». Благодаря Вам наш магазин живёт.

А Вы знали, что у нас есть ещё и это: {{offer}}? Многие клиенты пока об этом не знают, и нам хотелось, чтобы Вы узнали одними из первых.

${closing}`
		},
		{
			key: 'complaint-follow-up',
			name: 'Ответ на жалобу',
			body: `{{greeting}}

Спасибо, что рассказали нам о том, что пошло не так. Приносим свои извинения. Мы внимательно во всём разобрались.

Надеемся, что теперь всё в порядке. Если что-то ещё не так, как должно быть, пожалуйста, позвоните нам по телефону {{shopPhone}}: нам важно, чтобы Вы были довольны нашим магазином.

{{offer}}

${closing}`
		},
		{
			key: 'quarterly-news',
			name: 'Новости сезона',
			body: `{{greeting}}

Вот что нового в магазине «{{shopName}}» в этом сезоне.

{{offer}}

Следующая встреча для наших клиентов: {{eventDate}}

Будем рады скоро Вас увидеть.

${closing}`
		}
	]
};
