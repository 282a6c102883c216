// search/: site search over SQLite FTS5. Text is folded the same way for the index and the query
// (no diacritics, đ as d, lower case; Chinese characters spaced so each is a word and a query of
// any length matches), so `ky lua`, `KY LUA` and `Kỳ Lừa` find the same places.
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { addDays, localDate } from '$lib/recurrence';
import { prepared, type Db } from '../platform/db';
import { nowSeconds } from '../platform/clock';
import { eventText, listPublicEvents, publicSchedule } from '../events/events';
import { listPlaces } from '../places/places';
import { listDishes } from '../content/dishes';
import { listFestivals } from '../content/festivals';
import { PAGES } from '../content/pages';

export type SearchKind = 'place' | 'event' | 'festival' | 'dish' | 'page';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** One character folded: its base letter without marks, đ as d, lower case ('' for marks). */
function foldChar(char: string): string {
	return char.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Text as the index and queries see it. */
export function foldText(text: string): string {
	let out = '';
	for (const char of text) {
		const folded = foldChar(char);
		out += CJK.test(char) ? ` ${folded} ` : folded;
	}
	return out;
}

/** The words of a query; Chinese runs are kept whole (matched as a phrase of characters). */
export function queryWords(query: string): string[] {
	return foldText(query.slice(0, 100))
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 12);
}

/** An FTS5 query of quoted words (prefixes for Latin ones): nothing typed is read as syntax. */
function matchExpression(query: string): string | null {
	const folded = foldText(query.slice(0, 100)).replace(/[^\p{L}\p{N}\s]/gu, ' ');
	// Consecutive Chinese characters make one phrase; other words are prefixes.
	const parts: string[] = [];
	let phrase: string[] = [];
	const flush = () => {
		if (phrase.length) parts.push(`"${phrase.join(' ')}"`);
		phrase = [];
	};
	for (const word of folded.split(/\s+/).filter(Boolean).slice(0, 24)) {
		if (CJK.test(word)) phrase.push(word);
		else {
			flush();
			parts.push(`"${word}"*`);
		}
	}
	flush();
	return parts.length ? parts.join(' ') : null;
}

interface Entry {
	words: string;
	kind: SearchKind;
	locale: Locale;
	url: string;
	title: string;
	text: string;
	textLocale: Locale;
}

