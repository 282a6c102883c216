import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { localDate } from '../../src/lib/recurrence';
import {
	client,
	counted,
	createAdmin,
	emailFor,
	ipFor,
	loginVia,
	ownServer,
	PASSWORD,
	PHONE_UA,
	readDb,
	registerVia,
	startServer,
	stopServer,
	todaysTotals
} from './helpers';

const today = () => localDate(Math.floor(Date.now() / 1000));

const viewsOf = (path: string, dimension = 'page', db = process.env.E2E_DATABASE_PATH!) => {
	const conn = new Database(db, { readonly: true, fileMustExist: true });
	try {
		return (
			(conn
				.prepare('SELECT sum(views) FROM visit_day WHERE date = ? AND dimension = ? AND value = ?')
				.pluck()
				.get(today(), dimension, path) as number | null) ?? 0
		);
	} finally {
		conn.close();
	}
};

test.describe('portal visits', () => {
	test('pages viewed by a tourist are counted after the flush; robots and feeds are not', async ({
		browser
	}, info) => {
		// Each project reads its own place page, so the two runs do not count each other's views.
		const slug = info.project.name === 'js' ? 'tam-thanh-cave' : 'nhi-thanh-cave';
		const path = `/places/${slug}`;
		const before = viewsOf(path);
		const context = await browser.newContext({
			userAgent: PHONE_UA,
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(`visit-${info.project.name}`) }
		});
		const page = await context.newPage();
		await counted(page, () => page.goto(`/en${path}`));
		await counted(page, () => page.reload());
		await counted(page, () => page.goto(`/zh${path}`));
		// A feed, an API call and a 404 are not page views.
		await page.request.get('/en/events.ics');
		await page.request.get('/api/v1/places.json');
		await page.request.get('/en/places/no-such-place', { failOnStatusCode: false });
		await context.close();
		// The default test browser says "HeadlessChrome": an automated browser, not counted.
		const robot = await browser.newPage();
		await robot.goto(`/en${path}`);
		await robot.close();

		await expect.poll(() => viewsOf(path), { timeout: 15_000 }).toBe(before + 3);
		expect(viewsOf('/events.ics')).toBe(0);
		expect(viewsOf('/places/no-such-place')).toBe(0);
	});

	test('a client-side navigation counts as a view, a hover does not @js-only', async ({
		browser
	}) => {
		const context = await browser.newContext({
			userAgent: PHONE_UA,
			extraHTTPHeaders: { 'x-forwarded-for': ipFor('visit-nav') }
		});
		const page = await context.newPage();
		const before = viewsOf('/mau-son');
		await page.goto('/vi/getting-there');
		await page.waitForLoadState('networkidle');
		const link = page.locator('header a[href="/vi/mau-son"]').first();
		await link.hover();
		await page.waitForTimeout(300);
		await link.click();
		await expect(page).toHaveURL(/\/vi\/mau-son$/);
		await context.close();
		await expect.poll(() => viewsOf('/mau-son'), { timeout: 15_000 }).toBe(before + 1);
	});

	test('neither the database nor the logs keep a visitor’s address or user agent @once', async () => {
		test.setTimeout(60_000);
		const { dir, base, server, logs } = await ownServer('privacy', 13);
		const ip = '198.51.100.77';
		const ua = `${PHONE_UA} VisitTest/7f3a9c`;
		const headers = { 'user-agent': ua, 'x-forwarded-for': ip, accept: 'text/html' };
		try {
			// Each page as a browser without JavaScript loads it: the page, then its counting image.
			for (const path of ['/vi', '/en/events', '/zh/places/ky-lua-walking-street', '/en/map']) {
				const html = await (await fetch(`${base}${path}`, { headers })).text();
				const image = /<img class="counter" src="([^"]+)"/.exec(html)?.[1].replaceAll('&amp;', '&');
				expect(image, path).toBeTruthy();
				const counted = await fetch(`${base}${image}`, { headers });
				expect(counted.status).toBe(200);
				expect(counted.headers.get('cache-control')).toBe('no-store');
			}
			// Errors and refused posts are not logged with the address either.
			await fetch(`${base}/en/nowhere`, { headers });
			await fetch(`${base}/en/login`, {
				method: 'POST',
				headers: { ...headers, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
				body: 'email=x&password=y'
			});
			await fetch(`${base}/en/events/1`, {
				method: 'POST',
				headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
				body: 'message=hi'
			});
		} finally {
			// SIGTERM: the counts are written on the way out, without waiting for the next flush.
			await stopServer(server);
		}
		expect(todaysTotals(dir)).toEqual({ views: 4, uniques: 1 });
		for (const file of readdirSync(dir)) {
			const bytes = readFileSync(join(dir, file));
			expect(bytes.includes(ip), file).toBe(false);
			expect(bytes.includes('VisitTest/7f3a9c'), file).toBe(false);
			expect(bytes.includes(Buffer.from(ip, 'utf16le')), file).toBe(false);
		}
		expect(logs()).not.toContain(ip);
		expect(logs()).not.toContain('VisitTest');
		rmSync(dir, { recursive: true, force: true });
	});
});

