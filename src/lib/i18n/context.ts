import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import type { Translate } from './translator';

export interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
}

const KEY = Symbol('i18n');

/**
 * Reads the layout's data on every access, so both follow navigation. The getters sit on the
 * class: an object literal with getters gets new ones on every render, which V8 keeps in its old
 * generation, and they would hold each page's whole render through young-generation GCs.
 */
class LayoutI18n implements I18n {
	readonly #data: () => { locale: Locale; t: Translate };

	constructor(data: () => { locale: Locale; t: Translate }) {
		this.#data = data;
	}

	get locale(): Locale {
		return this.#data().locale;
	}

	get t(): Translate {
		return this.#data().t;
	}
}

/** In the root layout: `data` gives the layout's current data (its locale and `t`). */
export function setI18n(data: () => { locale: Locale; t: Translate }): void {
	setContext(KEY, new LayoutI18n(data));
}

/** The current language and its `t`, set once in the root layout; both follow navigation. */
export function getI18n(): I18n {
	return getContext<I18n>(KEY);
}
