import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, localDate } from '../../src/lib/recurrence';
import {
	adminClient,
	BASE_URL,
	counted,
	createAdmin,
	loginPage,
	ownServer,
	PASSWORD,
	PHONE_UA,
	stopServer
} from './helpers';

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

interface Outlook {
	year: number;
	value: number;
	past: boolean;
	growthNeeded: number | null;
	verdict: { kind: 'ahead' | 'onTrack' | 'behind'; by: number } | null;
}

test.describe('the road to 2030', () => {
	test('the progress page, its JSON and its CSV give the same road, verdicts and growth', async ({
		page,
		request
	}) => {
		const json = await (await request.get('/api/v1/progress.json')).json();
		expect(json.resolution.name.vi).toContain('Ban Thường vụ Tỉnh ủy Lạng Sơn');
		// The number and date are the department's to enter: empty in the demo, not invented.
		expect(json.resolution.number).toBeNull();
		expect(json.resolution.date).toBeNull();
		const years = json.road.years.map((y: { year: number }) => y.year);
		expect(years[0]).toBe(2021);
		expect(years.at(-1)).toBe(2030);
		const [y2025, y2030] = json.road.outlooks as Outlook[];
		expect([y2025.year, y2025.value, y2030.year, y2030.value]).toEqual([
			2025, 3_000_000, 2030, 4_500_000
		]);

		await page.goto('/en/progress');
		const road = page.locator('section.road');
		await expect(road.getByTestId('road-resolution')).toContainText(
			'Targets from: Resolution of the Lạng Sơn Provincial Party Standing Committee'
		);
		await expect(road.getByTestId('road-resolution')).toContainText(
			'Area: The city (the four wards Tam Thanh, Lương Văn Tri, Kỳ Lừa, Đông Kinh).'
		);
		// Each target with its plain verdict and, for 2030, the growth it needs each year.
		const verdict = {
			ahead: 'Ahead of the path by',
			onTrack: 'On track:',
			behind: 'Behind the path by'
		}[y2030.verdict!.kind];
		const outlooks = road.getByTestId('road-outlooks');
		await expect(outlooks.getByRole('listitem').nth(1)).toContainText(
			`${verdict} ${en(y2030.verdict!.by)} arrivals in ${json.road.base.year}`
		);
		const growth = new Intl.NumberFormat('en-GB', {
			style: 'percent',
			maximumFractionDigits: 1
		}).format(y2030.growthNeeded!);
		await expect(outlooks.getByRole('listitem').nth(1)).toContainText(
			`Needs arrivals to grow ${growth} a year from ${json.road.base.year} to 2030.`
		);
		await expect(road).toContainText('“On track” means within 5% of where the path expects');
		// The chart: labelled axes, and each year's figures reachable by keyboard, shown on focus.
		const chart = road.getByRole('group', { name: 'Arrivals by year since 2021' });
		await expect(chart.locator('.axis-title')).toHaveText(['Year', 'Arrivals']);
		const last = (json.road.years as { year: number; actual: number | null }[]).findLast(
			(y) => y.actual !== null
		)!;
		const bar = chart.getByRole('img', {
			name: new RegExp(`^${last.year} · arrivals ${en(last.actual!)}`)
		});
		await expect(bar).toHaveCount(1);
		// The same figures in a table beside the chart.
		const table = road.getByRole('table', { name: 'Arrivals by year, this year’s projection' });
		await expect(table.getByRole('row')).toHaveCount(years.length + 1);
		await expect(table.getByRole('row', { name: String(last.year) })).toContainText(
			en(last.actual!)
		);

		const csv = await (await request.get('/api/v1/progress.csv')).text();
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'year,official_arrivals,projection,target_path,target,verdict,difference,growth_needed_per_year'
		);
		expect(lines).toHaveLength(years.length + 1);
		const line2030 = lines.find((l) => l.startsWith('2030,'))!.split(',');
		expect(line2030.slice(3, 6)).toEqual(['4500000', '4500000', y2030.verdict!.kind]);
		expect(Number(line2030[7])).toBeCloseTo(y2030.growthNeeded!, 4);
	});

	test('the widget shows inside another site’s frame; the home page refuses to be framed @js-only', async ({
		page
	}) => {
		// Another site: its own origin (another port), with our widget and our home page in frames.
		const other = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				`<!doctype html><title>Province</title><h1>Tin tỉnh</h1>` +
					`<iframe name="widget" src="${BASE_URL}/vi/embed/progress" width="600" height="700"></iframe>` +
					`<iframe name="home" src="${BASE_URL}/vi" width="600" height="700"></iframe>`
			);
		});
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		const { port } = other.address() as { port: number };
		try {
			await page.goto(`http://localhost:${port}/`);
			const widget = page.frameLocator('iframe[name=widget]');
			await expect(widget.getByRole('heading', { level: 1 })).toHaveText(
				'Du lịch Lạng Sơn: số liệu chính thức'
			);
			await expect(widget.getByTestId('road-outlooks')).toContainText('4.500.000 lượt năm 2030');
			// Nothing of the site around it: no menu, no footer.
			await expect(widget.locator('.site-header, .site-footer')).toHaveCount(0);
			// The home page's frame is refused by the browser (frame-ancestors 'none', DENY).
			await expect.poll(() => page.frame({ name: 'home' })?.url()).toMatch(/^chrome-error:/);
			await expect(page.frameLocator('iframe[name=home]').locator('header')).toHaveCount(0);
		} finally {
			other.close();
		}
	});
});

