import {
	expect,
	request as playwrightRequest,
	type APIRequestContext,
	type Page
} from '@playwright/test';
import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vietnamParts } from '../../src/lib/i18n/format';
import { addDays, localDate } from '../../src/lib/recurrence';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
export const PASSWORD = 'hoa đào nở rộ tháng giêng';

/** A made-up client address per key, so attempt counting in one test leaves the others alone. */
export function ipFor(key: string): string {
	let h = 0;
	for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
	return `10.${(h >> 16) & 255}.${(h >> 8) & 255}.${h & 255}`;
}

/** A unique e-mail for this test and project. */
export function emailFor(key: string): string {
	return `${key}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.vn`;
}

/** The e2e server's database, read-only, to check what was (not) written. */
export function readDb<T>(
	fn: (db: Database.Database) => T,
	path = process.env.E2E_DATABASE_PATH!
): T {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		return fn(db);
	} finally {
		db.close();
	}
}

/** `npm run admin:create` against the e2e database, the password on stdin as an operator would. */
export function createAdmin(
	email: string,
	password = PASSWORD,
	databasePath = process.env.E2E_DATABASE_PATH
): void {
	execFileSync('node', ['scripts/cli.js', 'admin-create', '--email', email], {
		input: `${password}\n`,
		env: { ...process.env, DATABASE_PATH: databasePath, DEMO_DATA: '0' },
		stdio: ['pipe', 'pipe', 'pipe']
	});
}

/** A client of its own (cookies, address), posting forms as a same-origin browser would. */
export async function client(key: string, base = BASE_URL): Promise<APIRequestContext> {
	return playwrightRequest.newContext({
		baseURL: base,
		extraHTTPHeaders: { origin: base, 'x-forwarded-for': ipFor(key), accept: 'text/html' }
	});
}

export function businessForm(email: string, name: string, extra: Record<string, string> = {}) {
	return {
		email,
		password: PASSWORD,
		passwordConfirm: PASSWORD,
		name,
		kind: 'eatery',
		phone: '0205 3870 111',
		address: 'Phố Lê Lai',
		ward: 'Kỳ Lừa',
		lat: '',
		lon: '',
		...extra
	};
}

export async function registerVia(ctx: APIRequestContext, email: string, name: string) {
	const res = await ctx.post('/en/register', { form: businessForm(email, name), maxRedirects: 0 });
	if (res.status() !== 303) throw new Error(`register ${email}: ${res.status()}`);
	return res;
}

export async function loginVia(ctx: APIRequestContext, email: string, password = PASSWORD) {
	const res = await ctx.post('/en/login', { form: { email, password }, maxRedirects: 0 });
	if (res.status() !== 303) throw new Error(`login ${email}: ${res.status()}`);
	return res;
}

/**
 * A verified business (logged in as `business`) with one published, bookable, one-off event
 * `daysAhead` days from today at 18:00–21:00, made through the real forms and moderation.
 */
