/**
 * Every main page speaks only its own language: a text that is a message of another language's
 * catalog but not of the current one is an untranslated key (paraglide falls back to English),
 * and a bare message key on screen is a missing message. The same visit runs axe-core, so every
 * page is checked for serious accessibility violations in every language at the cost of one.
 */
import { expect, test, type Page } from './fixtures';
import {
	MAIN_PAGES,
	catalogs,
	messageTexts as texts,
	type Catalog,
	UI_LANGUAGES,
	openDemoShopIn,
	openFirstCard,
	openMainPage,
	type UiLanguage,
	seriousViolations
} from './helpers';

// Words that are the same in every language, and so prove nothing.
const BRAND = /^(Counter Cards|CSV|vCard|PIN|PDF|QR|JSON|Email|E-mail|OK)$/i;
/** Shorter texts ("OK", "€", "Σ") are too often the same in two languages to prove anything. */
const MIN_TEXT = 4;
/** A placeholder message is recognised by a static part at least this long. */
const MIN_FRAGMENT = 12;

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

type Index = { whole: Set<string>; fragments: Set<string>; all: string[] };

/** A language's messages as whole texts (no placeholders) and static fragments (with them). */
function indexOf(catalog: Catalog): Index {
	const index: Index = { whole: new Set(), fragments: new Set(), all: [] };
	for (const message of Object.values(catalog)) {
		for (const text of texts(message)) {
			const plain = normal(text);
			index.all.push(plain);
			if (!/\{[^}]*\}/.test(plain)) {
				index.whole.add(plain);
				continue;
			}
			for (const part of plain.split(/\{[^}]*\}/)) {
				const fragment = part.trim();
				if ([...fragment].length >= MIN_FRAGMENT) index.fragments.add(fragment);
			}
		}
	}
	return index;
}

const indexes = Object.fromEntries(UI_LANGUAGES.map((l) => [l, indexOf(catalogs[l])])) as Record<
	UiLanguage,
	Index
>;
const keys = new Set(UI_LANGUAGES.flatMap((l) => Object.keys(catalogs[l])));

/** The visible text nodes plus the labels a screen reader speaks. */
async function shownTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [document.title];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, template')) continue;
			const inSelect = parent.closest('select');
			if (!inSelect && !parent.checkVisibility()) continue;
			if (node.textContent?.trim()) found.push(node.textContent);
		}
		for (const element of document.querySelectorAll(
			'[aria-label], [placeholder], [title], img[alt]'
		)) {
			for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
				const value = element.getAttribute(name);
				if (value) found.push(value);
			}
		}
		return found;
	});
}

/** Texts on the page that belong to another language's catalog, or are bare message keys. */
function foreignTexts(shown: string[], language: UiLanguage): string[] {
	const own = indexes[language];
	const wrong = new Set<string>();
	for (const raw of shown) {
		const text = normal(raw);
		if ([...text].length < MIN_TEXT || BRAND.test(text) || !/\p{L}/u.test(text)) continue;
		if (keys.has(text)) {
			wrong.add(`missing message: ${text}`);
			continue;
		}
		if (own.whole.has(text)) continue;
		for (const other of UI_LANGUAGES) {
			if (other === language) continue;
			const theirs = indexes[other];
			if (theirs.whole.has(text)) {
				wrong.add(`${other}: ${text}`);
				break;
			}
			const fragment = [...theirs.fragments].find(
				(f) => text.includes(f) && !own.all.some((mine) => mine.includes(f))
			);
			if (fragment) {
				wrong.add(`${other} ("${fragment}"): ${text}`);
				break;
			}
		}
	}
	return [...wrong];
}

// Colours do not change with the language: contrast is checked in one left-to-right and one
// right-to-left language; the other three run every other rule on every page.
const CONTRAST_CHECKED: readonly UiLanguage[] = ['en', 'he'];
// Each language's pages in two tests, so no test runs long on a busy two-core machine.
const HALVES = [MAIN_PAGES.slice(0, 9), MAIN_PAGES.slice(9)] as const;

for (const language of UI_LANGUAGES) {
	HALVES.forEach((pages, half) => {
		test(`every main page speaks only ${language} and passes axe-core (${half + 1} of 2)`, async ({
			page
		}) => {
			test.slow();
			await openDemoShopIn(page, language);
			const untranslated: string[] = [];
			const inaccessible: string[] = [];
			const contrast = CONTRAST_CHECKED.includes(language);
			const check = async (where: string) => {
				for (const text of foreignTexts(await shownTexts(page), language))
					untranslated.push(`${where} ${text}`);
				for (const violation of await seriousViolations(page, { contrast }))
					inaccessible.push(`${where} ${violation}`);
			};
			for (const path of pages) {
				await openMainPage(page, path);
				await check(path);
				if (path === '/') {
					// The counter with search results showing, as it is most of the day.
					await page.getByRole('searchbox').fill('a');
					await expect(page.getByRole('list').first().getByRole('link').first()).toBeVisible();
					await check('/ (search results)');
				}
			}
			if (half === 1) {
				await openFirstCard(page);
				await check('a card');
			}
			expect.soft(untranslated, 'texts of another language').toEqual([]);
			expect.soft(inaccessible, 'axe-core').toEqual([]);
		});
	});
}
