import { expect, test } from '@playwright/test';

const HOME = {
	vi: { lang: 'vi', h1: 'Thành phố hoa Đào', place: 'Động và chùa Tam Thanh', nav: 'Trang chủ' },
	en: { lang: 'en', h1: 'The Peach Blossom City', place: 'Tam Thanh cave and pagoda', nav: 'Home' },
	zh: { lang: 'zh-Hans', h1: '桃花之城', place: '三清洞与三清寺', nav: '首页' }
} as const;

test.describe('home page in three languages', () => {
	for (const [code, expected] of Object.entries(HOME)) {
		test(`/${code} is the home page in its language`, async ({ page }) => {
			const response = await page.goto(`/${code}`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.h1);
			// Demo places come from the database, in the page's language.
			await expect(page.getByText(expected.place, { exact: true })).toBeVisible();
			await expect(
				page.getByRole('navigation').getByRole('link', { name: expected.nav, exact: true })
			).toBeVisible();
			await expect(page.getByTestId('opening-status')).toContainText(/\d{2}:\d{2}/);
			// Nothing from another language's file leaks in.
			const title = await page.title();
			expect(title.length).toBeGreaterThan(0);
			if (code !== 'en') expect(await page.content()).not.toContain('Skip to main content');
		});
	}

	test('declares canonical and hreflang alternates for every language', async ({ page }) => {
		await page.goto('/zh');
		const origin = new URL(page.url()).origin;
		await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${origin}/zh`);
		for (const [hreflang, path] of [
			['vi', '/vi'],
			['en', '/en'],
			['zh-Hans', '/zh'],
			['x-default', '/']
		]) {
			await expect(page.locator(`link[rel=alternate][hreflang="${hreflang}"]`)).toHaveAttribute(
				'href',
				origin + path
			);
		}
	});

	test('a keyboard user reaches the skip link first and it jumps to the content', async ({
		page
	}) => {
		await page.goto('/en');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await expect(skip).toHaveAttribute('href', '#main');
	});
});

test.describe('choosing a language', () => {
	test('the switcher keeps the page and `/` remembers the choice', async ({ page }) => {
		await page.goto('/vi?ref=poster');
		await page
			.getByRole('navigation', { name: 'Chọn ngôn ngữ' })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page).toHaveURL(/\/en\?ref=poster$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME.en.h1);
		await expect(
			page
				.getByRole('navigation', { name: 'Choose a language' })
				.getByRole('link', { name: 'English' })
		).toHaveAttribute('aria-current', 'true');
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
	});

	test('`/` follows Accept-Language, then defaults to Vietnamese', async ({ request }) => {
		const go = (header?: string) =>
			request.get('/', {
				maxRedirects: 0,
				headers: header === undefined ? {} : { 'accept-language': header }
			});
		let res = await go('zh-CN,zh;q=0.9,en;q=0.8');
		expect(res.status()).toBe(302);
		expect(res.headers()['location']).toBe('/zh');
		expect(res.headers()['vary']).toMatch(/Accept-Language/);
		res = await go('en-US,en;q=0.9');
		expect(res.headers()['location']).toBe('/en');
		res = await go('fr-FR,de;q=0.5');
		expect(res.headers()['location']).toBe('/vi');
		res = await go(';;;q=,,en;q=zz,\u00e9');
		expect(res.status()).toBe(302);
		expect(res.headers()['location']).toBe('/vi');
	});

	test('a language cookie beats Accept-Language', async ({ request }) => {
		const res = await request.get('/', {
			maxRedirects: 0,
			headers: { 'accept-language': 'en', cookie: 'lang=zh' }
		});
		expect(res.headers()['location']).toBe('/zh');
	});

	test('the switcher never sends anyone to another site', async ({ request }) => {
		for (const next of [
			'//evil.example/x',
			'/\\evil.example',
			'https://evil.example/vi',
			'/fr/x'
		]) {
			const res = await request.get(`/lang/en?next=${encodeURIComponent(next)}`, {
				maxRedirects: 0
			});
			expect(res.status()).toBe(303);
			expect(res.headers()['location']).toBe('/en');
		}
		const res = await request.get('/lang/xx?next=/vi', { maxRedirects: 0 });
		expect(res.status()).toBe(404);
	});
});

test.describe('not found', () => {
	for (const [path, heading] of [
		['/en/no-such-page', 'Page not found'],
		['/vi/khong-co-trang-nay', 'Không tìm thấy trang'],
		['/zh/no-such-page', '页面不存在']
	]) {
		test(`${path} gives a translated 404`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
		});
	}

	test('an unknown language prefix is a 404 in the visitor’s language, not a 500', async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: 'zh-CN' });
		const page = await context.newPage();
		const response = await page.goto('/fr/places');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
		await context.close();
	});

	test('a malformed Accept-Language on a 404 falls back to Vietnamese', async ({ request }) => {
		const res = await request.get('/xx', { headers: { 'accept-language': 'q=;;,*;q=x' } });
		expect(res.status()).toBe(404);
		expect(await res.text()).toContain('Không tìm thấy trang');
	});
});

test.describe('for search engines', () => {
	test('sitemap.xml lists the home page in every language with alternates', async ({ request }) => {
		const res = await request.get('/sitemap.xml');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('xml');
		const xml = await res.text();
		const origin = new URL(res.url()).origin;
		for (const code of ['vi', 'en', 'zh']) expect(xml).toContain(`<loc>${origin}/${code}</loc>`);
		expect(xml).toContain(`hreflang="zh-Hans" href="${origin}/zh"`);
	});

	test('robots.txt allows the public site, keeps private areas out and names the sitemap', async ({
		request
	}) => {
		const res = await request.get('/robots.txt');
		expect(res.status()).toBe(200);
		const body = await res.text();
		expect(body).toContain('Disallow: /vi/admin');
		expect(body).toContain('Disallow: /en/business');
		expect(body).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
	});
});
