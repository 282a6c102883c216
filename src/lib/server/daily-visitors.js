// @ts-check
/**
 * Who was already seen today, for counting unique visitors (DESIGN.md, series 3). Used by the app
 * (visits.ts) and, when several workers serve the site, by the primary process (server.js), so one
 * server counts a visitor once a day whichever process answered them. Plain JavaScript: server.js
 * imports it without a build step.
 *
 * A visitor's id is HMAC(daily salt, address + user agent + host). The salt is random, held only in
 * memory and replaced at midnight in Lạng Sơn, so the same person on two days cannot be linked, not
 * even by us. Ids live in memory until that midnight; neither they nor what they are made of are
 * ever written.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** The message a worker sends the primary process: `{ type, keys }`, visitors it saw first today. */
export const FIRST_VISITS = 'visits:first';

/** Visitors remembered per day, to bound memory under a flood of distinct clients. */
const MAX_SEEN = 500_000;

let lastMinute = NaN;
let lastDate = '';

/** The date in Lạng Sơn (UTC+7 all year, no daylight saving) at a unix time: `YYYY-MM-DD`. */
export function vietnamDate(/** @type {number} */ unix) {
	// Asked for every page view: worked out once a minute.
	const minute = Math.floor(unix / 60);
	if (minute !== lastMinute) {
		lastMinute = minute;
		lastDate = new Date((unix + 7 * 3600) * 1000).toISOString().slice(0, 10);
	}
	return lastDate;
}

export class DailyVisitors {
	#salt = randomBytes(32);
	/** @type {string} */
	#date;
	/** @type {Set<string>} */
	#seen = new Set();

	constructor(/** @type {number} */ now) {
		this.#date = vietnamDate(now);
	}

	/** The day the current salt belongs to. */
	get date() {
		return this.#date;
	}

	/**
	 * Today's id for a visitor; tomorrow the same person gets an unrelated one.
	 * @param {string} key address, user agent and host, joined
	 * @param {number} now unix seconds
	 */
	id(key, now) {
		this.#rotate(now);
		return createHmac('sha256', this.#salt).update(key).digest('base64url').slice(0, 22);
	}

	/**
	 * True the first time a visitor is seen on the day `now` falls on.
	 * @param {string} key
	 * @param {number} now
	 */
	isFirstVisit(key, now) {
		const id = this.id(key, now);
		if (this.#seen.has(id) || this.#seen.size >= MAX_SEEN) return false;
		this.#seen.add(id);
		return true;
	}

	/** @param {number} now */
	#rotate(now) {
		const today = vietnamDate(now);
		if (today === this.#date) return;
		this.#salt = randomBytes(32);
		this.#date = today;
		this.#seen.clear();
	}
}