export async function bookableEvent(
	key: string,
	{
		capacity,
		maxParty,
		daysAhead = 3,
		startsAt,
		picture,
		approve = true,
		base = BASE_URL,
		databasePath = process.env.E2E_DATABASE_PATH!
	}: {
		capacity: number;
		maxParty: number;
		daysAhead?: number;
		/** Instead of 18:00–21:00 `daysAhead` days on: an hour from this time (unix seconds). */
		startsAt?: number;
		/** A JPEG for the event, with its Vietnamese description. */
		picture?: { jpeg: Buffer; alt: string };
		approve?: boolean;
		/** Another server than the shared one, with its database. */
		base?: string;
		databasePath?: string;
	}
) {
	const business = await client(key, base);
	const email = emailFor(key);
	await registerVia(business, email, `Tour ${key}`);
	const adminEmail = emailFor(`${key}-admin`);
	createAdmin(adminEmail, PASSWORD, databasePath);
	const admin = await client(`${key}-admin`, base);
	await loginVia(admin, adminEmail);
	const businessId = readDb(
		(db) => db.prepare('SELECT business_id FROM user WHERE email = ?').pluck().get(email),
		databasePath
	);
	await admin.post('/en/admin/businesses?/verify', { form: { id: String(businessId) } });
	const hhmm = (t: number) => {
		const { hour, minute } = vietnamParts(t);
		return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
	};
	const date =
		startsAt === undefined
			? addDays(localDate(Math.floor(Date.now() / 1000)), daysAhead)
			: localDate(startsAt);
	const times =
		startsAt === undefined
			? { startTime: '18:00', endDate: date, endTime: '21:00' }
			: {
					startTime: hhmm(startsAt),
					endDate: localDate(startsAt + 3600),
					endTime: hhmm(startsAt + 3600)
				};
	const created = await business.post('/en/business/events/new?/save', {
		multipart: {
			category: 'tour',
			title_vi: `Tour ẩm thực đêm ${key}`,
			title_en: `Night food tour ${key}`,
			description_vi: 'Ba giờ đi bộ thử món ăn đêm.',
			startDate: date,
			...times,
			repeat: 'once',
			place: 'ky-lua-market',
			venueAddress: '',
			price: '150000',
			capacity: String(capacity),
			bookable: 'on',
			maxParty: String(maxParty),
			...(picture
				? {
						image: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: picture.jpeg },
						image_alt_vi: picture.alt
					}
				: {})
		},
		maxRedirects: 0
	});
	if (created.status() !== 303) throw new Error(`event for ${key}: ${created.status()}`);
	const eventId = Number(/events\/(\d+)/.exec(created.headers()['location'])![1]);
	await business.post(`/en/business/events/${eventId}?/submit`, { form: {} });
	/** The department's approval; done at once unless `approve: false`. */
	const approveNow = async () => {
		const approved = await admin.post('/en/admin/events?/approve', {
			form: { id: String(eventId) }
		});
		if (approved.status() !== 200) throw new Error(`approve ${eventId}: ${approved.status()}`);
		await admin.dispose();
	};
	if (approve) await approveNow();
	return { business, email, eventId, date, approve: approveNow };
}

/** The built server as a second process (or after a crash), on the given database file. */
export async function startServer(
	port: number,
	databasePath: string,
	{
		env = {},
		log
	}: {
		env?: Record<string, string>;
		log?: (chunk: string) => void;
	} = {}
): Promise<ChildProcess> {
	const base = `http://127.0.0.1:${port}`;
	const child = spawn('node', ['build'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_PATH: databasePath,
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			KEEP_ALIVE_TIMEOUT: '65',
			HEADERS_TIMEOUT: '66',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stderr = '';
	child.stdout!.on('data', (chunk) => log?.(String(chunk)));
	child.stderr!.on('data', (chunk) => {
		stderr += chunk;
		log?.(String(chunk));
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/vi`)).ok) return child;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`server on ${port} did not start: ${stderr}`);
}

/** Runs `go` (a goto, a reload, a click) and waits for the page to count its view (/count). */
export async function counted(page: Page, go: () => Promise<unknown>) {
	const count = page.waitForResponse((res) => new URL(res.url()).pathname === '/count');
	await go();
	return count;
}

/** A phone browser, as tourists use; the test browsers' own "HeadlessChrome" is not counted. */
export const PHONE_UA =
	'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/** A server of the test's own on a new database (port: the shared server's + `offset`). */
export async function ownServer(
	name: string,
	offset: number,
	options: Omit<NonNullable<Parameters<typeof startServer>[2]>, 'log'> = {}
) {
	const dir = mkdtempSync(join(tmpdir(), `visit-lang-son-${name}-`));
	const port = Number(new URL(BASE_URL).port) + offset;
	let output = '';
	const server = await startServer(port, join(dir, 'portal.db'), {
		...options,
		log: (chunk) => (output += chunk)
	});
	return { dir, port, base: `http://127.0.0.1:${port}`, server, logs: () => output };
}

/** Today's views and unique visitors in the database of such a server. */
export function todaysTotals(dir: string) {
	const db = new Database(join(dir, 'portal.db'), { readonly: true });
	try {
		return db
			.prepare<[string], { views: number; uniques: number }>(
				"SELECT views, uniques FROM visit_day WHERE dimension = 'total' AND date = ?"
			)
			.get(localDate(Math.floor(Date.now() / 1000)));
	} finally {
		db.close();
	}
}

export async function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill(signal);
	await exited;
}

/** The event editor, filled as a business owner would: a weekly music night on the walking street. */
export async function fillEvent(
	page: Page,
	fields: {
		title: string;
		description: string;
		date: string;
		start: string;
		end: string;
		endDate?: string;
		days: number[];
		until: string;
	}
) {
	await page.getByLabel('Category').selectOption('music');
	await page.getByLabel('Title').first().fill(fields.title);
	await page.getByLabel('Description').first().fill(fields.description);
	await page.getByLabel('Start date').fill(fields.date);
	await page.getByLabel('Start time').fill(fields.start);
	await page.getByLabel('End date').fill(fields.endDate ?? fields.date);
	await page.getByLabel('End time').fill(fields.end);
	await page.getByLabel('Repeats').selectOption('weekly');
	for (const day of fields.days) await page.locator(`input[name="days"][value="${day}"]`).check();
	await page.getByLabel('Last date (weekly events)').fill(fields.until);
	await page.getByLabel('Place', { exact: true }).selectOption('ky-lua-walking-street');
	await page.getByLabel('Free', { exact: true }).uncheck();
	await page.getByLabel('Price per person (VND)').fill('30000');
}

/** A one-time form key as the booking page would make it (24 base32 characters). */
export function formKey(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	return Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => alphabet[b & 31]).join('');
}

/** A booking POSTed as a browser without JavaScript would send it. */
export function postBooking(
	base: string,
	eventId: number,
	date: string,
	{
		key = formKey(),
		ip,
		fields = {}
	}: { key?: string; ip: string; fields?: Record<string, string> }
) {
	return fetch(`${base}/en/events/${eventId}/book/${date}?/book`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': ip
		},
		body: new URLSearchParams({
			key,
			name: 'Khách thử',
			phone: '0912 345 678',
			email: '',
			party: '1',
			...fields
		})
	});
}

