/** English letters: the greeting, the fallbacks and the built-in templates, as data. */
import type { LetterLanguage, LetterRecipient } from './letters';
import { letterFormats } from './letters-format';

function greeting(r: LetterRecipient): string {
	const last = r.lastName.trim();
	const first = r.firstName.trim();
	if (last && r.salutation.trim()) return `Dear ${r.salutation.trim()} ${last},`;
	if (first) return `Dear ${first},`;
	if (last) return `Dear ${last},`;
	return 'Dear customer,';
}

const closing = `Warm regards,

{{signature}}
{{shopName}}
{{shopPhone}}`;

export const english: LetterLanguage = {
	code: 'en',
	dir: 'ltr',
	greeting,
	nameFallback: 'customer',
	...letterFormats('en-GB'),
	templates: [
		{
			key: 'thank-you',
			name: 'Thank you',
			body: `{{greeting}}

Thank you for your visit to {{shopName}}. It was a pleasure to see you, and we hope you enjoy what you chose.

You have {{points}} points on your card.

We look forward to seeing you again.

${closing}`
		},
		{
			key: 'birthday',
			name: 'Birthday',
			body: `{{greeting}}

Happy birthday from all of us at {{shopName}}! We wish you a wonderful year.

To celebrate, please accept this small gift: {{offer}}
Bring this letter, or show the code {{voucherCode}}, at the counter.

${closing}`
		},
		{
			key: 'holiday',
			name: 'Holiday greetings',
			body: `{{greeting}}

As the holidays come, we want to thank you for being part of our shop this year. We wish you and your family happy, peaceful holidays.

{{offer}}

${closing}`
		},
		{
			key: 'we-miss-you',
			name: 'We miss you',
			body: `{{greeting}}

We have not seen you since {{lastPurchase}}, and we miss you. A lot has changed in the shop, and we would love to show you.

As a welcome back: {{offer}}
Your personal code: {{voucherCode}}

If something did not go well last time, please tell us. We want to put it right.

${closing}`
		},
		{
			key: 'invitation',
			name: 'Customers-only invitation',
			body: `{{greeting}}

You are invited to an evening for our customers only, on {{eventDate}}. The shop stays open late, just for you, with time to look around in peace.

{{offer}}

Bring a friend if you like. We look forward to seeing you.

${closing}`
		},
		{
			key: 'referral',
			name: 'Referral invitation',
			body: `{{greeting}}

Thank you for being a loyal customer. Many of our best customers came to us through a friend, so we have a gift for you to pass on.

Give this code to a friend: {{voucherCode}}
{{offer}}

When your friend visits, you both get a thank-you from us.

${closing}`
		},
		{
			key: 'yearly-thanks',
			name: 'Yearly thank-you',
			body: `{{greeting}}

Another year is ending, and we want to thank you for coming to {{shopName}}. Your visits keep our shop alive.

Did you know we also offer: {{offer}}? Many customers do not know it yet, so we wanted you to be among the first.

${closing}`
		},
		{
			key: 'complaint-follow-up',
			name: 'Complaint follow-up',
			body: `{{greeting}}

Thank you for telling us what went wrong. We are sorry, and we have looked into it carefully.

We hope we have put things right. If anything is still not as it should be, please call us on {{shopPhone}}: we want you to be happy with your shop.

{{offer}}

${closing}`
		},
		{
			key: 'quarterly-news',
			name: 'Quarterly news',
			body: `{{greeting}}

Here is what is new at {{shopName}} this season.

{{offer}}

Our next customer event: {{eventDate}}

We would be glad to see you soon.

${closing}`
		}
	]
};
