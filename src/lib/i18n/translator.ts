import { createInstance, type TFunction } from 'i18next';
import { LOCALES, type Locale } from './locales';

export type Translate = TFunction;

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json');
const translators = new Map<Locale, Promise<Translate>>();

async function build(locale: Locale): Promise<Translate> {
	// Only the one language: the three files have the same keys (a unit test checks), so a
	// fallback file would never be read, and the browser would download it for nothing.
	const resources = {
		[locale]: { translation: (await loaders[`./locales/${locale}.json`]()).default }
	};
	const i18n = createInstance({
		lng: locale,
		fallbackLng: false,
		resources,
		initAsync: false,
		returnNull: false,
		// Svelte escapes text itself; escaping here too would show `&amp;` to the reader.
		interpolation: { escapeValue: false }
	});
	await i18n.init();
	return i18n.t;
}

/**
 * One i18next instance per language, made once and shared by every request: building one per
 * request cut SSR throughput to a third in a trial. The instance's language never changes.
 */
export function getTranslator(locale: Locale): Promise<Translate> {
	let translator = translators.get(locale);
	if (!translator) {
		translator = build(locale);
		translators.set(locale, translator);
	}
	return translator;
}

/** All three, for messages sent to people in the language they chose (not the page's). */
export async function getTranslators(): Promise<Record<Locale, Translate>> {
	const all = await Promise.all(LOCALES.map(getTranslator));
	return Object.fromEntries(LOCALES.map((locale, i) => [locale, all[i]])) as Record<
		Locale,
		Translate
	>;
}
