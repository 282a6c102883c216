import { describe, expect, it } from 'vitest';
import { CITY_CENTRE, distanceKm, nearest } from './geo';

const tamThanh = { name: 'Tam Thanh', lat: 21.85557, lon: 106.7468 };
const nhiThanh = { name: 'Nhị Thanh', lat: 21.8615, lon: 106.748 };
const kyLua = { name: 'Kỳ Lừa', lat: 21.856, lon: 106.7575 };
const mauSon = { name: 'Mẫu Sơn', lat: 21.877111, lon: 107.004261 };
const dongDang = { name: 'Đồng Đăng', lat: 21.94583, lon: 106.69667 };

describe('distances', () => {
	it('match the distances the facts give', () => {
		// Nhị Thanh is "about 700 m" from Tam Thanh; Mẫu Sơn "about 30 km" east (as the crow flies, less).
		expect(distanceKm(tamThanh, nhiThanh)).toBeGreaterThan(0.5);
		expect(distanceKm(tamThanh, nhiThanh)).toBeLessThan(0.9);
		expect(distanceKm(CITY_CENTRE, mauSon)).toBeGreaterThan(24);
		expect(distanceKm(CITY_CENTRE, mauSon)).toBeLessThan(30);
		expect(distanceKm(kyLua, kyLua)).toBe(0);
		expect(distanceKm(tamThanh, kyLua)).toBeCloseTo(distanceKm(kyLua, tamThanh), 10);
	});

	it('orders nearby places closest first and keeps only as many as asked', () => {
		const near = nearest(tamThanh, [mauSon, dongDang, kyLua, nhiThanh], 3);
		expect(near.map((p) => p.name)).toEqual(['Nhị Thanh', 'Kỳ Lừa', 'Đồng Đăng']);
		expect(near[0].distanceKm).toBeLessThan(near[1].distanceKm);
		expect(near[1].distanceKm).toBeLessThan(near[2].distanceKm);
	});

	it('copes with an empty list and a count larger than the list', () => {
		expect(nearest(tamThanh, [], 5)).toEqual([]);
		expect(nearest(tamThanh, [kyLua], 5)).toHaveLength(1);
	});
});
