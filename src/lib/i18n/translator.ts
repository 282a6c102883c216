import { browser } from '$app/environment';
import { createTranslate, type Messages, type Translate } from './lite';
import { LOCALES, type Locale } from './locales';

export type { Translate };

/**
 * Messages live in two files per language: `locales/<lang>.json` for every page, `account/<lang>.json`
 * for the business and department areas, the server's messages and the few public pages that load
 * it themselves (search, the waiting list). The browser loads the first with the page and the
 * second only when someone enters those areas.
 */
const publicFiles = import.meta.glob<{ default: Messages }>('./locales/*.json');
const accountFiles = import.meta.glob<{ default: Messages }>('./account/*.json');

const load = async (files: typeof publicFiles, name: string) => (await files[name]()).default;

/** On the server: both files, for every page and for messages in any language. */
async function buildServer(locale: Locale): Promise<Translate> {
	const [common, account] = await Promise.all([
		load(publicFiles, `./locales/${locale}.json`),
		load(accountFiles, `./account/${locale}.json`)
	]);
	return createTranslate(locale, common, account);
}

/** Account messages the browser has loaded, filled in place so existing `t` functions see them. */
const accountMessages = new Map<Locale, Messages>();

/** In the browser: the public file now, the account file when an account page asks for it. */
async function buildBrowser(locale: Locale): Promise<Translate> {
	const extra: Messages = {};
	accountMessages.set(locale, extra);
	return createTranslate(locale, await load(publicFiles, `./locales/${locale}.json`), extra);
}

const translators = new Map<Locale, Promise<Translate>>();

/**
 * One translator per language, made once and shared by every request (building one per request
 * cut SSR throughput to a third in a trial with i18next). Its language never changes.
 */
export function getTranslator(locale: Locale): Promise<Translate> {
	let translator = translators.get(locale);
	if (!translator) {
		translator = browser ? buildBrowser(locale) : buildServer(locale);
		translators.set(locale, translator);
	}
	return translator;
}

/** Before an account page renders in the browser: its messages (the server has them already). */
export async function loadAccountMessages(locale: Locale): Promise<void> {
	if (!browser) return;
	await getTranslator(locale);
	const extra = accountMessages.get(locale)!;
	if (Object.keys(extra).length === 0) {
		Object.assign(extra, await load(accountFiles, `./account/${locale}.json`));
	}
}

/** All three, for messages sent to people in the language they chose (not the page's). */
export async function getTranslators(): Promise<Record<Locale, Translate>> {
	const all = await Promise.all(LOCALES.map(getTranslator));
	return Object.fromEntries(LOCALES.map((locale, i) => [locale, all[i]])) as Record<
		Locale,
		Translate
	>;
}