/** A department officer, made with the real CLI and signed in as a client of their own. */
export async function adminClient(key: string, base = BASE_URL, databasePath?: string) {
	const email = emailFor(key);
	createAdmin(email, PASSWORD, databasePath);
	const admin = await client(key, base);
	await loginVia(admin, email);
	return admin;
}

/** A booking made through the booking page's form (its one-time key read from the page). */
export async function bookVia(
	guest: APIRequestContext,
	path: string,
	fields: Record<string, string>
) {
	const form = await guest.get(path);
	const key = /name="key" value="([^"]+)"/.exec(await form.text())![1];
	return guest.post(`${path}?/book`, { form: { key, ...fields }, maxRedirects: 0 });
}

/** A booking made in the browser, from the event page through the form (JavaScript on or off). */
export async function bookThroughPage(
	page: Page,
	eventId: number,
	guest: { name: string; phone?: string; email?: string; party: string }
) {
	await page.goto(`/en/events/${eventId}`);
	await page
		.getByRole('region', { name: 'Book a place' })
		.getByRole('link', { name: 'Book' })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Book a place');
	await page.getByLabel('Your name').fill(guest.name);
	if (guest.phone) await page.getByLabel('Phone').fill(guest.phone);
	if (guest.email) await page.getByLabel('E-mail').fill(guest.email);
	await page.getByLabel('Number of people').fill(guest.party);
	await page.getByRole('button', { name: 'Confirm booking' }).click();
	await expect(page.getByText('Your booking is confirmed.')).toBeVisible();
	return {
		code: (await page.getByTestId('booking-code').textContent())!.trim(),
		manageUrl: page.url().replace(/\?new$/, '')
	};
}

/** Signs in through the login form in the browser, as a business owner does. */
export async function loginPage(page: Page, email: string, password = PASSWORD) {
	await page.goto('/en/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
}

/** The first event listed on the English events page (its path), for tests that need any one. */
export async function firstEventPath(page: Page): Promise<string> {
	await page.goto('/en/events');
	return page
		.locator('main a[href^="/en/events/"]')
		.evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')!).find((h) => /^\/en\/events\/\d+$/.test(h))!
		);
}
