import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
	BASE_URL,
	businessForm,
	client,
	createAdmin,
	emailFor,
	ipFor,
	loginVia,
	PASSWORD,
	readDb,
	registerVia
} from './helpers';

test.describe('a business from registration to verification', () => {
	test('register → pending → the department verifies → verified; log out', async ({
		browser
	}, info) => {
		test.slow();
		const key = `flow-${info.project.name}`;
		const email = emailFor(key);
		const adminEmail = emailFor(`admin-${key}`);
		const name = `Quán Phở Chua ${info.project.name}`;
		const context = await browser.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(key) }
		});
		const page = await context.newPage();

		await page.goto('/vi/register');
		await page.getByLabel('E-mail').fill(email);
		await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
		await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(PASSWORD);
		await page.getByLabel('Tên doanh nghiệp').fill(name);
		await page.getByLabel('Loại hình').selectOption('night_market_stall');
		await page.getByLabel('Điện thoại').fill('0912 345 678');
		await page.getByLabel('Địa chỉ').fill('Chợ đêm Kỳ Lừa, quầy 12');
		await page.getByLabel('Phường').selectOption('Kỳ Lừa');
		await page.getByRole('button', { name: 'Đăng ký' }).click();

		await expect(page).toHaveURL(/\/vi\/business$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByTestId('business-status')).toContainText('Đang chờ xác minh');

		createAdmin(adminEmail);
		const admin = await browser.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(`admin-${key}`) }
		});
		const adminPage = await admin.newPage();
		await adminPage.goto('/en/login');
		await adminPage.getByLabel('E-mail').fill(adminEmail);
		await adminPage.getByLabel('Password').fill(PASSWORD);
		await adminPage.getByRole('button', { name: 'Log in' }).click();
		await expect(adminPage).toHaveURL(/\/en\/admin$/);
		await adminPage.getByRole('link', { name: /waiting for verification/ }).click();
		const row = adminPage.locator('li', { has: adminPage.getByRole('heading', { name }) });
		await row.getByLabel('Note to the business').first().fill('Checked by phone');
		await row.getByRole('button', { name: 'Verify' }).click();
		await expect(adminPage.getByText('Status changed.')).toBeVisible();
		await expect(row).toContainText('Verified');
		await admin.close();

		await page.reload();
		await expect(page.getByTestId('business-status')).toContainText('Đã xác minh');
		await expect(page.getByTestId('business-status')).toContainText('Checked by phone');

		await page.getByRole('button', { name: 'Đăng xuất' }).click();
		await expect(page).toHaveURL(/\/vi\/login\?loggedOut$/);
		await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
		await page.goto('/vi/business');
		await expect(page).toHaveURL(/\/vi\/login\?next=%2Fvi%2Fbusiness$/);
		await context.close();
	});

	test('a wrong password gets a translated error and keeps the e-mail typed', async ({
		page
	}, info) => {
		const email = emailFor(`wrong-${info.project.name}`);
		const ctx = await client(`wrong-${info.project.name}`);
		await registerVia(ctx, email, 'Homestay Mẫu Sơn');
		await ctx.dispose();

		await page.goto('/zh/login');
		await page.getByLabel('电子邮箱').fill(email);
		await page.getByLabel('密码').fill('not the password');
		await page.getByRole('button', { name: '登录' }).click();
		await expect(page.getByRole('alert')).toHaveText('电子邮箱或密码错误。');
		await expect(page.getByLabel('电子邮箱')).toHaveValue(email);
		await expect(page.getByLabel('密码')).toHaveValue('');
	});
});

test.describe('login throttling', () => {
	test('the 11th rapid wrong login is refused with 429 while other pages still answer', async ({
		request
	}, info) => {
		const key = `throttle-${info.project.name}`;
		const email = emailFor(key);
		const registering = await client(key);
		await registerVia(registering, email, 'Tour Đồng Đăng');
		await registering.dispose();
		const ctx = await client(key);
		for (let i = 1; i <= 10; i++) {
			const res = await ctx.post('/en/login', { form: { email, password: `wrong ${i}` } });
			expect(res.status(), `attempt ${i}`).toBe(400);
			expect(await res.text()).toContain('Wrong e-mail or password.');
		}
		const eleventh = await ctx.post('/en/login', { form: { email, password: PASSWORD } });
		expect(eleventh.status()).toBe(429);
		expect(await eleventh.text()).toMatch(
			/Too many attempts\. Please wait \d+ minutes? and try again\./
		);
		// A forged X-Forwarded-For entry before the proxy's own does not give a fresh address.
		const forged = await ctx.post('/en/login', {
			form: { email, password: 'again wrong' },
			headers: { 'x-forwarded-for': `198.51.100.99, ${ipFor(key)}` }
		});
		expect(forged.status()).toBe(429);
		// The site keeps answering everyone, this client included.
		expect((await ctx.get('/en/places')).status()).toBe(200);
		expect((await request.get('/en')).status()).toBe(200);
		await ctx.dispose();
	});
});

test.describe('registration throttling', () => {
	test('a sixth registration attempt from one address in an hour is refused', async ({}, info) => {
		const key = `register-flood-${info.project.name}`;
		const ctx = await client(key);
		const email = emailFor(key);
		await registerVia(ctx, email, 'Quán đầu tiên');
		await ctx.dispose();
		// Trying e-mails one after another counts too, even when they are already taken.
		for (let i = 0; i < 4; i++) {
			const again = await client(key);
			const res = await again.post('/en/register', {
				form: businessForm(email, 'Lặp lại'),
				maxRedirects: 0
			});
			expect(res.status(), `attempt ${i + 2}`).toBe(400);
			expect(await res.text()).toContain('An account with this e-mail already exists.');
			await again.dispose();
		}
		const last = await client(key);
		const refused = await last.post('/en/register', {
			form: businessForm(emailFor(`${key}-new`), 'Quán mới'),
			maxRedirects: 0
		});
		expect(refused.status()).toBe(429);
		expect(await refused.text()).toMatch(
			/Too many attempts\. Please wait \d+ minutes? and try again\./
		);
		await last.dispose();
	});
});

