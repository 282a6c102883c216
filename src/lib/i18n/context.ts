import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import type { Translate } from './translator';

export interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
}

const KEY = Symbol('i18n');

/** In the root layout: `data` gives the layout's current data (its locale and `t`). */
export function setI18n(data: () => { locale: Locale; t: Translate }): void {
	// Getters, so both follow navigation.
	setContext(KEY, {
		get locale() {
			return data().locale;
		},
		get t() {
			return data().t;
		}
	} satisfies I18n);
}

/** The current language and its `t`, set once in the root layout; both follow navigation. */
export function getI18n(): I18n {
	return getContext<I18n>(KEY);
}
