import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslate, type Messages } from './lite';
import { LOCALES } from './locales';
import { createInstance } from 'i18next';
import { getTranslator } from './translator';

const read = (file: string): Messages =>
	JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8'));
const keys = (tree: Messages, prefix = ''): string[] =>
	Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)
	);

describe('our translator', () => {
	it('gives exactly what i18next gives, for every key, language, count and placeholder', async () => {
		for (const locale of LOCALES) {
			const common = read(`locales/${locale}.json`);
			const account = read(`account/${locale}.json`);
			const lite = createTranslate(locale, common, account);
			const instance = createInstance({
				lng: locale,
				fallbackLng: false,
				resources: { [locale]: { translation: { ...common, ...account } } },
				initAsync: false,
				returnNull: false,
				interpolation: { escapeValue: false }
			});
			await instance.init();
			const i18next = (key: string, params: Record<string, unknown>) => instance.t(key, params);
			// The server's translator is this reader too.
			expect((await getTranslator(locale))('nav.home')).toBe(lite('nav.home'));
			const bases = new Set(
				[...keys(common), ...keys(account)].map((k) =>
					k.replace(/_(zero|one|two|few|many|other)$/, '')
				)
			);
			let compared = 0;
			for (const key of bases) {
				for (const params of [
					{},
					{ count: 0 },
					{ count: 1 },
					{ count: 2 },
					{ count: 21 },
					{ name: 'Lan <b>', title: 'a & b', count: 1, year: 2026, share: '5%', month: 'Apr' }
				]) {
					expect(lite(key, params), `${locale} ${key} ${JSON.stringify(params)}`).toBe(
						i18next(key, params)
					);
					compared++;
				}
			}
			expect(compared).toBeGreaterThan(1000);
		}
	});

	it('answers a missing key with the key, as i18next does', async () => {
		const lite = createTranslate('en', read('locales/en.json'));
		expect(lite('nav.nowhere')).toBe('nav.nowhere');
		const instance = createInstance({ lng: 'en', resources: { en: { translation: {} } } });
		await instance.init();
		expect(lite('nav.nowhere')).toBe(instance.t('nav.nowhere'));
	});
});
