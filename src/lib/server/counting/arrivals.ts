import { localDate } from '$lib/recurrence';
import { recordAudit, type Actor } from '../platform/audit';
import { parseCsv, toCsv } from '../platform/csv';
import { prepared, type Db } from '../platform/db';
import { FormReader, type FieldErrors } from '../platform/form';
import type { YearFigures } from './progress';
import { nowSeconds } from '../platform/clock';

/** Official monthly arrival figures (DESIGN.md, series 1): the only series comparable with the targets. */

export const AREAS = ['city', 'province'] as const;
export type Area = (typeof AREAS)[number];
export const METHODS = [
	'accommodation_reports',
	'site_counts',
	'survey',
	'estimate',
	'other'
] as const;
export type Method = (typeof METHODS)[number];

export interface ArrivalInput {
	month: string;
	area: Area;
	total: number;
	international: number | null;
	overnight: number | null;
	method: Method;
	source: string;
}

export interface Arrival extends ArrivalInput {
	demo: boolean;
	updatedAt: number;
}

/** Reads `2026-03`, `2026-3` or `03/2026`; null for anything else or a month not yet over. */
export function parseMonth(value: string, now = nowSeconds()): string | null {
	const m = /^(\d{4})-(\d{1,2})$/.exec(value) ?? /^(\d{1,2})\/(\d{4})$/.exec(value);
	if (!m) return null;
	const [year, month] = value.includes('/') ? [m[2], m[1]] : [m[1], m[2]];
	const normalised = `${year}-${month.padStart(2, '0')}`;
	if (Number(month) < 1 || Number(month) > 12 || Number(year) < 2000) return null;
	// A month's figure exists once the month has begun at the earliest.
	return normalised <= localDate(now).slice(0, 7) ? normalised : null;
}

/** A whole count as people type it: `1234567`, `1.234.567`, `1,234,567` or `1 234 567`. */
export function parseCount(value: string): number | null {
	const plain = /^\d+$/.test(value)
		? value
		: /^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(value)
			? value.replace(/\D/g, '')
			: null;
	if (plain === null) return null;
	const n = Number(plain);
	return Number.isSafeInteger(n) && n <= 100_000_000 ? n : null;
}

/** Checks one month's figures, from the form or a CSV line; errors are i18n keys per field. */
export function readArrival(
	values: Record<string, string>,
	now = nowSeconds()
): { input: ArrivalInput } | { errors: FieldErrors } {
	const data = new FormData();
	for (const [k, v] of Object.entries(values)) data.set(k, v);
	const form = new FormReader(data);
	const errors = form.errors;
	const monthText = form.text('month', { max: 10 });
	const month = monthText === null ? null : parseMonth(monthText, now);
	if (monthText !== null && month === null) errors.month = 'arrivals.monthInvalid';
	const area = form.choice('area', AREAS);
	const count = (name: string, required: boolean) => {
		const text = form.text(name, { required, max: 20 });
		if (text === null) return null;
		const n = parseCount(text);
		if (n === null) errors[name] = 'arrivals.countInvalid';
		return n;
	};
	const total = count('total', true);
	const international = count('international', false);
	const overnight = count('overnight', false);
	if (total !== null && international !== null && international > total)
		errors.international = 'arrivals.partOverTotal';
	if (total !== null && overnight !== null && overnight > total)
		errors.overnight = 'arrivals.partOverTotal';
	const method = form.choice('method', METHODS);
	const source = form.text('source', { max: 300 });
	if (!form.ok || !month || !area || total === null || !method || !source) return { errors };
	return { input: { month, area, total, international, overnight, method, source } };
}

const UPSERT = `INSERT INTO arrival (month, area, total, international, overnight, method, source, demo,
		updated_by, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
	ON CONFLICT (month, area) DO UPDATE SET total = excluded.total,
		international = excluded.international, overnight = excluded.overnight,
		method = excluded.method, source = excluded.source, demo = 0,
		updated_by = excluded.updated_by, updated_at = excluded.updated_at`;

function upsert(db: Db, a: ArrivalInput, adminId: number, now: number): void {
	prepared(db, UPSERT).run(
		a.month,
		a.area,
		a.total,
		a.international,
		a.overnight,
		a.method,
		a.source,
		adminId,
		now
	);
}

/** Enters (or corrects) one month; a demo figure for the same month and area is replaced. */
export function saveArrival(db: Db, input: ArrivalInput, admin: Actor, now = nowSeconds()): void {
	db.transaction(() => {
		upsert(db, input, admin.id, now);
		recordAudit(
			db,
			{
				actorId: admin.id,
				action: 'arrival_saved',
				subject: `arrival:${input.month}:${input.area}`,
				detail: String(input.total),
				ip: admin.ip
			},
			now
		);
	}).immediate();
}

