// counting/: the four series — portal visits (here), official arrivals, street nights — and progress to the targets.
import { createHmac, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { localDate } from '$lib/recurrence';
import { prepared, type Db } from '../platform/db';
import { nowSeconds } from '../platform/clock';

/**
 * Cookieless visit counting (DESIGN.md, series 3; docs/decisions/004-anonymous-counting.md). A
 * visitor is HMAC(daily salt, address, user agent, host); the salt is random, held only in memory
 * and replaced at midnight in Lạng Sơn. Only daily counts are written: views per page, language
 * and referring domain, and the day's unique visitors. No address or user agent is ever stored.
 */

export type Dimension = 'total' | 'page' | 'locale' | 'referrer' | 'browser' | 'device' | 'bot';

export type DeviceClass = 'phone' | 'tablet' | 'desktop';

/**
 * Values a visitor brings (their referring site, their browser's language) are kept for a day only
 * when seen at least this often; rarer ones are counted as "other" (FOLDED), so that no stored
 * value can point at one person.
 */
export const RARE_BELOW = 3;
export const OTHER = 'other';
const FOLDED: Dimension[] = ['referrer', 'browser'];

export interface PageView {
	/** The page's path without its language prefix: `/events/12`. */
	path: string;
	locale: string;
	/** The referring site's domain, or null (none, or our own site). */
	referrer: string | null;
	/** The browser's preferred language (a subtag like `zh`), or null when it says none. */
	browserLanguage: string | null;
	device: DeviceClass;
	ip: string;
	userAgent: string;
	host: string;
}

/** Crawlers, monitors, link previews, command-line clients and automated browsers (isbot). */
export function isBot(userAgent: string | null): boolean {
	if (!userAgent || userAgent.length < 10 || userAgent.length > 1000) return true;
	return isbot(userAgent) || /playwright|lighthouse/i.test(userAgent);
}

/** Phone, tablet or desktop, from the user agent's wording only (never stored itself). */
export function deviceClass(userAgent: string): DeviceClass {
	if (/iPad|Tablet|PlayBook|Silk|Kindle|Android(?!.*Mobile)/i.test(userAgent)) return 'tablet';
	if (/Mobi|iPhone|iPod|Android|Windows Phone|Opera Mini/i.test(userAgent)) return 'phone';
	return 'desktop';
}

/** The first language of an Accept-Language header, as its primary subtag (`zh-CN` → `zh`). */
export function browserLanguage(acceptLanguage: string | null): string | null {
	const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
	const tag = /^([a-z]{2,3})(?:-|$)/.exec(first);
	return tag ? tag[1] : null;
}

/** A request the browser made ahead of time (speculation rules, `<link rel=prefetch>`). */
export function isPrefetch(headers: Pick<Headers, 'get'>): boolean {
	const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-moz') ?? ''} ${headers.get('x-purpose') ?? ''}`;
	return /prefetch|prerender|preview/i.test(purpose);
}

const HOSTNAME = /^(?=.{1,200}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The referring domain (`www.` dropped), or null for none, our own site, or anything odd. */
export function referrerDomain(referer: string | null, ownHost: string): string | null {
	if (!referer) return null;
	let url: URL;
	try {
		url = new URL(referer);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (url.host === ownHost) return null;
	const host = url.hostname.toLowerCase().replace(/^www\./, '');
	return HOSTNAME.test(host) ? host : null;
}

interface Pending {
	views: number;
	uniques: number;
}

/** Visitors remembered per day, to bound memory under a flood of distinct clients. */
const MAX_SEEN = 500_000;

export class VisitCounter {
	private salt = randomBytes(32);
	private date: string;
	private seen = new Set<string>();
	private pending = new Map<string, Pending>();

	constructor(now = nowSeconds()) {
		this.date = localDate(now);
	}

	/** The visitor's id for today; tomorrow the same person gets an unrelated one. */
	visitorId(view: Pick<PageView, 'ip' | 'userAgent' | 'host'>, now = nowSeconds()): string {
		this.rollDay(now);
		return createHmac('sha256', this.salt)
			.update(`${view.ip}\n${view.userAgent}\n${view.host}`)
			.digest('base64url')
			.slice(0, 22);
	}

	/** At midnight in Lạng Sơn: a new salt, and nobody seen yet. */
	private rollDay(now: number): void {
		const today = localDate(now);
		if (today === this.date) return;
		this.salt = randomBytes(32);
		this.date = today;
		this.seen.clear();
	}

	private add(dimension: Dimension, value: string, uniques: number): void {
		const key = `${this.date}\u0000${dimension}\u0000${value}`;
		const entry = this.pending.get(key);
		if (entry) {
			entry.views += 1;
			entry.uniques += uniques;
		} else {
			this.pending.set(key, { views: 1, uniques });
		}
	}

	count(view: PageView, now = nowSeconds()): void {
		const id = this.visitorId(view, now);
		const first = !this.seen.has(id) && this.seen.size < MAX_SEEN;
		if (first) this.seen.add(id);
		this.add('total', '', first ? 1 : 0);
		this.add('page', view.path.slice(0, 200), 0);
		this.add('locale', view.locale, 0);
		if (view.referrer) this.add('referrer', view.referrer, 0);
		this.add('browser', view.browserLanguage ?? '', 0);
		this.add('device', view.device, 0);
	}

	/** A robot's view of a page: counted apart, as a number only. */
	countBot(now = nowSeconds()): void {
		this.rollDay(now);
		this.add('bot', '', 0);
	}

	/** Writes what was counted since the last flush in one transaction; returns the rows touched. */
	flush(db: Db): number {
		if (this.pending.size === 0) return 0;
		const batch = this.pending;
		this.pending = new Map();
		const upsert = prepared(
			db,
			`INSERT INTO visit_day (date, dimension, value, views, uniques) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (date, dimension, value)
			DO UPDATE SET views = views + excluded.views, uniques = uniques + excluded.uniques`
		);
		try {
			db.transaction(() => {
				for (const [key, { views, uniques }] of batch) {
					const [date, dimension, value] = key.split('\u0000');
					upsert.run(date, dimension, value, views, uniques);
				}
			}).immediate();
		} catch (err) {
			// Busy or failing disk: keep the counts for the next flush rather than lose them.
			for (const [key, counts] of batch) {
				const entry = this.pending.get(key);
				if (entry) {
					entry.views += counts.views;
					entry.uniques += counts.uniques;
				} else this.pending.set(key, counts);
			}
			throw err;
		}
		return batch.size;
	}
}

let counter: VisitCounter | null = null;

/** The process's counter, flushed every few seconds and at shutdown; null when counting is off. */
export function getVisitCounter(
	db: Db,
	env: Record<string, string | undefined> = process.env
): VisitCounter | null {
	if (env.VISIT_COUNTING === '0') return null;
	if (!counter) {
		const c = new VisitCounter();
		counter = c;
		const flush = () => {
			try {
				c.flush(db);
			} catch (err) {
				console.error('Visit counts not written yet, will retry:', (err as Error).message);
			}
		};
		setInterval(flush, FLUSH_SECONDS * 1000).unref();
		// adapter-node's graceful shutdown (SIGTERM/SIGINT): before the database is closed.
		(process as NodeJS.EventEmitter).prependOnceListener('sveltekit:shutdown', flush);
	}
	return counter;
}

/** Public pages a tourist reads, by path (not bookings, accounts, feeds or files). */
const COUNTED_PAGE =
	/^\/(vi|en|zh)(\/(?:places(?:\/[a-z0-9-]{1,100})?|events(?:\/\d{1,9}|\/calendar)?|food|getting-there|map|mau-son|night|privacy|progress|about|search|trip))?\/?$/;

/** A counted page's language and its path without the language, or null for anything else. */
export function countedPage(pathname: string): { locale: Locale; path: string } | null {
	const match = COUNTED_PAGE.exec(pathname);
	if (!match || !isLocale(match[1])) return null;
	return { locale: match[1], path: match[2]?.replace(/\/$/, '') || '/' };
}

export const FLUSH_SECONDS = 5;

// --- Reading the counts ----------------------------------------------------------------------

export interface VisitTotals {
	views: number;
	uniques: number;
}

/** Views and (summed daily) unique visitors between two local dates, inclusive. */
export function visitTotals(db: Db, from: string, to: string): VisitTotals {
	return prepared<[string, string], VisitTotals>(
		db,
		`SELECT coalesce(sum(views), 0) AS views, coalesce(sum(uniques), 0) AS uniques
		FROM visit_day WHERE dimension = 'total' AND date BETWEEN ? AND ?`
	).get(from, to)!;
}

export interface VisitDay {
	date: string;
	views: number;
	uniques: number;
}

export function visitsByDay(db: Db, from: string, to: string): VisitDay[] {
	return prepared<[string, string], VisitDay>(
		db,
		`SELECT date, views, uniques FROM visit_day
		WHERE dimension = 'total' AND date BETWEEN ? AND ? ORDER BY date`
	).all(from, to);
}

/**
 * The most viewed pages, languages, referring domains or device classes in a date range. A
 * visitor's own values seen fewer than RARE_BELOW times on a day read as "other" (today's are not
 * folded in the database until the day is over).
 */
export function visitsBy(
	db: Db,
	dimension: Exclude<Dimension, 'total' | 'bot'>,
	from: string,
	to: string,
	limit = 20
): { value: string; views: number }[] {
	const fold = FOLDED.includes(dimension) ? RARE_BELOW : 0;
	return prepared<[number, string, string, string, number], { value: string; views: number }>(
		db,
		`SELECT value, sum(views) AS views FROM (
			SELECT CASE WHEN views < ? THEN '${OTHER}' ELSE value END AS value, views FROM visit_day
			WHERE dimension = ? AND date BETWEEN ? AND ?
		) GROUP BY value ORDER BY value = '${OTHER}', views DESC, value LIMIT ?`
	).all(fold, dimension, from, to, limit);
}

/** Robots' views of pages in a date range (not visitors, not in any other figure). */
export function botViews(db: Db, from: string, to: string): number {
	return prepared<[string, string], number>(
		db,
		`SELECT coalesce(sum(views), 0) FROM visit_day WHERE dimension = 'bot' AND date BETWEEN ? AND ?`
	)
		.pluck()
		.get(from, to)!;
}

/**
 * Folds the rare values of days before `today` into "other" in the database (the daily
 * maintenance): afterwards no referring site or language seen fewer than RARE_BELOW times a day is
 * stored. Returns the rows folded.
 */
export function foldRareValues(db: Db, today: string): number {
	let folded = 0;
	for (const dimension of FOLDED) {
		const rare = prepared<[string, string, number, string], { date: string; views: number }>(
			db,
			`SELECT date, sum(views) AS views FROM visit_day
			WHERE dimension = ? AND date < ? AND views < ? AND value <> ? GROUP BY date`
		).all(dimension, today, RARE_BELOW, OTHER);
		for (const { date, views } of rare) {
			folded += prepared(
				db,
				`DELETE FROM visit_day WHERE dimension = ? AND date = ? AND views < ? AND value <> ?`
			).run(dimension, date, RARE_BELOW, OTHER).changes;
			prepared(
				db,
				`INSERT INTO visit_day (date, dimension, value, views) VALUES (?, ?, ?, ?)
				ON CONFLICT (date, dimension, value) DO UPDATE SET views = views + excluded.views`
			).run(date, dimension, OTHER, views);
		}
	}
	return folded;
}
