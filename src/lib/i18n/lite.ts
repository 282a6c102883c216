import { INTL_TAGS, type Locale } from './locales';

/**
 * Reads i18next-format messages: nested keys, `{{name}}` and `_one`/`_other` plurals, all we use
 * (docs/decisions/003-own-translator.md; lite.spec.ts checks it against i18next).
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export type Messages = { [key: string]: string | Messages };

function lookup(messages: Messages, key: string): string | undefined {
	let node: string | Messages | undefined = messages;
	for (const part of key.split('.')) {
		if (typeof node !== 'object') return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

export function createTranslate(locale: Locale, ...sources: Messages[]): Translate {
	const plurals = new Intl.PluralRules(INTL_TAGS[locale]);
	const find = (key: string) => {
		for (const messages of sources) {
			const message = lookup(messages, key);
			if (message !== undefined) return message;
		}
		return undefined;
	};
	return (key, params = {}) => {
		const count = params.count;
		const template =
			(typeof count === 'number' ? find(`${key}_${plurals.select(count)}`) : undefined) ??
			find(key) ??
			key;
		if (!template.includes('{{')) return template;
		return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
			name in params && params[name] !== undefined ? String(params[name]) : whole
		);
	};
}
