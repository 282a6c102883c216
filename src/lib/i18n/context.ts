import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import type { Translate } from './translator';

export interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
}

const KEY = Symbol('i18n');

export function setI18n(i18n: I18n): void {
	setContext(KEY, i18n);
}

/** The current language and its `t`, set once in the root layout; both follow navigation. */
export function getI18n(): I18n {
	return getContext<I18n>(KEY);
}