export function deleteArrival(
	db: Db,
	month: string,
	area: string,
	admin: Actor,
	now = nowSeconds()
): boolean {
	return db
		.transaction(() => {
			const gone =
				prepared(db, 'DELETE FROM arrival WHERE month = ? AND area = ?').run(month, area).changes >
				0;
			if (gone) {
				recordAudit(
					db,
					{
						actorId: admin.id,
						action: 'arrival_deleted',
						subject: `arrival:${month}:${area}`,
						ip: admin.ip
					},
					now
				);
			}
			return gone;
		})
		.immediate();
}

interface Row {
	month: string;
	area: Area;
	total: number;
	international: number | null;
	overnight: number | null;
	method: Method;
	source: string;
	demo: number;
	updated_at: number;
}

const toArrival = (r: Row): Arrival => ({
	month: r.month,
	area: r.area,
	total: r.total,
	international: r.international,
	overnight: r.overnight,
	method: r.method,
	source: r.source,
	demo: r.demo === 1,
	updatedAt: r.updated_at
});

/** Figures of one area (or both) between two months, inclusive, oldest first. */
export function listArrivals(
	db: Db,
	{
		area = null,
		from = '0000-00',
		to = '9999-99'
	}: { area?: Area | null; from?: string; to?: string }
): Arrival[] {
	return prepared<[string | null, string | null, string, string], Row>(
		db,
		`SELECT * FROM arrival WHERE (? IS NULL OR area = ?) AND month BETWEEN ? AND ?
		ORDER BY month, area`
	)
		.all(area, area, from, to)
		.map(toArrival);
}

/** Monthly totals of one area by year, for the progress computations. */
export function figuresByYear(arrivals: Arrival[], area: Area): Map<number, YearFigures> {
	const byYear = new Map<number, YearFigures>();
	for (const a of arrivals) {
		if (a.area !== area) continue;
		const year = Number(a.month.slice(0, 4));
		if (!byYear.has(year)) byYear.set(year, Array<number | null>(12).fill(null));
		byYear.get(year)![Number(a.month.slice(5)) - 1] = a.total;
	}
	return byYear;
}

// --- CSV import --------------------------------------------------------------------------------

export const CSV_COLUMNS = [
	'month',
	'area',
	'total',
	'international',
	'overnight',
	'method',
	'source'
] as const;
const REQUIRED_COLUMNS = ['month', 'area', 'total', 'method', 'source'];
export const MAX_IMPORT_LINES = 2000;

export interface ImportProblem {
	line: number;
	/** A column name, or null for the line (or file) as a whole. */
	column: string | null;
	/** An i18n key. */
	message: string;
	/** What the message names: the value written, what is allowed. */
	params?: Record<string, string>;
}

/** A template with the header and two example lines, for the department's spreadsheet. */
export function arrivalsTemplate(): string {
	return toCsv(
		[...CSV_COLUMNS],
		[
			// One example line, said to be one: the importer refuses it until it is replaced.
			[
				'2026-01',
				'city',
				1234,
				'',
				'',
				'accommodation_reports',
				`${EXAMPLE_SOURCE}: replace this line`
			]
		]
	);
}

/** A line of an import as the preview shows it: what it adds, or which month it replaces. */
export interface ImportRow {
	line: number;
	input: ArrivalInput;
	/** What is there now for the same month and area; null when the line adds a month. */
	existing: ArrivalInput | null;
}

/** The template's example line says so in its source: it is never imported. */
export const EXAMPLE_SOURCE = 'EXAMPLE';

/**
 * Checks a CSV of monthly figures without writing anything: every line, every problem listed by
 * line and column (with what is allowed), or the rows it would write beside what they replace.
 */
export function checkImport(
	db: Db,
	text: string,
	now = nowSeconds()
): { rows: ImportRow[] } | { problems: ImportProblem[] } {
	const rows = parseCsv(text);
	if (rows === null) return { problems: [{ line: 0, column: null, message: 'arrivals.csvQuote' }] };
	if (rows.length === 0)
		return { problems: [{ line: 1, column: null, message: 'arrivals.csvEmpty' }] };
	const [head, ...lines] = rows;
	const columns = head.cells.map((c) => c.trim().toLowerCase());
	const problems: ImportProblem[] = [];
	for (const c of columns) {
		if (!(CSV_COLUMNS as readonly string[]).includes(c))
			problems.push({
				line: head.line,
				column: c.slice(0, 40),
				message: 'arrivals.csvUnknownColumn',
				params: { allowed: CSV_COLUMNS.join(', ') }
			});
	}
	for (const c of REQUIRED_COLUMNS) {
		if (!columns.includes(c))
			problems.push({ line: head.line, column: c, message: 'arrivals.csvMissingColumn' });
	}
	if (new Set(columns).size !== columns.length)
		problems.push({ line: head.line, column: null, message: 'arrivals.csvDuplicateColumn' });
	if (problems.length > 0) return { problems };
	if (lines.length === 0)
		return { problems: [{ line: 2, column: null, message: 'arrivals.csvEmpty' }] };
	if (lines.length > MAX_IMPORT_LINES)
		return {
			problems: [
				{ line: lines[MAX_IMPORT_LINES].line, column: null, message: 'arrivals.csvTooLong' }
			]
		};

	const found: ImportRow[] = [];
	const seen = new Set<string>();
	for (const { line, cells } of lines) {
		if (cells.length > columns.length) {
			problems.push({ line, column: null, message: 'arrivals.csvExtraCells' });
			continue;
		}
		const values = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
		if ((values.source ?? '').trim().toUpperCase().startsWith(EXAMPLE_SOURCE)) {
			problems.push({ line, column: 'source', message: 'arrivals.csvExample' });
			continue;
		}
		const result = readArrival(values, now);
		if ('errors' in result) {
			for (const [column, message] of Object.entries(result.errors))
				problems.push({ line, column, ...explain(column, message, values[column] ?? '') });
			continue;
		}
		const key = `${result.input.month} ${result.input.area}`;
		if (seen.has(key)) {
			problems.push({ line, column: 'month', message: 'arrivals.csvRepeated' });
			continue;
		}
		seen.add(key);
		const existing = getArrival(db, result.input.month, result.input.area);
		found.push({ line, input: result.input, existing });
	}
	return problems.length > 0 ? { problems } : { rows: found };
}

