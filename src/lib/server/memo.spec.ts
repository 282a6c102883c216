import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db';
import { forList, occurrenceViews, publicOccurrenceViews } from './event-views';
import { listPublicOccurrences } from './events';
import { contentVersion } from './content-version';
import { getPlace, listPlaces, placeCards } from './places';

let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-memo-'));
	db = openDatabase(join(dir, 'portal.db'));
});
afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const rename = (conn: Database.Database, name: string) =>
	conn
		.prepare(
			`UPDATE place_text SET name = ?
			  WHERE locale = 'en' AND place_id = (SELECT id FROM place WHERE slug = 'tam-thanh-cave')`
		)
		.run(name);
const nameInList = () => listPlaces(db, 'en').find((p) => p.slug === 'tam-thanh-cave')?.name;

describe('query results reused until the database changes', () => {
	it('shows a write through the same connection on the next read', () => {
		expect(nameInList()).toBeTruthy();
		expect(listPlaces(db, 'en')).toBe(listPlaces(db, 'en')); // reused while nothing changed
		rename(db, 'Tam Thanh, renamed here');
		expect(nameInList()).toBe('Tam Thanh, renamed here');
		expect(getPlace(db, 'tam-thanh-cave', 'en')?.name).toBe('Tam Thanh, renamed here');
	});

	it('shows another process’s commit on the next read', () => {
		expect(getPlace(db, 'tam-thanh-cave', 'en')?.name).toBeTruthy();
		const other = new Database(join(dir, 'portal.db'));
		rename(other, 'Tam Thanh, renamed elsewhere');
		other.close();
		expect(nameInList()).toBe('Tam Thanh, renamed elsewhere');
		expect(getPlace(db, 'tam-thanh-cave', 'en')?.name).toBe('Tam Thanh, renamed elsewhere');
	});

	it('hands out frozen values, so no request can change what the next one gets', () => {
		const places = listPlaces(db, 'vi');
		expect(() => places.sort()).toThrow(TypeError);
		expect(() => Object.assign(places[0], { name: 'x' })).toThrow(TypeError);
		expect([...places].sort((a, b) => a.slug.localeCompare(b.slug))).toHaveLength(places.length);
	});

	it('lists exactly the occurrences of any window, to the second, as without the memo', () => {
		const start = Math.floor(Date.now() / 1000);
		let seen = 0;
		// Windows that start and end mid-minute, from now to two months ahead, in each language.
		for (let i = 0; i < 60; i++) {
			const from = start + i * 86_400 + ((i * 7919) % 3600);
			const to = from + ((i % 5) + 1) * 86_400 - 17;
			for (const locale of ['vi', 'en', 'zh'] as const) {
				const expected = occurrenceViews(db, listPublicOccurrences(db, from, to), locale);
				expect(publicOccurrenceViews(db, from, to, locale)).toEqual(expected);
				seen += expected.length;
			}
		}
		expect(seen).toBeGreaterThan(0); // the demo events are in these windows
		const free = publicOccurrenceViews(db, start, start + 30 * 86_400, 'en', { free: true });
		expect(free).toEqual(
			occurrenceViews(
				db,
				listPublicOccurrences(db, start, start + 30 * 86_400, { free: true }),
				'en'
			)
		);
	});
});

/** Tables no page shows to visitors: writing them leaves cached pages and reused results alone. */
const NOT_SHOWN = [
	'audit',
	'content_version',
	'outbox',
	'password_reset',
	'schema_migration',
	'session',
	'visit_day'
];

describe('the version of what pages show', () => {
	it('moves on with a write to every other table: each has its three triggers', () => {
		const tables = db
			.prepare<[], string>(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
			)
			.pluck()
			.all();
		const triggers = db
			.prepare<[], { name: string; table: string; sql: string }>(
				"SELECT name, tbl_name AS 'table', sql FROM sqlite_master WHERE type = 'trigger'"
			)
			.all();
		const shown = tables.filter((t) => !NOT_SHOWN.includes(t));
		expect(shown).toContain('place');
		expect(shown).toContain('occurrence_seats');
		for (const table of tables) {
			const own = triggers.filter((t) => t.table === table);
			if (NOT_SHOWN.includes(table)) {
				expect(own, table).toEqual([]);
				continue;
			}
			for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
				const trigger = own.find((t) => t.name === `${table}_content_${op.toLowerCase()}`);
				expect(trigger?.sql, `${table} ${op}`).toMatch(
					new RegExp(
						`AFTER ${op} ON ${table}\\s+BEGIN UPDATE content_version SET n = n \\+ 1; END$`
					)
				);
			}
		}
	});

	it('keeps results through visit counts written by another process', () => {
		const places = listPlaces(db, 'en');
		const before = contentVersion(db);
		const other = new Database(join(dir, 'portal.db'));
		other
			.prepare(
				"INSERT INTO visit_day (date, dimension, value, views) VALUES ('2026-11-27', 'total', '', 5)"
			)
			.run();
		other.close();
		expect(contentVersion(db)).toBe(before);
		expect(listPlaces(db, 'en')).toBe(places);
		// A place renamed elsewhere is one more write to content.
		const again = new Database(join(dir, 'portal.db'));
		rename(again, 'Tam Thanh, renamed elsewhere');
		again.close();
		expect(contentVersion(db)).toBe(before! + 1);
		expect(nameInList()).toBe('Tam Thanh, renamed elsewhere');
	});

	it('keeps nothing read inside a transaction, whose writes may be undone', () => {
		const original = nameInList();
		expect(() =>
			db.transaction(() => {
				rename(db, 'Never committed');
				expect(contentVersion(db)).toBeNull();
				expect(nameInList()).toBe('Never committed');
				throw new Error('undone');
			})()
		).toThrow('undone');
		expect(nameInList()).toBe(original);
		// One committed write brings the version to the number the undone one had reached.
		db.prepare(
			`UPDATE place_text SET summary = summary || '.'
			  WHERE locale = 'en' AND place_id = (SELECT id FROM place WHERE slug = 'ky-lua-walking-street')`
		).run();
		expect(nameInList()).toBe(original);
	});
});

describe('lists without coordinates', () => {
	it('keep every other field of an occurrence and a place, and change nothing shared; an event is written once', () => {
		const start = Math.floor(Date.now() / 1000);
		const views = publicOccurrenceViews(db, start, start + 30 * 86_400, 'en');
		expect(views.length).toBeGreaterThan(0);
		expect(views.some((o) => o.lat !== null)).toBe(true);
		const listed = forList(views);
		// Every field but the coordinates, the event's own once per event.
		expect(listed.map(({ event, ...occurrence }) => ({ ...event, ...occurrence }))).toEqual(
			views.map(({ lat, lon, ...rest }) => rest)
		);
		const byEvent = new Map<number, typeof listed>();
		for (const o of listed) byEvent.set(o.event.id, [...(byEvent.get(o.event.id) ?? []), o]);
		expect([...byEvent.values()].some((list) => list.length > 1)).toBe(true);
		for (const list of byEvent.values()) {
			for (const o of list) expect(o.event).toBe(list[0].event);
		}
		const places = listPlaces(db, 'en');
		expect(placeCards(places)).toEqual(places.map(({ lat, lon, precisionM, ...rest }) => rest));
		// The memoised (frozen) originals still have theirs.
		expect(listPlaces(db, 'en')[0].lat).toBeTypeOf('number');
	});
});
