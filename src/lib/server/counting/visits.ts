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

export type Dimension = 'total' | 'page' | 'locale' | 'referrer';

export interface PageView {
	/** The page's path without its language prefix: `/events/12`. */
	path: string;
	locale: string;
	/** The referring site's domain, or null (none, or our own site). */
	referrer: string | null;
	ip: string;
	userAgent: string;
	host: string;
}

/** Crawlers, monitors, link previews, command-line clients and automated browsers (isbot). */
export function isBot(userAgent: string | null): boolean {
	if (!userAgent || userAgent.length < 10 || userAgent.length > 1000) return true;
	return isbot(userAgent) || /playwright|lighthouse/i.test(userAgent);
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
		const today = localDate(now);
		if (today !== this.date) {
			this.salt = randomBytes(32);
			this.date = today;
			this.seen.clear();
		}
		return createHmac('sha256', this.salt)
			.update(`${view.ip}\n${view.userAgent}\n${view.host}`)
			.digest('base64url')
			.slice(0, 22);
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

/** The most viewed pages, languages or referring domains in a date range. */
export function visitsBy(
	db: Db,
	dimension: Exclude<Dimension, 'total'>,
	from: string,
	to: string,
	limit = 20
): { value: string; views: number }[] {
	return prepared<[string, string, string, number], { value: string; views: number }>(
		db,
		`SELECT value, sum(views) AS views FROM visit_day
		WHERE dimension = ? AND date BETWEEN ? AND ?
		GROUP BY value ORDER BY views DESC, value LIMIT ?`
	).all(dimension, from, to, limit);
}
