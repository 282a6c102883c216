import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LOCALES,
	localeOfPath,
	localizePath,
	matchAcceptLanguage,
	negotiateLocale
} from './locales';
import { getTranslator } from './translator';

const dir = join(import.meta.dirname, 'locales');
type Tree = { [key: string]: string | Tree };
const accountDir = join(import.meta.dirname, 'account');
const read = (file: string, folder = dir): Tree =>
	JSON.parse(readFileSync(join(folder, file), 'utf8'));
/** A language's messages: the public file and the account areas' file together. */
const load = (code: string): Tree => ({
	...read(`${code}.json`),
	...read(`${code}.json`, accountDir)
});
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
	Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [[prefix + key, value]] : flatten(value, `${prefix}${key}.`)
	);

describe('locale files', () => {
	it('exist for exactly vi, en and zh, public and account, with no group in both', () => {
		expect(readdirSync(dir).sort()).toEqual(['en.json', 'vi.json', 'zh.json']);
		expect(readdirSync(accountDir).sort()).toEqual(['en.json', 'vi.json', 'zh.json']);
		for (const code of LOCALES) {
			const common = Object.keys(read(`${code}.json`));
			for (const group of Object.keys(read(`${code}.json`, accountDir)))
				expect(common, `${code}: ${group}`).not.toContain(group);
		}
	});

	it('have identical key sets', () => {
		const [first, ...rest] = LOCALES.map((code) =>
			flatten(load(code))
				.map(([k]) => k)
				.sort()
		);
		for (const keys of rest) expect(keys).toEqual(first);
	});

	it('have no empty strings and the same {{placeholders}} in every language', () => {
		const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
		const vi = Object.fromEntries(flatten(load('vi')));
		for (const code of LOCALES) {
			for (const [key, value] of flatten(load(code))) {
				expect(value.trim(), `${code}:${key}`).not.toBe('');
				expect(vars(value), `${code}:${key}`).toEqual(vars(vi[key]));
			}
		}
	});

	it('are served by one translator per language, built once', async () => {
		const en = await getTranslator('en');
		expect(await getTranslator('en')).toBe(en);
		expect(en('nav.home')).toBe('Home');
		expect((await getTranslator('zh'))('nav.home')).toBe('首页');
		expect((await getTranslator('vi'))('nav.home')).toBe('Trang chủ');
		expect(en('errors.reference', { id: 'a<b' })).toBe('Reference for support: a<b');
		// The server's translator has the account areas' messages too.
		expect(en('admin.outbox')).toBe('Outbox');
	});
});

describe('language negotiation', () => {
	it('prefers the cookie, then Accept-Language, then Vietnamese', () => {
		expect(negotiateLocale('zh', 'en-US,en;q=0.9')).toBe('zh');
		expect(negotiateLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
		expect(negotiateLocale('fr', 'zh-CN')).toBe('zh');
		expect(negotiateLocale(undefined, 'fr-FR,de;q=0.8')).toBe('vi');
		expect(negotiateLocale(undefined, null)).toBe('vi');
	});

	it('honours quality values and order', () => {
		expect(matchAcceptLanguage('fr;q=1, en;q=0.5, zh;q=0.8')).toBe('zh');
		expect(matchAcceptLanguage('en;q=0.8, vi;q=0.8')).toBe('en');
		expect(matchAcceptLanguage('zh-TW')).toBe('zh');
		expect(matchAcceptLanguage('zh-Hans-CN, vi;q=0.1')).toBe('zh');
		expect(matchAcceptLanguage('en;q=0, vi')).toBe('vi');
		expect(matchAcceptLanguage('*')).toBeNull();
	});

	it('ignores malformed headers without throwing', () => {
		for (const header of [
			'',
			';;;,,,',
			'en;q=abc',
			'en;q=2',
			'zh;q=-1',
			'<script>',
			'e n',
			'x'.repeat(5000),
			'en-' + 'a'.repeat(50),
			'\u0000vi'
		]) {
			expect(() => matchAcceptLanguage(header)).not.toThrow();
			expect(matchAcceptLanguage(header)).toBeNull();
		}
		expect(matchAcceptLanguage('garbage;;, en;q=0.7')).toBe('en');
	});
});

describe('localised paths', () => {
	it('reads and swaps the language prefix', () => {
		expect(localeOfPath('/en/places')).toBe('en');
		expect(localeOfPath('/fr/places')).toBeNull();
		expect(localeOfPath('/english')).toBeNull();
		expect(localizePath('/en/places/tam-thanh', 'zh')).toBe('/zh/places/tam-thanh');
		expect(localizePath('/vi', 'en')).toBe('/en');
		expect(localizePath('/', 'en')).toBe('/en');
	});
});