/** A GET on a connection of its own, as a browser opening the site again would. */
function getAlone(url: string, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = httpGet(url, { headers, agent: false }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
		});
		req.on('error', reject);
		// An answer that never comes fails here, by name, not as the whole test's timeout.
		req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} in 10 s`)));
	});
}

/** Headers of a phone visitor at `ip` (behind the test servers' one proxy). */
const visitor = (ip: string) => ({ 'user-agent': PHONE_UA, 'x-forwarded-for': ip });

test('a server starts while another process holds the write lock @once', async () => {
	test.setTimeout(60_000);
	// A database made and migrated by an earlier start.
	// (Port offset 18: fetch refuses 4190, a "bad port".)
	const first = await ownServer('start-locked', 18);
	await stopServer(first.server);
	const other = new Database(join(first.dir, 'portal.db'));
	let output = '';
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	try {
		// A backup or an import writing while the server (re)starts.
		other.prepare('BEGIN IMMEDIATE').run();
		server = await startServer(first.port, join(first.dir, 'portal.db'), {
			log: (chunk) => (output += chunk)
		});
		for (let i = 0; i < 6; i++) {
			expect(await getAlone(`${first.base}/en/events`, visitor(`198.51.100.5${i}`))).toBe(200);
		}
		await new Promise((resolve) => setTimeout(resolve, 6000));
		for (let i = 0; i < 4; i++) {
			expect(await getAlone(`${first.base}/vi`, visitor('198.51.100.59'))).toBe(200);
		}
		// Housekeeping waited for the lock without stopping the server.
		expect(output).not.toContain('cannot start');
		other.prepare('COMMIT').run();
	} finally {
		other.close();
		if (server) await stopServer(server);
	}
	expect(server.exitCode).toBe(0);
	rmSync(first.dir, { recursive: true, force: true });
});

/** Twelve months of a year and the months of the next one, city area, as in a CSV. */
function fixture(year: number) {
	const last = [310, 420, 330, 210, 200, 180, 215, 220, 205, 240, 210, 260].map((v) => v * 1000);
	const current = [350, 470, 360];
	const lines = [
		'month,area,total,international,overnight,method,source',
		...last.map(
			(v, i) =>
				`${year - 1}-${String(i + 1).padStart(2, '0')},city,${v},${v / 20},,accommodation_reports,Test fixture`
		),
		...current.map(
			(v, i) =>
				`${year}-${String(i + 1).padStart(2, '0')},city,"${v}.000",,,accommodation_reports,Test fixture`
		)
	];
	return { csv: lines.join('\r\n'), last, current: current.map((v) => v * 1000) };
}

test.describe('official arrivals and the dashboard', () => {
	test('the department enters a month and imports a CSV; the dashboard shows the same figures', async ({
		browser
	}, info) => {
		// Years long before the demo figures, one pair per project.
		const year = info.project.name === 'js' ? 2019 : 2017;
		const adminEmail = emailFor(`figures-${info.project.name}`);
		createAdmin(adminEmail);
		const context = await browser.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(`figures-${info.project.name}`) }
		});
		const page = await context.newPage();
		await page.goto('/en/login');
		await page.getByLabel('E-mail').fill(adminEmail);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Log in' }).click();
		await page
			.getByRole('navigation', { name: 'Department of Culture, Sports and Tourism' })
			.getByRole('link', { name: 'Arrival figures' })
			.click();

		const { csv, last, current } = fixture(year);
		const monthsOf = () =>
			readDb((db) =>
				db
					.prepare("SELECT count(*) FROM arrival WHERE month BETWEEN ? AND ? AND area = 'city'")
					.pluck()
					.get(`${year - 1}-01`, `${year}-12`)
			);

		// A file with mistakes: every one listed by line, nothing written.
		const broken = csv
			.replace(`${year - 1}-03,city,330000`, `${year - 1}-13,city,330000`)
			.replace(`${year - 1}-05,city,200000`, `${year - 1}-05,city,lots`);
		await page.getByLabel('CSV file (UTF-8)').setInputFiles({
			name: 'arrivals.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(broken)
		});
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		const problems = page.getByTestId('import-problems');
		await expect(problems).toContainText('Nothing was imported: 2 problems to fix.');
		await expect(problems).toContainText(
			`Line 4 month: month “${year - 1}-13” does not exist or is not over yet; write it as 2026-03.`
		);
		await expect(problems).toContainText('Line 6 total: Enter a whole number');
		expect(monthsOf()).toBe(0);

		// A right file: a preview of what would be written, nothing written until confirmed.
		await page.getByLabel('CSV file (UTF-8)').setInputFiles({
			name: 'arrivals.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('\uFEFF' + csv)
		});
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByTestId('import-preview')).toContainText(
			'Nothing is written yet. The file has 15 lines: 15 new months, 0 replacing figures already there.'
		);
		await expect(page.getByTestId('preview-row')).toHaveCount(15);
		expect(monthsOf()).toBe(0);
		await page.getByRole('button', { name: 'Confirm and import' }).click();
		await expect(page.getByText('15 lines imported.')).toBeVisible();
		expect(monthsOf()).toBe(15);

		// April by hand, with a Vietnamese thousands separator.
		await page.getByLabel('Month', { exact: true }).fill(`${year}-04`);
		await page.getByLabel('Area').selectOption('city');
		await page.getByLabel('Total arrivals').fill('240.000');
		await page.getByLabel('International').fill('12000');
		await page.getByLabel('Method').selectOption('survey');
		await page.getByLabel('Source', { exact: true }).fill('Sở VHTTDL, tháng 4');
		await page.getByRole('button', { name: 'Save the month' }).click();
		await expect(page.getByText('The month is saved.')).toBeVisible();
		expect(monthsOf()).toBe(16);

		// The dashboard for that year, computed here from the fixture alone.
		const april = 240_000;
		const toDate = current.reduce((s, v) => s + v, 0) + april;
		const lastTotal = last.reduce((s, v) => s + v, 0);
		const share = last.slice(0, 4).reduce((s, v) => s + v, 0) / lastTotal;
		const projection = Math.round(toDate / share / 1000) * 1000;
		const fmt = (v: number) => v.toLocaleString('en-GB');
		await page.goto(`/en/admin?from=${year}-01-01&to=${year}-12-31&area=city`);
		await expect(page.getByTestId('to-date')).toHaveText(fmt(toDate));
		await expect(page.getByTestId('year-target')).toHaveText('3,000,000');
		await expect(page.getByTestId('expected')).toHaveText(fmt(Math.round(3_000_000 * share)));
		await expect(page.getByTestId('projection')).toHaveText(fmt(projection));
		// The other project's fixture years may be averaged in too: the same season, the same share.
		await expect(page.getByTestId('projection-method')).toContainText(`${year - 1})`);
		await expect(page.getByTestId('last-year')).toContainText(
			`${year - 1}: ${fmt(lastTotal)} arrivals against that year’s target of 3,000,000`
		);
		await expect(page.getByTestId('international-share')).toContainText(
			`${Math.round((12_000 / april) * 1000) / 10}%`
		);
		await expect(page.getByTestId('demo-figures')).toHaveCount(0);
		const table = page.getByRole('table', { name: `Arrivals by month, ${year} and ${year - 1}` });
		const aprilRow = table.getByRole('row', { name: /^Apr/ });
		await expect(aprilRow).toContainText(fmt(april));
		await expect(aprilRow).toContainText(fmt(last[3]));
		// The chart beside the table: each month's two figures, one keyboard stop each.
		const chart = page.getByRole('group', { name: `Arrivals by month, ${year} and ${year - 1}` });
		await expect(chart).toBeVisible();
		await expect(chart.getByRole('img', { name: /^Apr/ })).toHaveAccessibleName(
			`Apr: ${year} ${fmt(april)}, ${year - 1} ${fmt(last[3])}`
		);

		// The figures as a spreadsheet.
		const exported = await page.request.get(
			`/en/admin/export/arrivals.csv?from=${year}-01-01&to=${year}-12-31`
		);
		expect(exported.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const text = (await exported.text()).replace(/^\uFEFF/, '');
		expect(text).toContain(`${year}-04,city,240000,12000,,survey,"Sở VHTTDL, tháng 4",0`);
		await context.close();
	});

	test('only the department opens the dashboard and its exports @once', async () => {
		const business = await client('dash-business');
		await registerVia(business, emailFor('dash-business'), 'Quán tò mò');
		for (const path of [
			'/en/admin',
			'/en/admin/figures',
			'/en/admin/export/arrivals.csv',
			'/en/admin/figures/template.csv'
		]) {
			expect((await business.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
		}
		const imported = await business.post('/en/admin/figures?/import', {
			multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('x') } },
			maxRedirects: 0
		});
		expect(imported.status()).toBe(403);
		const anonymous = await client('dash-anonymous');
		const res = await anonymous.get('/en/admin', { maxRedirects: 0 });
		expect(res.status()).toBe(303);
		expect(res.headers()['location']).toBe('/en/login?next=%2Fen%2Fadmin');
		// The department itself: bad exports and ranges are a 404 or a translated note, never a 500.
		const adminEmail = emailFor('dash-admin');
		createAdmin(adminEmail);
		const admin = await client('dash-admin');
		await loginVia(admin, adminEmail);
		expect((await admin.get('/en/admin/export/secrets.csv')).status()).toBe(404);
		// A walking-street night's headcount, entered and shown in the dashboard's table.
		const night = '2024-06-15';
		const saved = await admin.post('/en/admin/figures?/saveNight', {
			form: { nightDate: night, headcount: '3.517', note: 'Mưa nhẹ' }
		});
		expect(saved.status()).toBe(400); // "3.517" is not a whole number of people
		await admin.post('/en/admin/figures?/saveNight', {
			form: { nightDate: night, headcount: '3517', note: 'Mưa nhẹ' }
		});
		const dash = await (await admin.get(`/en/admin?from=${night}&to=${night}`)).text();
		expect(dash).toContain('3,517');
		expect(dash).toContain('Mưa nhẹ');
		const nights = await (
			await admin.get(`/en/admin/export/nights.csv?from=${night}&to=${night}`)
		).text();
		expect(nights).toContain(`${night},3517,Mưa nhẹ`);
		const bad = await admin.get('/en/admin?from=2026-02-30&to=yesterday');
		expect(bad.status()).toBe(200);
		expect(await bad.text()).toContain('Enter a real date');
		await Promise.all([business.dispose(), anonymous.dispose(), admin.dispose()]);
	});
});

test('the public progress page states the targets, area, method and demo label in three languages', async ({
	page
}) => {
	for (const [lang, heading, demo] of [
		['vi', 'Tiến độ thu hút khách du lịch', 'Số liệu mẫu để trình diễn'],
		['en', 'Progress toward the tourism targets', 'Demonstration figures'],
		['zh', '旅游目标进展', '演示用示例数据']
	] as const) {
		await page.goto(`/${lang}/progress`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByTestId('demo-figures')).toContainText(demo);
		await expect(page.getByTestId('progress-area')).not.toBeEmpty();
		await expect(page.getByTestId('projection')).not.toHaveText('–');
		await expect(page.locator('main')).not.toContainText('{{');
	}
	await page.goto('/en/progress');
	await expect(page.getByTestId('progress-area')).toContainText(
		'The city (the four wards Tam Thanh, Lương Văn Tri, Kỳ Lừa, Đông Kinh) · Method: Estimate'
	);
	// The targets as the department keeps them, and the resolution they come from.
	await expect(page.locator('main')).toContainText('3,000,000 arrivals in 2025');
	await expect(page.locator('main')).toContainText('4,500,000 arrivals in 2030');
	await expect(page.getByTestId('road-resolution')).toContainText('Lạng Sơn city, 2021–2030');
});
