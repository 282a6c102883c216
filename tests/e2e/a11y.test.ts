import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminClient, bookableEvent, ipFor } from './helpers';

/** Every kind of public page (one of each kind with an id or a slug), in each language. */
const PAGES = [
	'',
	'/places',
	'/places?category=heritage',
	'/places/ky-lua-walking-street',
	'/night',
	'/food',
	'/mau-son',
	'/getting-there',
	'/search?q=ky%20lua',
	'/trip?items=p.ky-lua-market,d.pho-chua',
	'/offline',
	'/map',
	'/events',
	'/events/calendar',
	'/events/1',
	'/progress',
	'/embed/progress',
	'/privacy',
	'/about',
	'/login',
	'/register',
	'/forgot-password',
	'/no-such-page'
];

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		// Map tiles come from a tile server these tests do not reach.
		.exclude('.leaflet-tile-pane')
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe runs inside the page: it needs JavaScript (the no-JS pages are the same markup).
test.describe('accessibility (axe) @js-only', () => {
	// One test a language, each page a step; a generous time, as axe is slow on a busy machine.
	for (const lang of ['vi', 'en', 'zh']) {
		test(`public pages in ${lang}: no serious or critical violations`, async ({ page }) => {
			test.setTimeout(300_000);
			await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
			for (const path of PAGES) {
				await test.step(`/${lang}${path}`, async () => {
					await page.goto(`/${lang}${path}`);
					expect(await seriousViolations(page), `/${lang}${path}`).toEqual([]);
				});
			}
		});
	}

	test("the department's editors: no serious or critical violations", async ({ page }) => {
		test.setTimeout(300_000);
		const admin = await adminClient('axe-admin');
		await page.context().addCookies((await admin.storageState()).cookies);
		await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
		for (const path of [
			'/en/admin/places',
			'/vi/admin/places/new',
			'/en/admin/places/ky-lua-market',
			'/zh/admin/pages/mau-son',
			'/en/admin/festivals',
			'/en/admin/festivals/new',
			'/en/admin/dishes/1',
			'/en/admin/settings',
			'/en/admin/places/import',
			// The figures: charts, their tables and the comparisons.
			'/en/admin',
			'/zh/admin?area=province',
			'/vi/admin/report'
		]) {
			await test.step(path, async () => {
				await page.goto(path);
				expect(await seriousViolations(page), path).toEqual([]);
			});
		}
		await admin.dispose();
	});

	test('the booking form, confirmation and manage page', async ({ page }, info) => {
		test.setTimeout(90_000);
		const tag = info.project.name;
		const { eventId, date, business } = await bookableEvent(`axe-${tag}`, {
			capacity: 4,
			maxParty: 2
		});
		await business.dispose();
		await page.setExtraHTTPHeaders({ 'x-forwarded-for': ipFor(`axe-guest-${tag}`) });
		await page.goto(`/en/events/${eventId}/book/${date}`);
		expect(await seriousViolations(page)).toEqual([]);
		// With fields wrong (past the browser's own checks): the error messages are accessible too.
		await page.locator('main form').evaluate((form: HTMLFormElement) => (form.noValidate = true));
		await page.getByLabel('Your name').fill('An');
		await page.getByLabel('Number of people').fill('9');
		await page.getByRole('button', { name: 'Confirm booking' }).click();
		await expect(page.getByRole('alert').first()).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByLabel('Number of people').fill('1');
		await page.getByLabel('Phone').fill('0912 345 678');
		await page.getByRole('button', { name: 'Confirm booking' }).click();
		await expect(page.getByText('Your booking is confirmed.')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
});

/** Presses Tab until the element is focused (at most `max` times); fails if it never is. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 60) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

test.describe('keyboard only @js-only', () => {
	test('a tourist books a place and switches language without a mouse', async ({ page }) => {
		const { eventId, business } = await bookableEvent('keyboard', { capacity: 4, maxParty: 2 });
		await business.dispose();
		await page.setExtraHTTPHeaders({ 'x-forwarded-for': ipFor('keyboard-guest') });
		await page.goto(`/en/events/${eventId}`);
		await tabTo(page, page.getByRole('region', { name: 'Book a place' }).getByRole('link').first());
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Book a place');
		await tabTo(page, page.getByLabel('Your name'));
		await page.keyboard.type('Đỗ Minh Châu');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Phone')).toBeFocused();
		await page.keyboard.type('0912 345 678');
		await tabTo(page, page.getByLabel('Number of people'), 5);
		await page.keyboard.press('Control+A');
		await page.keyboard.type('2');
		// The robots' field is out of the tab order: Tab goes from the opt-in to the button.
		await tabTo(page, page.getByRole('button', { name: 'Confirm booking' }), 6);
		await page.keyboard.press('Enter');
		await expect(page.getByText('Your booking is confirmed.')).toBeVisible();

		await tabTo(
			page,
			page.getByRole('navigation', { name: 'Choose a language' }).getByText('Tiếng Việt')
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/vi\/bookings\//);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đặt chỗ của bạn');
	});
});
