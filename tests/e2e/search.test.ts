import { expect, test } from '@playwright/test';
import { bookableEvent, client } from './helpers';

test('search finds places however the name is typed, in each language, with and without JavaScript', async ({
	page
}) => {
	for (const [lang, q] of [
		['en', 'ky lua'],
		['en', 'KY LUA'],
		['vi', 'kỳ lừa'],
		['zh', '祈驴']
	]) {
		await page.goto(`/${lang}/search?q=${encodeURIComponent(q)}`);
		const links = page.locator('.results a');
		await expect(links.first()).toBeVisible();
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs, q).toContain(`/${lang}/places/ky-lua-walking-street`);
		expect(hrefs, q).toContain(`/${lang}/places/ky-lua-market`);
		// The typed words are marked in what was found.
		await expect(page.locator('.results mark').first()).toBeVisible();
	}
	// The form itself: typed and sent from the search page (a plain GET form).
	await page.goto('/en/search');
	await page.getByLabel('Places, events, festivals, dishes and guides').fill('dong dang');
	await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/en\/search\?q=dong\+dang$/);
	await expect(page.getByTestId('search-count')).toContainText('for “dong dang”');
	// And from the header of any page (wide screen: in the bar).
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/zh/food');
	await page.getByRole('banner').getByRole('searchbox', { name: '搜索' }).fill('ky lua');
	await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
	await expect(page).toHaveURL(/\/zh\/search\?q=ky\+lua$/);
	await expect(page.locator('.results a[href="/zh/places/ky-lua-market"]')).toBeVisible();
});

test('a query with markup is shown as text; a new event is found at once and a cancelled one is not @once', async () => {
	const visitor = await client('search-visitor');
	const html = await (
		await visitor.get(`/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`)
	).text();
	expect(html).toContain('&lt;script>alert(1)&lt;/script>');
	expect(html).not.toContain('<script>alert(1)');

	const { eventId, business } = await bookableEvent('searchable', { capacity: 5, maxParty: 2 });
	const found = async () =>
		(await (await visitor.get('/api/v1/search.json?q=searchable&lang=en')).json()).results.map(
			(r: { url: string }) => new URL(r.url).pathname
		);
	expect(await found()).toEqual([`/en/events/${eventId}`]);
	await business.post(`/en/business/events/${eventId}?/cancel`, { form: {} });
	expect(await found()).toEqual([]);
	await Promise.all([visitor.dispose(), business.dispose()]);
});

test('the search API pages its results, caps them and refuses what it cannot answer @once', async () => {
	const api = await client('search-api');
	const first = await (await api.get('/api/v1/search.json?q=a&lang=en')).json();
	expect(first.per_page).toBe(20);
	expect(first.results.length).toBeLessThanOrEqual(20);
	expect(first.total).toBeGreaterThan(first.results.length);
	const second = await (await api.get('/api/v1/search.json?q=a&lang=en&page=2')).json();
	expect(second.page).toBe(2);
	expect(second.results[0].url).not.toBe(first.results[0].url);
	for (const bad of ['', 'q=', `q=${'x'.repeat(101)}`, 'q=a&page=0', 'q=a&page=x', 'q=a&lang=fr']) {
		const res = await api.get(`/api/v1/search.json?${bad}`);
		expect(res.status(), bad).toBe(400);
		expect((await res.json()).error.code, bad).toMatch(/^invalid_/);
	}
	await api.dispose();
});
