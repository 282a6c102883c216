import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createAdmin, emailFor, ownServer, PASSWORD, stopServer } from './helpers';

/*
 * The department builds the public site from an empty database (DEMO_DATA=0) through the browser,
 * and visitors see it in three languages. Each project (JavaScript on, off) has a server of its own.
 */

const LOCALES = ['vi', 'en', 'zh'] as const;

const PLACES = [
	{
		slug: 'pho-dem-tam-thanh',
		category: 'night',
		ward: 'Tam Thanh',
		lat: '21.8551',
		lon: '106.7589',
		name: { vi: 'Phố đêm Tam Thanh', en: 'Tam Thanh night street', zh: '三清夜街' },
		summary: {
			vi: 'Quầy ăn đêm mở đến hai giờ sáng.',
			en: 'Night food stalls open until two in the morning.',
			zh: '夜宵摊营业到凌晨两点。'
		}
	},
	{
		slug: 'vuon-dao-nha-sen',
		category: 'nature',
		ward: 'outside',
		commune: 'Xã Hoàng Đồng',
		lat: '21.8861',
		lon: '106.7322',
		name: { vi: 'Vườn đào Nà Sèn', en: 'Nà Sèn peach gardens', zh: '那森桃园' },
		summary: {
			vi: 'Những vườn đào nở hoa quanh Tết.',
			en: 'Peach gardens in bloom around Tết.',
			zh: '春节前后盛开的桃园。'
		}
	},
	{
		slug: 'bao-tang-xu-lang',
		category: 'heritage',
		ward: 'Đông Kinh',
		lat: '21.8467',
		lon: '106.7634',
		name: { vi: 'Bảo tàng xứ Lạng', en: 'Lạng Sơn museum', zh: '谅山博物馆' },
		summary: {
			vi: 'Hiện vật về lịch sử vùng biên.',
			en: 'Objects from the history of the border country.',
			zh: '边境地区历史文物。'
		}
	}
];

/** A phone's photo: stored sideways with EXIF orientation 6, carrying a GPS position. */
const phonePhoto = (colour: string) =>
	sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'PhoneCam' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 51/1 0/1' }
		})
		.withMetadata({ orientation: 6 })
		.toBuffer();

async function save(page: Page, button: string) {
	await page.getByRole('button', { name: button, exact: true }).click();
	await page.waitForLoadState('load');
}

