import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	arrivalsTemplate,
	figuresByYear,
	checkImport,
	importArrivals,
	listArrivals,
	loadDemoArrivals,
	parseCount,
	parseMonth,
	readArrival
} from './arrivals';
import { openDatabase, type Db } from '../platform/db';

const NOW = Date.UTC(2026, 10, 26, 5) / 1000;
const admin = { id: 0, ip: null };
let db: Db;

beforeEach(() => {
	db = openDatabase(':memory:');
	admin.id = Number(
		db
			.prepare(
				"INSERT INTO user (email, password_hash, role, created_at, password_changed_at) VALUES ('a@example.vn','x','admin',0,0)"
			)
			.run().lastInsertRowid
	);
});
afterEach(() => db.close());

const count = () => db.prepare('SELECT count(*) FROM arrival').pluck().get();

describe('reading figures as people type them', () => {
	it('takes whole counts with Vietnamese or English thousands separators', () => {
		expect(parseCount('412000')).toBe(412000);
		expect(parseCount('412.000')).toBe(412000);
		expect(parseCount('1,234,567')).toBe(1234567);
		expect(parseCount('1 234 567')).toBe(1234567);
		for (const bad of ['4.5', '12.34.567', '-3', '1e6', 'abc', '', '1234.5', '999999999'])
			expect(parseCount(bad), bad).toBeNull();
	});

	it('takes months as 2026-03, 2026-3 or 03/2026, never in the future', () => {
		expect(parseMonth('2026-03', NOW)).toBe('2026-03');
		expect(parseMonth('2026-3', NOW)).toBe('2026-03');
		expect(parseMonth('3/2026', NOW)).toBe('2026-03');
		expect(parseMonth('2026-11', NOW)).toBe('2026-11');
		for (const bad of ['2026-12', '2027-01', '2026-13', '2026-00', '1999-12', 'March', '2026/03'])
			expect(parseMonth(bad, NOW), bad).toBeNull();
	});

	it('refuses parts larger than the total', () => {
		const r = readArrival(
			{
				month: '2026-01',
				area: 'city',
				total: '1000',
				international: '2000',
				overnight: '1001',
				method: 'estimate',
				source: 'x'
			},
			NOW
		);
		expect(r).toEqual({
			errors: { international: 'arrivals.partOverTotal', overnight: 'arrivals.partOverTotal' }
		});
	});
});

