/** Shared steps of a shop owner at the counter, found by role and label as a person would. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * A new device opens on the shop's setup: the owner who wants to look around first skips it, in
 * one click (setup.spec.ts goes through it as an owner would).
 */
export async function skipSetup(page: Page, language: UiLanguage = 'en'): Promise<void> {
	await page.getByRole('button', { name: say(language, 'setup_skip') }).click();
	await expect(page.getByRole('heading', { name: say(language, 'setup_title') })).toBeHidden();
}

export async function openEmptyCardFile(page: Page): Promise<void> {
	await page.goto('/');
	await skipSetup(page);
	await page.getByRole('button', { name: 'Start empty' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to your card file' })).toBeHidden();
}

export async function goToCounter(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Counter', exact: true }).click();
	await expect(page.getByLabel('Find a customer')).toBeVisible();
}

export async function addCustomer(
	page: Page,
	fields: { first: string; last: string; phone?: string; email?: string }
): Promise<void> {
	await goToCounter(page);
	await page.getByRole('button', { name: 'New customer' }).click();
	await page.getByLabel('First name').fill(fields.first);
	await page.getByLabel('Last name').fill(fields.last);
	if (fields.phone) await page.getByLabel('Phone').fill(fields.phone);
	if (fields.email) await page.getByLabel('Email').fill(fields.email);
	await page.getByRole('button', { name: 'Save card' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `${fields.first} ${fields.last}` })
	).toBeVisible();
}

export async function recordSale(page: Page, amount: string, category = ''): Promise<void> {
	await page.getByLabel(/^Amount/).fill(amount);
	if (category) await page.getByLabel('What was bought').fill(category);
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByText(/^Sale of .* recorded\.$/).last()).toBeVisible();
	await expect(page.getByLabel(/^Amount/)).toHaveValue('');
}

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

// ---- Languages (issue 7): every main page, in every UI language, with the demo shop loaded.

export const UI_LANGUAGES = ['en', 'he', 'el', 'ru', 'hy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

type Variant = { match: Record<string, string> };
export type Catalog = Record<string, string | Variant[]>;

export function messageTexts(message: string | Variant[]): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
}

/** A language's messages from every catalog folder, read from the source JSON files. */
function catalogOf(locale: string): Catalog {
	const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
		'plugin.inlang.messageFormat': { pathPattern: string[] };
	};
	const merged: Catalog = {};
	for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern) {
		const data = JSON.parse(
			readFileSync(join(pattern.replace('{locale}', locale)), 'utf8')
		) as Record<string, unknown>;
		delete data.$schema;
		Object.assign(merged, data);
	}
	return merged;
}

export const catalogs = Object.fromEntries(UI_LANGUAGES.map((l) => [l, catalogOf(l)])) as Record<
	UiLanguage,
	Catalog
>;

/** A plain message of a language (the first variant of a plural one). */
export function say(language: UiLanguage, key: string): string {
	const message = catalogs[language][key];
	if (message === undefined) throw new Error(`No message ${key} in ${language}`);
	return messageTexts(message)[0].replace(/\s+/g, ' ').trim();
}

/** Every route under src/routes a shop owner works on; the card is opened from the A to Z box. */
export const MAIN_PAGES = [
	'/',
	'/customers',
	'/customers/new',
	'/settings',
	'/trash',
	'/data',
	'/segments',
	'/due',
	'/letters',
	'/letters/campaigns',
	'/letters/due',
	'/referrals',
	'/referrals/print',
	'/referrals/redeem',
	'/referrals/counter-sign',
	'/referrals/staff-sheet',
	'/points/loyalty-card',
	'/drawing',
	'/kiosk',
	'/kiosk/paper-form',
	'/feedback'
] as const;

/** Starts the app in `language` and loads the demo shop, which then speaks that language. */
export async function openDemoShopIn(page: Page, language: UiLanguage): Promise<void> {
	await page.addInitScript((locale) => {
		if (!localStorage.getItem('PARAGLIDE_LOCALE')) localStorage.setItem('PARAGLIDE_LOCALE', locale);
	}, language);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', language);
	await skipSetup(page, language);
	const load = page.getByRole('button', { name: say(language, 'demo_load') });
	await load.click();
	// The offer goes away once every record is stored (the button itself only says "loading").
	await expect(page.getByRole('heading', { name: say(language, 'welcome_heading') })).toBeHidden({
		timeout: 20_000
	});
}

/** Opens a main page (a card: the first one in the A to Z box) and waits for its heading. */
export async function openMainPage(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Opens the first card of the A to Z box. */
export async function openFirstCard(page: Page): Promise<void> {
	await page.goto('/customers');
	await page.locator('main a[href*="/customers/"]:not([href$="/new"])').first().click();
	await expect(page).toHaveURL(/\/customers\/[0-9A-Z]{10,}/);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** axe-core's own build, put in the page as it is (a page's script policy does not apply to it). */
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * Serious and critical WCAG A/AA violations on the page as it is now. axe-core is put in each page
 * once and run directly: through @axe-core/playwright every scan injected it again and gathered
 * the nodes of every passing rule, about twice the time of a scan. `contrast: false` leaves out
 * the colour-contrast rule, the costliest by far, where the same colours were already checked
 * (see i18n-catalogs.spec.ts).
 */
export async function seriousViolations(
	page: Page,
	options: { contrast?: boolean } = {}
): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (contrast) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		const results = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			rules: contrast ? {} : { 'color-contrast': { enabled: false } },
			resultTypes: ['violations']
		});
		return results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, options.contrast !== false);
}
