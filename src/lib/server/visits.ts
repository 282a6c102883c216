import cluster from 'node:cluster';
import { DailyVisitors, FIRST_VISITS } from './daily-visitors.js';
import { prepared, writeWhenFree, type Db } from './db';
import { nowSeconds } from './tokens';

/**
 * Cookieless visit counting (DESIGN.md, series 3). A visitor is HMAC(daily salt, address, user
 * agent, host); the salt is random, held only in memory and replaced at midnight in Lạng Sơn, so the
 * same person on two days cannot be linked, not even by us (daily-visitors.js). Only daily counts
 * are written: views per page, per language and per referring domain, and the day's unique
 * visitors. No address or user agent is ever stored or logged.
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

/** Crawlers, monitors, link previews, command-line clients and automated browsers. */
const BOT =
	/bot\b|bot\/|crawl|spider|slurp|scrape|fetch|preview|monitor|uptime|headless|lighthouse|phantom|python|curl|wget|httpclient|okhttp|java\/|go-http|axios|node-fetch|undici|libwww|facebookexternalhit|whatsapp|zalo.*(preview|crawler)|bingpreview|pingdom|gtmetrix|chrome-lighthouse|ahrefs|semrush|yandex|baiduspider|bytespider|petalbot|applebot|playwright/i;

export function isBot(userAgent: string | null): boolean {
	if (!userAgent || userAgent.length < 10 || userAgent.length > 1000) return true;
	return BOT.test(userAgent);
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

/** What a visitor's id is made of; it stays in memory (daily-visitors.js). */
function visitorKey(view: Pick<PageView, 'ip' | 'userAgent' | 'host'>): string {
	return `${view.ip}\n${view.userAgent}\n${view.host}`;
}

/**
 * Sends visitors this process saw for the first time today to the primary process, which keeps the
 * one list for all workers and counts the day's unique visitors (server.js).
 */
export type ShareVisitors = (keys: string[]) => void;

export class VisitCounter {
	private readonly visitors: DailyVisitors;
	private pending = new Map<string, Pending>();
	private firstSeen: string[] = [];

	/** `share`: set in a worker of several; uniques are then counted by the primary process. */
	constructor(
		now = nowSeconds(),
		private readonly share?: ShareVisitors
	) {
		this.visitors = new DailyVisitors(now);
	}

	/** The visitor's id for today; tomorrow the same person gets an unrelated one. */
	visitorId(view: Pick<PageView, 'ip' | 'userAgent' | 'host'>, now = nowSeconds()): string {
		return this.visitors.id(visitorKey(view), now);
	}

	private add(date: string, dimension: Dimension, value: string, uniques: number): void {
		const key = `${date}\u0000${dimension}\u0000${value}`;
		const entry = this.pending.get(key);
		if (entry) {
			entry.views += 1;
			entry.uniques += uniques;
		} else {
			this.pending.set(key, { views: 1, uniques });
		}
	}

	count(view: PageView, now = nowSeconds()): void {
		const key = visitorKey(view);
		const first = this.visitors.isFirstVisit(key, now);
		const date = this.visitors.date;
		// Seen first by this process: unique here, or a candidate for the primary to decide on.
		if (first && this.share) this.firstSeen.push(key);
		this.add(date, 'total', '', first && !this.share ? 1 : 0);
		this.add(date, 'page', view.path.slice(0, 200), 0);
		this.add(date, 'locale', view.locale, 0);
		if (view.referrer) this.add(date, 'referrer', view.referrer, 0);
	}

	get pendingCount(): number {
		return this.pending.size;
	}

	/** Writes what was counted since the last flush in one transaction; returns the rows touched. */
	flush(db: Db): number {
		if (this.firstSeen.length > 0) {
			this.share?.(this.firstSeen);
			this.firstSeen = [];
		}
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
		// One of several workers (server.js): the primary process tells who is new today.
		const share: ShareVisitors | undefined =
			cluster.isWorker && process.send
				? (keys) => process.send!({ type: FIRST_VISITS, keys })
				: undefined;
		const c = new VisitCounter(nowSeconds(), share);
		counter = c;
		const failed = (err: unknown) =>
			console.error('Visit counts not written yet, will retry:', (err as Error).message);
		// Without stopping the process while another one writes (a failed try keeps the counts).
		setInterval(
			() => writeWhenFree(db, () => c.flush(db)).catch(failed),
			FLUSH_SECONDS * 1000
		).unref();
		// adapter-node's graceful shutdown (SIGTERM/SIGINT): before the database is closed.
		(process as NodeJS.EventEmitter).prependOnceListener('sveltekit:shutdown', () => {
			try {
				c.flush(db);
			} catch (err) {
				failed(err);
			}
		});
	}
	return counter;
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