test('the monthly report prints on A4 pages without a table cut in two @js-only', async ({
	page
}, info) => {
	test.setTimeout(90_000);
	const admin = await adminClient(`report-${info.project.name}`);
	await page.context().addCookies((await admin.storageState()).cookies);
	await admin.dispose();
	const today = localDate(Math.floor(Date.now() / 1000));
	const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
	await page.goto(`/en/admin/report?month=${lastMonth}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tourism report, ${lastMonth}`);
	await expect(page.getByRole('table', { name: /^Official arrivals? / })).toHaveCount(0);
	await expect(page.getByTestId('comparison')).toContainText('Official arrivals');
	// A month not yet begun: said so, and the last whole month shown.
	await page.goto('/en/admin/report?month=2999-01');
	await expect(page.getByText('Enter a month that has begun')).toBeVisible();
	await page.goto(`/en/admin/report?month=${lastMonth}`);

	// Each table: its caption and its whole last row, as text to find on one printed page.
	const tables = await page.locator('main table').evaluateAll((all) =>
		all.map((t) => ({
			caption: (t.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
			last: [...(t.querySelector('tbody tr:last-child')?.children ?? [])]
				.map((cell) => cell.textContent!.trim())
				.join(' ')
				.replace(/\s+/g, ' ')
		}))
	);
	expect(tables.length).toBeGreaterThanOrEqual(8);
	const pdf = join(tmpdir(), `visit-lang-son-report-${process.pid}.pdf`);
	writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
	try {
		const pageSize = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
		expect(pageSize).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
		const pages = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
			.split('\f')
			.map((text) => text.replace(/\s+/g, ' '));
		expect(pages.join(' ')).not.toContain('Log out');
		for (const { caption, last } of tables) {
			const on = pages.findIndex((text) => text.includes(caption));
			expect(on, `caption "${caption}" printed`).toBeGreaterThanOrEqual(0);
			expect(pages[on], `"${caption}" and its last row "${last}" on one page`).toContain(last);
		}
	} finally {
		rmSync(pdf, { force: true });
	}
});

test('who visits: the referring domain only, once a day, robots apart, rare values as “other” @once', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const { dir, base, server, logs } = await ownServer('who', 36);
	const db = join(dir, 'portal.db');
	const today = localDate(Math.floor(Date.now() / 1000));
	const post = 'https://www.facebook.com/groups/langson.dulich/posts/98213?fbclid=IwAR3xYz';
	try {
		// A visitor from a Facebook group, on a Chinese phone, who reads the page three times.
		const phone = await browser.newContext({
			baseURL: base,
			userAgent: `${PHONE_UA} WhoTest/5c1e`,
			locale: 'zh-CN',
			extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.201' }
		});
		const page = await phone.newPage();
		await counted(page, () => page.goto('/zh/events', { referer: post }));
		await counted(page, () => page.reload());
		await counted(page, () => page.reload());
		await phone.close();
		const count = (ip: string, r: string, ua = PHONE_UA, lang = 'vi-VN,vi;q=0.9') =>
			fetch(`${base}/count?p=/vi&r=${encodeURIComponent(r)}`, {
				headers: { 'user-agent': ua, 'x-forwarded-for': ip, 'accept-language': lang }
			});
		// Three people from Zalo, one from a small blog, and a search engine's robot.
		for (const ip of ['198.51.100.202', '198.51.100.203', '198.51.100.204']) {
			await count(ip, 'https://zalo.me/g/abcdef');
		}
		await count('198.51.100.205', 'https://tiny-blog.example/bai-viet/lang-son', PHONE_UA, 'ko-KR');
		await count(
			'66.249.66.1',
			'',
			'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
		);

		// The department's dashboard for today.
		createAdmin('who@example.vn', PASSWORD, db);
		const officer = await browser.newContext({ baseURL: base });
		const dash = await officer.newPage();
		await loginPage(dash, 'who@example.vn');
		await dash.waitForURL(/\/en\/admin/);
		await expect
			.poll(
				async () => {
					await dash.goto(`/en/admin?from=${today}&to=${today}`);
					return dash.getByTestId('uniques').textContent();
				},
				{ timeout: 15_000 }
			)
			.toBe('5');
		await expect(dash.getByTestId('views')).toHaveText('7');
		const referrers = dash.getByTestId('who-referrers');
		await expect(referrers.getByRole('row', { name: 'zalo.me' })).toContainText('3');
		// Three views from Facebook on one day: shown; the blog's one view is "Other".
		await expect(referrers.getByRole('row', { name: 'facebook.com' })).toContainText('3');
		await expect(referrers.getByRole('row', { name: 'Other' })).toContainText('1');
		await expect(referrers).not.toContainText('tiny-blog');
		await expect(dash.getByTestId('who-devices').getByRole('row', { name: 'Phone' })).toContainText(
			'7'
		);
		// Browser languages: Vietnamese three times, Chinese three, Korean once ("Other").
		const browsers = dash.getByTestId('who-browsers');
		await expect(browsers.getByRole('row', { name: 'Vietnamese' })).toContainText('3');
		await expect(browsers.getByRole('row', { name: 'Chinese' })).toContainText('3');
		await expect(browsers.getByRole('row', { name: 'Other' })).toContainText('1');
		await expect(browsers).not.toContainText('Korean');
		await expect(dash.getByTestId('bots')).toContainText('asked for 1 pages');
		await officer.close();
	} finally {
		await stopServer(server);
	}
	// Stored: the domain only; no address, no user agent, no path or query of the referring page.
	const files = readdirSync(dir).map((f) => readFileSync(join(dir, f)));
	for (const secret of ['198.51.100.201', 'WhoTest/5c1e', 'fbclid', 'langson.dulich', 'bai-viet']) {
		for (const bytes of files) expect(bytes.includes(secret), secret).toBe(false);
		expect(logs()).not.toContain(secret);
	}
	const conn = new Database(db);
	const referrersToday = () =>
		conn
			.prepare(
				"SELECT value FROM visit_day WHERE dimension = 'referrer' AND date = ? ORDER BY value"
			)
			.pluck()
			.all(today);
	expect(referrersToday()).toEqual(['facebook.com', 'tiny-blog.example', 'zalo.me']);
	// Yesterday's rare sites are folded into "other" by the daily housekeeping (the real CLI).
	const yesterday = addDays(today, -1);
	const insert = conn.prepare(
		"INSERT INTO visit_day (date, dimension, value, views) VALUES (?, 'referrer', ?, ?)"
	);
	insert.run(yesterday, 'once-seen.example', 1);
	insert.run(yesterday, 'twice-seen.example', 2);
	insert.run(yesterday, 'zalo.me', 7);
	conn.close();
	execFileSync('node', ['scripts/cli.js', 'maintenance'], {
		env: { ...process.env, DATABASE_PATH: db },
		stdio: 'ignore'
	});
	const after = new Database(db, { readonly: true });
	expect(
		after
			.prepare(
				"SELECT value, views FROM visit_day WHERE dimension = 'referrer' AND date = ? ORDER BY value"
			)
			.all(yesterday)
	).toEqual([
		{ value: 'other', views: 3 },
		{ value: 'zalo.me', views: 7 }
	]);
	after.close();
	rmSync(dir, { recursive: true, force: true });
});
