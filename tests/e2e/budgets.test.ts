import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { adminClient, bookableEvent } from './helpers';

/** Every response a page load fetched, with its size as sent compressed (text) or as is. */
async function weigh(page: Page, path: string) {
	const seen: { url: string; type: string; bytes: number; body: Buffer }[] = [];
	page.on('response', async (res) => {
		const type = res.request().resourceType();
		try {
			const body = await res.body();
			const text = /script|stylesheet|document|fetch|xhr|manifest/.test(type);
			seen.push({ url: res.url(), type, bytes: text ? gzipSync(body).length : body.length, body });
		} catch {
			// redirects have no body
		}
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	return seen;
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

test.describe('budgets on the built client @js-only', () => {
	for (const lang of ['vi', 'en', 'zh']) {
		test(`the ${lang} home page: ≤ 4 kB of JavaScript and ≤ 100 kB in all, gzipped`, async ({
			page
		}) => {
			const seen = await weigh(page, `/${lang}`);
			const js = seen.filter((r) => r.type === 'script').reduce((s, r) => s + r.bytes, 0);
			const all = seen.reduce((s, r) => s + r.bytes, 0);
			console.log(`/${lang}: JavaScript ${kB(js)} kB, everything ${kB(all)} kB (gzip)`);
			// Was 59 kB when every page hydrated; now the one small script (decision 008).
			expect(js, 'JavaScript bytes (gzip)').toBeLessThanOrEqual(4 * 1024);
			expect(all, 'page weight (gzip)').toBeLessThanOrEqual(100 * 1024);
			expect(seen.filter((r) => r.type === 'font').length, 'web fonts').toBeLessThanOrEqual(1);
		});
	}

	test('guide pages ship no script but the one that counts and keeps them offline', async ({
		page
	}) => {
		for (const path of ['/en/mau-son', '/zh/getting-there', '/vi/food', '/en/night', '/en/about']) {
			const seen = await weigh(page, path);
			const scripts = seen.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname);
			expect(scripts, path).toEqual(['/site.js']);
			// Nothing for the framework to take over: the server's HTML is the page.
			await expect(page.locator('html[data-hydrated]'), path).toHaveCount(0);
		}
	});

	test('Leaflet loads on map pages only', async ({ page }) => {
		for (const path of ['/en', '/en/events', '/en/places', '/en/night', '/en/progress']) {
			const seen = await weigh(page, path);
			const leaflet = seen.filter(
				(r) => r.type === 'script' && r.body.includes('Leaflet') && r.body.includes('L.Map')
			);
			expect(
				leaflet.map((r) => r.url),
				path
			).toEqual([]);
		}
	});

	test('pictures have their size, and those below the fold load lazily', async ({ page }) => {
		for (const path of ['/en', '/en/places', '/en/places/mac-citadel', '/en/food', '/en/events']) {
			await page.goto(path);
			// Leaflet's tiles and markers are sized by the map itself. Tiles are told apart by their
			// class as well: a CI run once met a failed tile (Leaflet's blank GIF; there is no network
			// there) that no longer sat inside the map's container.
			const images = await page.locator('img').evaluateAll((imgs) =>
				imgs
					.filter(
						(img) =>
							!img.classList.contains('leaflet-tile') &&
							!img.closest('.leaflet-container, .leaflet-map')
					)
					.map((img) => ({
						src: img.getAttribute('src'),
						width: img.getAttribute('width'),
						height: img.getAttribute('height'),
						loading: img.getAttribute('loading'),
						top: img.getBoundingClientRect().top
					}))
			);
			for (const img of images) {
				expect(img.width && img.height, `${path} ${img.src}`).toBeTruthy();
				if (img.top > 900) expect(img.loading, `${path} ${img.src}`).toBe('lazy');
			}
		}
	});

	test('the peach blossom is drawn once in a page, however many times it shows', async ({
		page
	}) => {
		const response = await page.goto('/en');
		const html = await response!.text();
		// The header's, three in the home page's hero and the footer's, all from one drawing.
		expect(html.match(/<symbol id="peach-blossom"/g)).toHaveLength(1);
		expect(html.match(/<use href="#peach-blossom"/g)).toHaveLength(5);
		const logo = page.locator('header svg').first();
		await expect(logo).toBeVisible();
		// Drawn: 40 px square, the petals fill most of it (an empty drawing measures 0).
		const drawn = await logo.locator('use').evaluate((use) => {
			const { width, height } = use.getBoundingClientRect();
			return { width, height };
		});
		expect(drawn.width).toBeGreaterThan(30);
		expect(drawn.height).toBeGreaterThan(30);
	});
});

test('a page with a large photo stays within the phone budget: the phone gets the small AVIF @js-only @once', async ({
	browser
}) => {
	// A busy picture that compresses badly, as photos of a night market do.
	const jpeg = await sharp({
		create: {
			width: 1600,
			height: 1067,
			channels: 3,
			background: '#000',
			noise: { type: 'gaussian', mean: 128, sigma: 40 }
		}
	})
		.jpeg({ quality: 85 })
		.toBuffer();
	const { eventId, business } = await bookableEvent('budget-photo', {
		capacity: 10,
		maxParty: 2,
		picture: { jpeg, alt: 'Chợ đêm Kỳ Lừa' }
	});
	await business.dispose();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const seen = await weigh(page, `/en/events/${eventId}`);
	const photos = seen.filter((r) => r.type === 'image' && r.url.includes('/media/'));
	const all = seen.reduce((s, r) => s + r.bytes, 0);
	console.log(
		`event page with a photo: ${kB(all)} kB, photo ${photos.map((p) => p.url.split('/').pop())}`
	);
	expect(photos.map((p) => p.url.replace(/.*\/media\/[a-z0-9]{32}/, ''))).toEqual(['-480.avif']);
	expect(all, 'page weight on a phone (gzip)').toBeLessThanOrEqual(200 * 1024);
	await context.close();
});

test('a place page with photos stays within the phone budget: phone-sized AVIFs, the cover at once, the others lazy @js-only @once', async ({
	browser
}) => {
	// Each photo is encoded nine times (three formats, three widths): slow on a busy machine.
	test.setTimeout(120_000);
	const admin = await adminClient('budget-place');
	for (const [i, colour] of ['#000', '#666'].entries()) {
		const jpeg = await sharp({
			create: {
				width: 1600,
				height: 1067,
				channels: 3,
				background: colour,
				noise: { type: 'gaussian', mean: 128, sigma: 40 }
			}
		})
			.jpeg({ quality: 85 })
			.toBuffer();
		const res = await admin.post('/en/admin/places/chi-lang-pass?/addPhoto', {
			multipart: {
				photo: { name: `cave-${i}.jpg`, mimeType: 'image/jpeg', buffer: jpeg },
				alt_vi: `Động Tam Thanh ${i}`,
				credit: 'Ảnh: Sở VHTTDL'
			}
		});
		expect(res.status()).toBe(200);
	}
	await admin.dispose();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const seen = await weigh(page, '/en/places/chi-lang-pass');
	const photos = seen.filter((r) => r.type === 'image' && r.url.includes('/media/'));
	const all = seen.reduce((s, r) => s + r.bytes, 0);
	console.log(`place page with two photos: ${kB(all)} kB, ${photos.length} photo(s) loaded`);
	// Phone-sized AVIFs only; the cover at once, the other lazily (Chromium fetches lazy pictures
	// near the viewport early, so it may be among them).
	expect(new Set(photos.map((p) => p.url.replace(/.*\/media\/[a-z0-9]{32}/, '')))).toEqual(
		new Set(['-480.avif'])
	);
	await expect(page.locator('figure img')).toHaveCount(2);
	await expect(page.locator('figure img').first()).toHaveAttribute('loading', 'eager');
	await expect(page.locator('figure img').last()).toHaveAttribute('loading', 'lazy');
	expect(all, 'page weight on a phone (gzip)').toBeLessThanOrEqual(200 * 1024);
	await context.close();
});