test('the department builds the site from an empty database, and visitors see it in three languages', async ({
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	const js = testInfo.project.name === 'js';
	const { dir, base, server } = await ownServer(`content-${testInfo.project.name}`, js ? 25 : 26, {
		env: { DEMO_DATA: '0' }
	});
	const db = join(dir, 'portal.db');
	try {
		const email = emailFor(`content-${testInfo.project.name}`);
		createAdmin(email, PASSWORD, db);
		const context = await browser.newContext({
			baseURL: base,
			javaScriptEnabled: js,
			extraHTTPHeaders: { 'x-forwarded-for': js ? '10.25.0.1' : '10.26.0.1' }
		});
		const page = await context.newPage();

		// A real deployment: no places, and nothing calls itself a demonstration.
		await page.goto('/en/places');
		expect(await page.locator('.place-card').count()).toBe(0);
		await expect(page.locator('body')).not.toContainText(/demonstration/i);

		await page.goto('/en/login');
		await page.locator('[name="email"]').fill(email);
		await page.locator('[name="password"]').fill(PASSWORD);
		await page.locator('main form [type="submit"]').first().click();
		await page.waitForURL(/\/en\/(admin|account)/);

		// Three places, texts in three languages, each with a photo.
		for (const [i, p] of PLACES.entries()) {
			await page.goto('/en/admin/places/new');
			for (const l of LOCALES) {
				await page.locator(`[name="name_${l}"]`).fill(p.name[l]);
				await page.locator(`[name="summary_${l}"]`).fill(p.summary[l]);
				await page.locator(`[name="description_${l}"]`).fill(`${p.summary[l]} (${l})`);
			}
			await page.locator('[name="category"]').selectOption(p.category);
			await page.locator('[name="ward"]').selectOption(p.ward);
			if (p.commune) await page.locator('[name="commune"]').fill(p.commune);
			await page.locator('[name="lat"]').fill(p.lat);
			await page.locator('[name="lon"]').fill(p.lon);
			await page.locator('[name="slug"]').fill(p.slug);
			await page.locator('[name="last_checked"]').fill('2026-11-30');
			if (i === 0) {
				// Friday and Saturday nights past midnight, closed over Tết 2027.
				await page.locator('[name="hours_mode"][value="weekly"]').check();
				for (const day of [5, 6]) {
					await page.locator(`[name="open_${day}"]`).fill('18:00');
					await page.locator(`[name="close_${day}"]`).fill('02:00');
				}
				await page.locator('[name="closed_from_0"]').fill('2027-02-05');
				await page.locator('[name="closed_to_0"]').fill('2027-02-10');
			}
			await save(page, 'Save the place');
			await expect(page).toHaveURL(new RegExp(`/en/admin/places/${p.slug}\\?saved=1`));
			await expect(page.getByText('The place is saved.')).toBeVisible();

			await page.locator('[name="photo"]').setInputFiles({
				name: 'IMG_0001.jpg',
				mimeType: 'image/jpeg',
				buffer: await phonePhoto(['#b3264a', '#2f6b3f', '#1e5a8a'][i])
			});
			for (const l of LOCALES) {
				await page
					.locator('form[action="?/addPhoto"]')
					.locator(`[name="alt_${l}"]`)
					.fill(`${p.name[l]} · photo`);
			}
			await page.locator('form[action="?/addPhoto"] [name="credit"]').fill('Photo: Sở VHTTDL');
			await save(page, 'Add a photo');
			// Encoding AVIF, WebP and JPEG at three widths takes a few seconds on a slow machine.
			await expect(page.getByText('The photo is added.')).toBeVisible({ timeout: 30_000 });
		}

		// Every stored variant of the uploads is upright and carries no EXIF or GPS.
		const uploads = readdirSync(join(dir, 'uploads'));
		expect(uploads.filter((f) => f.endsWith('.avif')).length).toBeGreaterThanOrEqual(3);
		for (const file of uploads) {
			const bytes = readFileSync(join(dir, 'uploads', file));
			const meta = await sharp(bytes).metadata();
			expect(meta.exif, file).toBeUndefined();
			expect(meta.height! > meta.width!, file).toBe(true);
			expect(bytes.includes('PhoneCam'), file).toBe(false);
		}

		// The Mẫu Sơn guide, rewritten in three languages (after a preview).
		await page.goto('/en/admin/pages/mau-son');
		const guide = {
			vi: '## Đường mới\n\nXe buýt lên núi mỗi sáng thứ Bảy.',
			en: '## The new road\n\nA bus goes up every Saturday morning.',
			zh: '## 新路\n\n每周六早上有巴士上山。'
		};
		for (const l of LOCALES) await page.locator(`[name="body_${l}"]`).fill(guide[l]);
		await save(page, 'Preview');
		await expect(page.locator('.preview[lang="en"] h2')).toHaveText('The new road');
		await save(page, 'Save the page');
		await expect(page.getByText('The page is saved.')).toBeVisible();

		// The privacy contact and the department's address.
		await page.goto('/en/admin/settings');
		await page.locator('[name="address"]').fill('Số 1 đường Hoàng Văn Thụ, Lạng Sơn');
		await page.locator('[name="privacy_contact"]').fill('Phòng Quản lý du lịch, dulich@example.vn');
		await save(page, 'Save the details');
		await expect(page.getByText('The details are saved.')).toBeVisible();

		// A lunar festival and the 2027 peach festival.
		await page.goto('/en/admin/festivals/new');
		const lunar = { vi: 'Hội đèn Tam Thanh', en: 'Tam Thanh lantern night', zh: '三清灯会' };
		for (const l of LOCALES) await page.locator(`[name="name_${l}"]`).fill(lunar[l]);
		await page.locator('[name="lunar_month"]').fill('1');
		await page.locator('[name="lunar_day_start"]').fill('15');
		await page.locator('[name="place"]').selectOption(PLACES[0].slug);
		await save(page, 'Save the festival');
		await expect(page.getByText('The festival is saved.')).toBeVisible();
		await page.goto('/en/admin/festivals/new');
		const peach = {
			vi: 'Lễ hội Hoa Đào 2027',
			en: 'Peach Blossom Festival 2027',
			zh: '2027桃花节'
		};
		for (const l of LOCALES) await page.locator(`[name="name_${l}"]`).fill(peach[l]);
		await page.locator('[name="calendar"][value="solar"]').check();
		await page.locator('[name="start_date"]').fill('2027-02-12');
		await page.locator('[name="end_date"]').fill('2027-02-20');
		await page.locator('[name="place"]').selectOption(PLACES[1].slug);
		await save(page, 'Save the festival');
		await expect(page.getByText('The festival is saved.')).toBeVisible();

		// A visitor, in each language.
		const visitor = await browser.newContext({ baseURL: base, javaScriptEnabled: js });
		const v = await visitor.newPage();
		for (const l of LOCALES) {
			await v.goto(`/${l}/places`);
			for (const p of PLACES) await expect(v.getByRole('link', { name: p.name[l] })).toBeVisible();
			await expect(v.locator('.place-card img')).toHaveCount(3);

			await v.goto(`/${l}/places/${PLACES[0].slug}`);
			await expect(v.locator('h1')).toHaveText(PLACES[0].name[l]);
			await expect(v.locator('.lead')).toHaveText(PLACES[0].summary[l]);
			await expect(v.locator('.facts')).toContainText('02:00');
			await expect(v.locator('.closure')).toContainText('2027');
			await expect(v.locator('figcaption').first()).toHaveText('Photo: Sở VHTTDL');
			await expect(v.locator('figure img').first()).toHaveAttribute(
				'alt',
				`${PLACES[0].name[l]} · photo`
			);

			await v.goto(`/${l}/map`);
			for (const p of PLACES) {
				await expect(v.locator(`a[href="/${l}/places/${p.slug}"]`).first()).toBeAttached();
			}

			await v.goto(`/${l}/events/calendar?month=2027-02`);
			await expect(v.locator('main')).toContainText(lunar[l]);
			await expect(v.locator('main')).toContainText(peach[l]);

			await v.goto(`/${l}/mau-son`);
			await expect(v.locator('.guide-text h2')).toHaveText(
				{ vi: 'Đường mới', en: 'The new road', zh: '新路' }[l]
			);

			await v.goto(`/${l}/privacy`);
			await expect(v.locator('main')).toContainText('dulich@example.vn');
			await expect(v.locator('footer')).toContainText('Hoàng Văn Thụ');
			await expect(v.locator('body')).not.toContainText(/demonstration|trình diễn|演示/i);
		}
		const sitemap = await (await v.request.get('/sitemap.xml')).text();
		for (const p of PLACES) {
			for (const l of LOCALES) expect(sitemap).toContain(`${base}/${l}/places/${p.slug}</loc>`);
		}

		// The guide's previous version, restored by an officer.
		await page.goto('/en/admin/pages/mau-son');
		const vi = page.locator('.versions li', { hasText: 'Tiếng Việt' }).first();
		await vi.getByRole('button', { name: 'Restore' }).click();
		await page.waitForLoadState('load');
		await expect(page.getByText('The previous version is restored.')).toBeVisible();
		await v.goto('/vi/mau-son');
		await expect(v.locator('.guide-text')).not.toContainText('Đường mới');
		await expect(v.locator('.guide-text h2').first()).toHaveText('Đường lên Mẫu Sơn');

		// Every change is in the audit log with who made it.
		await page.goto('/en/admin/audit');
		for (const action of [
			'Place added',
			'Photo added',
			'Guide page edited',
			'Guide page restored'
		]) {
			await expect(page.locator('tr', { hasText: action }).first()).toContainText(email);
		}
		await context.close();
		await visitor.close();
	} finally {
		await stopServer(server);
	}
});