test.describe('cross-site requests', () => {
	test('a form POST from another origin, or with no Origin, gets 403', async ({ playwright }) => {
		for (const headers of [{ origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
			const ctx = await playwright.request.newContext({
				baseURL: BASE_URL,
				extraHTTPHeaders: { 'x-forwarded-for': ipFor('csrf'), ...headers }
			});
			for (const path of [
				'/en/login',
				'/en/register',
				'/en/logout',
				'/en/admin/businesses?/verify'
			]) {
				const res = await ctx.post(path, { form: { email: 'a@example.vn', password: 'x' } });
				expect(res.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
			}
			await ctx.dispose();
		}
		expect(
			readDb((db) =>
				db.prepare("SELECT count(*) FROM user WHERE email = 'a@example.vn'").pluck().get()
			)
		).toBe(0);
	});
});

test.describe('security headers', () => {
	test('every response has them; logged-in pages are never cached', async ({ request }, info) => {
		for (const path of ['/en', '/en/map', '/sitemap.xml', '/api/v1/places.json', '/en/nope']) {
			const h = (await request.get(path)).headers();
			expect(h['x-content-type-options'], path).toBe('nosniff');
			expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		}
		// A page without hydration has no inline script at all.
		const home = await request.get('/en');
		expect(await home.text()).not.toMatch(/<script>/);
		expect(home.headers()['content-security-policy']).toMatch(/script-src 'self';/);
		// On a hydrated page the one inline script, SvelteKit's start-up, is allowed by its hash
		// and nothing else is.
		const login = await request.get('/en/login');
		const page = login.headers();
		const inline = [...(await login.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)];
		expect(inline).toHaveLength(1);
		const hash = createHash('sha256').update(inline[0][1]).digest('base64');
		expect(page['content-security-policy']).toContain(`script-src 'self' 'sha256-${hash}';`);
		expect(page['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(page['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(page['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(page['content-security-policy']).toContain('img-src');

		const key = `headers-${info.project.name}`;
		const ctx = await client(key);
		await registerVia(ctx, emailFor(key), 'Quầy khẩu sli');
		for (const path of ['/en/business', '/en/business/account', '/en', '/en/places']) {
			expect((await ctx.get(path)).headers()['cache-control'], path).toContain('no-store');
		}
		expect((await request.get('/en/login')).headers()['cache-control']).toContain('no-store');
		// Windows that hold a session or a booking are kept apart from others; anonymous public
		// pages have nothing of the visitor's to protect (decision 008).
		expect((await request.get('/en/login')).headers()['cross-origin-opener-policy']).toBe(
			'same-origin'
		);
		expect((await ctx.get('/en/places')).headers()['cross-origin-opener-policy']).toBe(
			'same-origin'
		);
		expect(home.headers()['cross-origin-opener-policy']).toBeUndefined();
		await ctx.dispose();
	});
});

test.describe('password reset by the department', () => {
	test('a one-time link sets a new password once', async ({ browser }, info) => {
		const key = `reset-${info.project.name}`;
		const email = emailFor(key);
		const adminEmail = emailFor(`admin-${key}`);
		const ctx = await client(key);
		await registerVia(ctx, email, 'Khách sạn Phai Vệ');
		createAdmin(adminEmail);
		const admin = await client(`admin-${key}`);
		await loginVia(admin, adminEmail);
		const userId = readDb((db) =>
			db.prepare('SELECT id FROM user WHERE email = ?').pluck().get(email)
		);
		const res = await admin.post('/en/admin/users?/reset', { form: { id: String(userId) } });
		expect(res.status()).toBe(200);
		const link = /\/en\/reset\/[a-z2-7]{24}\.[a-z2-7]{24}/.exec(await res.text())?.[0];
		expect(link).toBeTruthy();

		const context = await browser.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(key) }
		});
		const page = await context.newPage();
		await page.goto(link!);
		await page.getByLabel('New password', { exact: true }).fill('một mật khẩu mới toanh');
		await page.getByLabel('Type the new password again').fill('một mật khẩu mới toanh');
		await page.getByRole('button', { name: 'Save the new password' }).click();
		await expect(page).toHaveURL(/\/en\/login\?reset$/);
		await expect(page.getByText('Your password has been changed.')).toBeVisible();
		// The old session ended with the reset; the link does not work twice.
		expect((await ctx.get('/en/business', { maxRedirects: 0 })).status()).toBe(303);
		const again = await page.goto(link!);
		expect(again?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('main')).toContainText('This reset link is not valid');
		await loginVia(ctx, email, 'một mật khẩu mới toanh');
		await Promise.all([ctx.dispose(), admin.dispose(), context.close()]);
	});
});

test.describe('privacy page', () => {
	for (const [lang, heading, retention] of [
		['vi', 'Quyền riêng tư', '90 ngày'],
		['en', 'Privacy', '90 days'],
		['zh', '隐私', '90天']
	]) {
		test(`/${lang}/privacy says what is kept and for how long`, async ({ page }) => {
			await page.goto(`/${lang}/privacy`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator('main')).toContainText(retention);
			await expect(page.locator('main')).toContainText('91/2025/QH15');
			await expect(page.locator('main')).toContainText('356/2025');
		});
	}
});