/** A problem in a CSV cell, said with what was written and what is allowed. */
function explain(
	column: string,
	message: string,
	value: string
): { message: string; params: Record<string, string> } {
	if (message === 'errors.invalidChoice' && column === 'method')
		return { message: 'arrivals.csvMethod', params: { value, allowed: METHODS.join(', ') } };
	if (message === 'errors.invalidChoice' && column === 'area')
		return { message: 'arrivals.csvArea', params: { value, allowed: AREAS.join(', ') } };
	if (message === 'arrivals.monthInvalid')
		return { message: 'arrivals.csvMonth', params: { value } };
	return { message, params: { value } };
}

function getArrival(db: Db, month: string, area: Area): ArrivalInput | null {
	return (
		prepared<[string, string], ArrivalInput>(
			db,
			`SELECT month, area, total, international, overnight, method, source
			FROM arrival WHERE month = ? AND area = ?`
		).get(month, area) ?? null
	);
}

/**
 * Imports a checked CSV (the officer confirmed its preview): checked again, then every line
 * written in one transaction, or none.
 */
export function importArrivals(
	db: Db,
	text: string,
	admin: Actor,
	now = nowSeconds()
): { imported: number } | { problems: ImportProblem[] } {
	const checked = checkImport(db, text, now);
	if ('problems' in checked) return checked;
	db.transaction(() => {
		for (const { input } of checked.rows) upsert(db, input, admin.id, now);
		recordAudit(
			db,
			{
				actorId: admin.id,
				action: 'arrivals_imported',
				subject: 'arrival',
				detail: `${checked.rows.length}`,
				ip: admin.ip
			},
			now
		);
	}).immediate();
	return { imported: checked.rows.length };
}

// --- Demo figures ------------------------------------------------------------------------------

/**
 * Demonstration figures: the province's yearly totals reported in the press (facts file), spread
 * over the months with a typical season (January–March about 35%), the city taken as 60% of the
 * province. Marked demo = 1 and shown as demo data until the department replaces them.
 */
const DEMO_YEARS: { year: number; province: number; international: number | null }[] = [
	{ year: 2023, province: 3_900_000, international: null },
	{ year: 2024, province: 4_200_000, international: 142_500 },
	{ year: 2025, province: 4_400_000, international: 300_000 }
];
const DEMO_SEASON = [10, 14, 11, 7, 7, 6, 7, 7, 7, 8, 7, 9];

export function loadDemoArrivals(db: Db, now = nowSeconds()): void {
	const insert = db.prepare(
		`INSERT OR IGNORE INTO arrival (month, area, total, international, overnight, method, source, demo, updated_at)
		VALUES (?, ?, ?, ?, NULL, 'estimate', ?, 1, ?)`
	);
	const thisYear = Number(localDate(now).slice(0, 4));
	const lastMonth = Number(localDate(now).slice(5, 7)) - 1;
	// The current year: the last reported year plus 5%, up to the month before this one.
	const years = [
		...DEMO_YEARS,
		{ year: thisYear, province: Math.round(4_400_000 * 1.05), international: 330_000 }
	].filter((y, i, all) => all.findIndex((o) => o.year === y.year) === i);
	for (const { year, province, international } of years) {
		const months = year === thisYear ? lastMonth : 12;
		for (let m = 0; m < months; m++) {
			const month = `${year}-${String(m + 1).padStart(2, '0')}`;
			const p = Math.round((province * DEMO_SEASON[m]) / 100);
			const pi = international === null ? null : Math.round((international * DEMO_SEASON[m]) / 100);
			insert.run(month, 'province', p, pi, 'Demo: press yearly total × typical season', now);
			insert.run(
				month,
				'city',
				Math.round(p * 0.6),
				pi === null ? null : Math.round(pi * 0.6),
				'Demo: 60% of the province demo figure',
				now
			);
		}
	}
}
