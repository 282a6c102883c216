import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { listPlaces } from './places';

describe('listPlaces', () => {
	it('gives each place in the asked language, falling back to Vietnamese when untranslated', () => {
		const db = openDatabase(':memory:');
		db.prepare(
			"DELETE FROM place_text WHERE locale = 'zh' AND place_id = (SELECT id FROM place WHERE slug = 'mau-son')"
		).run();
		const zh = listPlaces(db, 'zh');
		expect(zh.find((p) => p.slug === 'tam-thanh-cave')).toMatchObject({
			name: '三清洞与三清寺',
			textLocale: 'zh'
		});
		expect(zh.find((p) => p.slug === 'mau-son')).toMatchObject({
			name: 'Núi Mẫu Sơn',
			textLocale: 'vi'
		});
		expect(listPlaces(db, 'en').map((p) => p.slug)).toEqual(zh.map((p) => p.slug));
		db.close();
	});
});