describe('importing a CSV', () => {
	it('refuses the template’s example line, so the template as downloaded imports nothing', () => {
		expect(importArrivals(db, arrivalsTemplate(), admin, NOW)).toEqual({
			problems: [{ line: 2, column: 'source', message: 'arrivals.csvExample' }]
		});
		expect(count()).toBe(0);
	});

	it('previews what a file would add and replace without writing', () => {
		importArrivals(db, 'month,area,total,method,source\n2026-01,city,100,survey,first', admin, NOW);
		const checked = checkImport(
			db,
			'month,area,total,method,source\n2026-01,city,120,survey,second\n2026-02,city,90,survey,new',
			NOW
		);
		expect(checked).toMatchObject({
			rows: [
				{
					line: 2,
					input: { month: '2026-01', total: 120 },
					existing: { total: 100, source: 'first' }
				},
				{ line: 3, input: { month: '2026-02', total: 90 }, existing: null }
			]
		});
		expect(listArrivals(db, {}).map((a) => [a.month, a.total])).toEqual([['2026-01', 100]]);
	});

	it('reads semicolons, quotes, Excel’s byte-order mark and blank lines', () => {
		const csv =
			'\uFEFFMonth;Area;Total;International;Overnight;Method;Source\r\n' +
			'02/2026;province;"1.234.000";;;survey;"Khảo sát; quý I"\r\n\r\n';
		expect(importArrivals(db, csv, admin, NOW)).toEqual({ imported: 1 });
		expect(listArrivals(db, {})[0]).toMatchObject({
			month: '2026-02',
			total: 1234000,
			international: null,
			source: 'Khảo sát; quý I'
		});
	});

	it('lists every bad line with its number and writes nothing', () => {
		const csv = [
			'month,area,total,international,overnight,method,source',
			'2026-01,city,412000,,,estimate,ok',
			'2026-13,city,5,,,estimate,bad month',
			'2026-02,town,5,,,estimate,bad area',
			'2026-03,city,lots,,,estimate,bad total',
			'2026-04,city,100,200,,estimate,part over total',
			'2026-05,city,100,,,guess,bad method',
			'2026-06,city,100,,,estimate,',
			'2026-01,city,1,,,estimate,repeated month',
			'2026-07,city,1,,,estimate,x,extra'
		].join('\n');
		const result = importArrivals(db, csv, admin, NOW);
		expect(result).toEqual({
			problems: [
				{ line: 3, column: 'month', message: 'arrivals.csvMonth', params: { value: '2026-13' } },
				{
					line: 4,
					column: 'area',
					message: 'arrivals.csvArea',
					params: { value: 'town', allowed: 'city, province' }
				},
				{ line: 5, column: 'total', message: 'arrivals.countInvalid', params: { value: 'lots' } },
				{
					line: 6,
					column: 'international',
					message: 'arrivals.partOverTotal',
					params: { value: '200' }
				},
				{
					line: 7,
					column: 'method',
					message: 'arrivals.csvMethod',
					params: {
						value: 'guess',
						allowed: 'accommodation_reports, site_counts, survey, estimate, other'
					}
				},
				{ line: 8, column: 'source', message: 'errors.required', params: { value: '' } },
				{ line: 9, column: 'month', message: 'arrivals.csvRepeated' },
				{ line: 10, column: null, message: 'arrivals.csvExtraCells' }
			]
		});
		expect(count()).toBe(0);
		expect(
			db.prepare("SELECT count(*) FROM audit WHERE action = 'arrivals_imported'").pluck().get()
		).toBe(0);
	});

	it('counts lines inside quoted line breaks correctly', () => {
		const csv =
			'month,area,total,method,source\n2026-01,city,1,estimate,"two\nlines"\n2026-99,city,1,estimate,x\n';
		expect(importArrivals(db, csv, admin, NOW)).toEqual({
			problems: [
				// A source is one line; the quoted break belongs to line 2 and moves line 3 to 4.
				{
					line: 2,
					column: 'source',
					message: 'errors.controlCharacters',
					params: { value: 'two\nlines' }
				},
				{ line: 4, column: 'month', message: 'arrivals.csvMonth', params: { value: '2026-99' } }
			]
		});
	});

	it('refuses files that are not the figures table', () => {
		expect(importArrivals(db, '', admin, NOW)).toMatchObject({
			problems: [{ message: 'arrivals.csvEmpty' }]
		});
		expect(importArrivals(db, 'month,area,total,method,source\n', admin, NOW)).toMatchObject({
			problems: [{ message: 'arrivals.csvEmpty' }]
		});
		expect(importArrivals(db, 'name,phone\nAn,0912', admin, NOW)).toEqual({
			problems: [
				...['name', 'phone'].map((column) => ({
					line: 1,
					column,
					message: 'arrivals.csvUnknownColumn',
					params: { allowed: 'month, area, total, international, overnight, method, source' }
				})),
				...['month', 'area', 'total', 'method', 'source'].map((column) => ({
					line: 1,
					column,
					message: 'arrivals.csvMissingColumn'
				}))
			]
		});
		expect(importArrivals(db, 'month,area\n"2026-01,city', admin, NOW)).toMatchObject({
			problems: [{ message: 'arrivals.csvQuote' }]
		});
		expect(count()).toBe(0);
	});

	it('replaces demo figures and earlier entries for the same month and area', () => {
		loadDemoArrivals(db, NOW);
		const demoJan = listArrivals(db, { area: 'city', from: '2026-01', to: '2026-01' })[0];
		expect(demoJan.demo).toBe(true);
		importArrivals(
			db,
			'month,area,total,method,source\n2026-01,city,500000,survey,Sở VHTTDL',
			admin,
			NOW
		);
		expect(listArrivals(db, { area: 'city', from: '2026-01', to: '2026-01' })[0]).toMatchObject({
			total: 500000,
			demo: false
		});
	});
});

describe('demo figures', () => {
	it('cover complete past years and this year up to last month, city at 60% of the province', () => {
		loadDemoArrivals(db, NOW);
		const city = figuresByYear(listArrivals(db, {}), 'city');
		expect([...city.keys()]).toEqual([2023, 2024, 2025, 2026]);
		const sum = (y: number) => (city.get(y) as number[]).reduce((s, v) => s + (v ?? 0), 0);
		expect(sum(2025)).toBe(2_640_000);
		expect(city.get(2026)!.filter((v) => v !== null)).toHaveLength(10);
		expect(listArrivals(db, {}).every((a) => a.demo)).toBe(true);
	});
});
