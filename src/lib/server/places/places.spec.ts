import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialiseContent } from '../demo/demo';
import { openDatabase, type Db } from '../platform/db';
import { getPlace, listPlaces, listPlacesOpenData } from './places';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
	initialiseContent(db, true);
});
afterEach(() => db.close());

describe('listPlaces', () => {
	it('gives each place in the asked language, falling back to Vietnamese when untranslated', () => {
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
	});

	it('filters by category', () => {
		const border = listPlaces(db, 'en', 'border');
		expect(border.map((p) => p.slug).sort()).toEqual(['dong-dang', 'huu-nghi-border-gate']);
		expect(listPlaces(db, 'en', 'heritage').every((p) => p.category === 'heritage')).toBe(true);
	});
});

describe('getPlace', () => {
	it('returns the facts with parsed hours, or null for an unknown slug', () => {
		const street = getPlace(db, 'ky-lua-walking-street', 'en');
		expect(street).toMatchObject({
			name: 'Kỳ Lừa walking street',
			ward: 'Kỳ Lừa',
			feeVnd: 0,
			hours: { rules: [{ days: [5, 6], open: 1080, close: 1440 }] }
		});
		expect(getPlace(db, 'tam-thanh-cave', 'vi')).toMatchObject({
			feeVnd: 20000,
			feeYear: 2024,
			hours: null,
			hoursNote: 'Mở cửa hằng ngày; giờ mở cửa chưa được niêm yết ở đây.'
		});
		expect(getPlace(db, 'mau-son', 'zh')?.hours).toEqual({ always: true });
		expect(getPlace(db, 'nowhere', 'en')).toBeNull();
		expect(getPlace(db, "' OR 1=1 --", 'en')).toBeNull();
	});

	it('treats corrupt stored hours as unknown instead of failing the page', () => {
		db.prepare(
			'UPDATE place SET opening_hours = \'{"rules":[{"days":[9]}]}\' WHERE slug = \'tam-thanh-cave\''
		).run();
		expect(getPlace(db, 'tam-thanh-cave', 'en')?.hours).toBeNull();
	});
});

describe('listPlacesOpenData', () => {
	it('includes only the asked languages', () => {
		const all = listPlacesOpenData(db);
		expect(Object.keys(all[0].texts).sort()).toEqual(['en', 'vi', 'zh']);
		const en = listPlacesOpenData(db, ['en']);
		expect(en).toHaveLength(all.length);
		expect(Object.keys(en[0].texts)).toEqual(['en']);
		expect(en.find((p) => p.slug === 'ky-lua-walking-street')?.openingHours).toEqual({
			rules: [{ days: [5, 6], open: 1080, close: 1440 }]
		});
	});
});
