import { expect, test, type Page, type Response } from '@playwright/test';

interface OpenDataPlace {
	slug: string;
	category: string;
	texts: Record<string, { name: string; description: string; address: string }>;
}

async function openData(page: Page, query = ''): Promise<OpenDataPlace[]> {
	const res = await page.request.get(`/api/v1/places.json${query}`);
	expect(res.status()).toBe(200);
	return (await res.json()).places;
}

test.describe('places', () => {
	test('every place has a page in each language with its own text, none empty', async ({
		page,
		request
	}) => {
		const places = await openData(page);
		expect(places.length).toBeGreaterThanOrEqual(14);
		for (const place of places) {
			for (const lang of ['vi', 'en', 'zh']) {
				const text = place.texts[lang];
				expect(text?.name, `${place.slug} ${lang}`).toBeTruthy();
				// A real description: a few sentences (Chinese needs fewer characters for them).
				expect(text.description.length, `${place.slug} ${lang}`).toBeGreaterThan(
					lang === 'zh' ? 40 : 100
				);
				const res = await request.get(`/${lang}/places/${place.slug}`);
				expect(res.status(), `${lang}/${place.slug}`).toBe(200);
				const html = await res.text();
				// What a reader sees: the page's main element, not the data serialised for hydration.
				const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
				expect(main).toContain(`<h1`);
				expect(main).toContain(text.name.replace(/&/g, '&amp;'));
				expect(main).not.toMatch(/{{|undefined|\bnull\b|NaN|lorem|\[object/i);
			}
		}
	});

	test('the category filter narrows the list, with or without JavaScript', async ({ page }) => {
		await page.goto('/en/places');
		const cards = page.locator('main article');
		const all = await cards.count();
		expect(all).toBeGreaterThanOrEqual(14);
		await page
			.getByRole('navigation', { name: 'Show places by category' })
			.getByRole('link', { name: 'Heritage' })
			.click();
		await expect(page).toHaveURL(/\/en\/places\?category=heritage$/);
		await expect(
			page
				.getByRole('navigation', { name: 'Show places by category' })
				.getByRole('link', { name: 'Heritage' })
		).toHaveAttribute('aria-current', 'true');
		await expect(page.getByRole('status')).toHaveText(/^\d+ places$/);
		const heritage = await cards.count();
		expect(heritage).toBeGreaterThan(2);
		expect(heritage).toBeLessThan(all);
		for (const label of await page.locator('main article .category').allTextContents()) {
			expect(label).toBe('Heritage');
		}
		await expect(page.getByRole('link', { name: 'Tam Thanh cave and pagoda' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Kỳ Lừa walking street' })).toHaveCount(0);
	});

	test('an unknown category shows every place rather than an error', async ({ page }) => {
		const res = await page.goto('/vi/places?category=%3Cscript%3E');
		expect(res?.status()).toBe(200);
		expect(await page.locator('main article').count()).toBeGreaterThanOrEqual(14);
	});

	test('a place page gives the practical facts and the nearest places first', async ({ page }) => {
		await page.goto('/en/places/tam-thanh-cave');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tam Thanh cave and pagoda');
		const facts = page.getByRole('region', { name: 'Practical facts' });
		await expect(facts).toContainText('Tam Thanh ward');
		await expect(facts).toContainText('₫20,000 per adult (2024)');
		await expect(facts).toContainText('Open every day');
		await expect(page.getByTestId('opening-status')).toHaveText(
			'Open every day; the times are not listed here yet.'
		);
		const nearby = page.getByRole('region', { name: 'Combine it with, nearby' }).locator('h3');
		await expect(nearby).toHaveCount(4);
		// Tô Thị peak is about 250 m away; the walking street more than a kilometre.
		await expect(nearby.first()).toHaveText('Tô Thị peak (Vọng Phu)');
		await expect(nearby.nth(3)).toHaveText('Kỳ Lừa walking street');
	});

	test('the same place reads in Chinese and in Vietnamese', async ({ page }) => {
		await page.goto('/zh/places/ky-lua-walking-street');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('祈驴步行街');
		await expect(page.locator('main')).toContainText('免费');
		await page.goto('/vi/places/ky-lua-walking-street');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phố đi bộ Kỳ Lừa');
		await expect(page.locator('main table')).toContainText('18:00–24:00');
		await expect(page.locator('main')).toContainText('Phường Kỳ Lừa');
	});

	test('an unknown place is a translated 404', async ({ page }) => {
		let res = await page.goto('/zh/places/no-such-place');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
		res = await page.goto(`/en/places/${'x'.repeat(3000)}`);
		expect(res?.status()).toBe(404);
	});
});

test.describe('night page', () => {
	test('says whether the walking street is open, in Vietnam time', async ({ page }, info) => {
		// The server's answer for the real time, which includes a department notice for tonight if
		// one was posted (the events tests post some).
		await page.goto('/en/night');
		await expect(page.getByTestId('opening-status')).toHaveText(
			/^(Open now · closes at 24:00|Closed now · opens (today|tomorrow|Friday) at 18:00|Cancelled tonight, by the Department of Culture, Sports and Tourism|Tonight only: open \d\d:\d\d–\d\d:\d\d)$/
		);
		if (info.project.name === 'js') {
			// Read days later (a copy kept offline): the line no longer claims to know.
			await page.clock.setFixedTime(Date.now() + 3 * 86400_000);
			await page.goto('/vi/night');
			await expect(page.getByTestId('opening-status')).toHaveText(
				'Trang này được lưu từ trước, trạng thái mở cửa có thể đã khác: hãy xem giờ mở cửa.'
			);
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Lạng Sơn/);
	});

	test('lists the food to try and links the food guide', async ({ page }) => {
		await page.goto('/en/night');
		await expect(page.getByText('Roast duck with mắc mật leaves')).toBeVisible();
		await expect(page.getByText(/3,500 m²/)).toBeVisible();
		await page.getByRole('link', { name: 'The full food guide' }).click();
		await expect(page).toHaveURL(/\/en\/food$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Sour phở' })).toBeVisible();
		await expect(
			page.locator('#pho-chua').getByRole('link', { name: 'Kỳ Lừa market and night market' })
		).toBeVisible();
	});
});

test.describe('guides', () => {
	test('the Mẫu Sơn page gives altitude, seasons and onward links', async ({ page }) => {
		await page.goto('/en/mau-son');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mẫu Sơn mountain');
		await expect(page.locator('main')).toContainText('1,541 m');
		await expect(page.getByRole('heading', { name: 'What to bring' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Đồng Đăng' })).toBeVisible();
	});

	test('the getting-there page covers coach, limousine, car and rail', async ({ page }) => {
		await page.goto('/zh/getting-there');
		for (const heading of ['从河内乘长途汽车', '乘豪华商务车', '自驾', '铁路']) {
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		}
	});
});

test.describe('map', () => {
	test('shows a marker per place and still lists them when tiles cannot load', async ({
		page
	}, info) => {
		const places = await openData(page, '?lang=en');
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => {
			// The browser itself logs each tile it could not fetch; that is the offline case under test.
			if (
				message.type() === 'error' &&
				!message.location().url.includes('tile.openstreetmap.org')
			) {
				problems.push(message.text());
			}
		});
		await page.route('https://tile.openstreetmap.org/**', (route) =>
			route.abort('internetdisconnected')
		);
		await page.goto('/en/map');
		// The browser may open the connection to the tile server while the map's code loads.
		await expect(page.locator('link[rel="preconnect"]')).toHaveAttribute(
			'href',
			'https://tile.openstreetmap.org'
		);

		const list = page.getByRole('region', { name: 'All places on the map, by category' });
		await expect(list.getByRole('link')).toHaveCount(places.length);

		if (info.project.name === 'js') {
			// Every place is a marker, or counted in a cluster of markers close together.
			await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
			const shown = async () =>
				(await page.locator('.leaflet-marker-icon[data-slug]').count()) +
				(await page.locator('.marker-cluster').allTextContents()).reduce(
					(sum, n) => sum + Number(n),
					0
				);
			await expect.poll(shown).toBe(places.length);
			await expect(page.locator('.leaflet-control-layers')).toContainText('Heritage');
			await expect(page.getByText('The map background could not be loaded.')).toBeVisible();
			await page.locator('[data-slug="mau-son"]').click();
			await page
				.locator('.leaflet-popup')
				.getByRole('link', { name: 'Open the place page' })
				.click();
			await expect(page).toHaveURL(/\/en\/places\/mau-son$/);
		} else {
			await expect(page.locator('.leaflet-container')).toHaveCount(0);
		}
		expect(problems).toEqual([]);
	});

	test('the home page loads no Leaflet code @js-only', async ({ page }) => {
		let responses: Response[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') responses.push(response);
		});
		const bodies = async () => Promise.all(responses.map((r) => r.text()));
		await page.goto('/en');
		await page.waitForLoadState('networkidle');
		const home = await bodies();
		expect(home.length).toBeGreaterThan(0);
		for (const body of home) expect(body).not.toContain('leaflet-container');
		// …while the map page does load it, so the check above can fail.
		responses = [];
		await page.goto('/en/map');
		await expect(page.locator('.leaflet-container')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect((await bodies()).some((body) => body.includes('leaflet-container'))).toBe(true);
	});
});

test.describe('open data', () => {
	test('places.json serves all languages or one, and refuses junk', async ({ request }) => {
		let res = await request.get('/api/v1/places.json');
		expect(res.headers()['content-type']).toContain('application/json');
		const all = await res.json();
		expect(all.languages).toEqual(['vi', 'en', 'zh']);
		expect(all.count).toBe(all.places.length);
		const tamThanh = all.places.find((p: OpenDataPlace) => p.slug === 'tam-thanh-cave');
		expect(tamThanh).toMatchObject({ category: 'heritage', feeVnd: 20000, ward: 'Tam Thanh' });
		expect(Object.keys(tamThanh.texts).sort()).toEqual(['en', 'vi', 'zh']);

		res = await request.get('/api/v1/places.json?lang=zh');
		const zh = await res.json();
		expect(Object.keys(zh.places[0].texts)).toEqual(['zh']);

		for (const junk of ['?lang=xx', '?lang=', '?lang=en&lang=vi', '?lang=%00', '?lang=EN']) {
			res = await request.get(`/api/v1/places.json${junk}`);
			expect(res.status(), junk).toBe(400);
			expect((await res.json()).error.code).toBe('invalid_lang');
		}
	});
});