/** A guide page cut at its headings: each section is found on its own. */
function sections(body: string): { heading: string; text: string }[] {
	const out: { heading: string; text: string }[] = [];
	for (const part of body.split(/^(?=#{1,3} )/m)) {
		const heading = /^#{1,3} (.+)$/m.exec(part)?.[1]?.trim() ?? '';
		// Markdown to plain words: links keep their text, marks and list bullets go.
		const text = part
			.replace(/^#{1,3} .+$/m, '')
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/[*_`]/g, '')
			.replace(/^\s*(?:[-+>]|\d+\.)\s+/gm, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (text || heading) out.push({ heading, text });
	}
	return out;
}

function entries(db: Db, now: number): Entry[] {
	const today = localDate(now);
	const all: Entry[] = [];
	const viPlaces = new Map(listPlaces(db, 'vi').map((p) => [p.slug, p.name]));
	const events = listPublicEvents(db).filter(
		(e) =>
			e.status !== 'cancelled' &&
			publicSchedule(e, now, now + 366 * 86400).some((o) => !o.cancelled)
	);
	const viDishes = new Map(listDishes(db, 'vi').map((d) => [d.id, d.name]));
	for (const locale of LOCALES) {
		// The Vietnamese name is always searchable: it is what signs and people say.
		for (const place of listPlaces(db, locale)) {
			all.push({
				words: foldText(`${place.name} ${viPlaces.get(place.slug) ?? ''} ${place.summary}`),
				kind: 'place',
				locale,
				url: `/${locale}/places/${place.slug}`,
				title: place.name,
				text: snippet(place.summary),
				textLocale: place.textLocale
			});
		}
		for (const event of events) {
			const text = eventText(event, locale);
			all.push({
				words: foldText(`${text.title} ${event.title.vi} ${text.description}`),
				kind: 'event',
				locale,
				url: `/${locale}/events/${event.id}`,
				title: text.title,
				text: snippet(text.description),
				textLocale: text.locale
			});
		}
		const festivals = listFestivals(db, locale, today, addDays(today, 366));
		const viFestivals = new Map(
			listFestivals(db, 'vi', today, addDays(today, 366)).map((f) => [f.slug, f.name])
		);
		const seen = new Set<string>();
		for (const festival of festivals) {
			if (seen.has(festival.slug)) continue;
			seen.add(festival.slug);
			all.push({
				words: foldText(
					`${festival.name} ${viFestivals.get(festival.slug) ?? ''} ${festival.summary}`
				),
				kind: 'festival',
				locale,
				url: `/${locale}/events/calendar?month=${festival.startDate.slice(0, 7)}`,
				title: festival.name,
				text: snippet(festival.summary),
				textLocale: locale
			});
		}
		for (const dish of listDishes(db, locale)) {
			all.push({
				words: foldText(
					`${dish.name} ${dish.localName} ${viDishes.get(dish.id) ?? ''} ${dish.what}`
				),
				kind: 'dish',
				locale,
				url: `/${locale}/food#${dish.id}`,
				title: dish.name,
				text: snippet(dish.what),
				textLocale: dish.textLocale
			});
		}
		// Each guide page in this language, or in Vietnamese where it has no translation.
		const pages = prepared<[{ locale: Locale }], { page: string; locale: Locale; body: string }>(
			db,
			`SELECT page, locale, body FROM page_text p WHERE locale = @locale
				OR (locale = 'vi' AND NOT EXISTS
					(SELECT 1 FROM page_text q WHERE q.page = p.page AND q.locale = @locale))`
		).all({ locale });
		for (const page of pages) {
			if (!(PAGES as readonly string[]).includes(page.page)) continue;
			for (const section of sections(page.body)) {
				all.push({
					words: foldText(`${section.heading} ${section.text}`),
					kind: 'page',
					locale,
					url: `/${locale}/${page.page}`,
					// The opening of a page has no heading: its first words stand for one.
					title: section.heading || snippet(section.text, 60),
					text: snippet(section.text),
					textLocale: page.locale
				});
			}
		}
	}
	return all;
}

/** A snippet of at most `max` characters, cut at a word and marked as cut. */
function snippet(text: string, max = 240): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Rebuilds the index when content changed or an hour has passed (events come and go). */
export function ensureIndex(db: Db, now = nowSeconds()): void {
	const meta = (key: string) =>
		prepared<[string], string>(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(key);
	const built = Number(meta('search_built') ?? 0);
	if (meta('search_stale') === '0' && now - built < 3600) return;
	db.transaction(() => {
		prepared(db, 'DELETE FROM search_index').run();
		const insert = prepared(
			db,
			`INSERT INTO search_index (words, kind, locale, url, title, text, text_locale)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
		for (const e of entries(db, now)) {
			insert.run(e.words, e.kind, e.locale, e.url, e.title, e.text, e.textLocale);
		}
		prepared(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_stale', '0')").run();
		prepared(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_built', ?)").run(
			String(now)
		);
	}).immediate();
}

/** A piece of shown text, marked where it matched (rendered as text, never as HTML). */
export interface Piece {
	text: string;
	hit: boolean;
}

/** Marks the query's words in a text, found the folded way: `ky lua` marks "Kỳ Lừa". */
export function highlight(text: string, words: string[]): Piece[] {
	const chars = [...text];
	const folded = chars.map((c) => foldChar(c) || ' ');
	const hits = new Array<boolean>(chars.length).fill(false);
	const lower = folded.join('');
	// Each folded char is one unit long for Latin and CJK letters, so positions line up.
	if (lower.length === chars.length) {
		for (const word of words.map((w) => w.replace(/\s+/g, ''))) {
			if (!word) continue;
			for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
				for (let i = at; i < at + word.length; i++) hits[i] = true;
			}
		}
	}
	const pieces: Piece[] = [];
	chars.forEach((char, i) => {
		const last = pieces.at(-1);
		if (last && last.hit === hits[i]) last.text += char;
		else pieces.push({ text: char, hit: hits[i] });
	});
	return pieces;
}

export interface SearchResult {
	kind: SearchKind;
	url: string;
	title: Piece[];
	text: Piece[];
	textLocale: Locale;
}

export const PAGE_SIZE = 20;

/** Results in the page's language, best first; `total` counts them all. */
export function search(
	db: Db,
	query: string,
	locale: Locale,
	page = 1,
	now = nowSeconds()
): { total: number; results: SearchResult[] } {
	const match = matchExpression(query);
	if (!match) return { total: 0, results: [] };
	ensureIndex(db, now);
	const total = prepared<[string, string], number>(
		db,
		'SELECT count(*) FROM search_index WHERE search_index MATCH ? AND locale = ?'
	)
		.pluck()
		.get(match, locale)!;
	const rows = prepared<
		[string, string, number, number],
		{ kind: SearchKind; url: string; title: string; text: string; textLocale: Locale }
	>(
		db,
		`SELECT kind, url, title, text, text_locale AS textLocale FROM search_index
		WHERE search_index MATCH ? AND locale = ? ORDER BY rank LIMIT ? OFFSET ?`
	).all(match, locale, PAGE_SIZE, (page - 1) * PAGE_SIZE);
	const words = queryWords(query);
	return {
		total,
		results: rows.map((r) => ({
			kind: r.kind,
			url: r.url,
			title: highlight(r.title, words),
			text: highlight(r.text, words),
			textLocale: r.textLocale
		}))
	};
}
