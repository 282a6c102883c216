import { expect, test, type Page } from '@playwright/test';
import { bookableEvent, fillEvent, readDb } from './helpers';

/**
 * A phone on a weak connection shows the server's HTML long before the scripts arrive, and people
 * start typing. These tests hold the page's scripts back, fill the form, then let them through: what
 * was typed, ticked and chosen must survive hydration and be what is saved.
 */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
	const held: (() => Promise<void>)[] = [];
	let released = false;
	await page.route('**/_app/immutable/**/*.js', (route) => {
		if (released) return route.continue();
		held.push(() => route.continue());
	});
	return async () => {
		released = true;
		await Promise.all(held.map((go) => go()));
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 15_000 });
	};
}

test.describe('typing before the scripts arrive @js-only', () => {
	test('a guest’s booking keeps every field filled while the page was still plain HTML', async ({
		page
	}) => {
		const { eventId, date } = await bookableEvent('hydration-booking', {
			capacity: 10,
			maxParty: 4
		});
		const release = await holdScripts(page);
		await page.goto(`/en/events/${eventId}/book/${date}`, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		const name = `Khách chậm ${Date.now()}`;
		await page.getByLabel('Your name').fill(name);
		await page.getByLabel('Phone').fill('0912 345 678');
		await page.getByLabel('Number of people').fill('3');
		await page.getByLabel(/news of their other events/).check();

		await release();
		await expect(page.getByLabel('Your name')).toHaveValue(name);
		await expect(page.getByLabel('Phone')).toHaveValue('0912 345 678');
		await expect(page.getByLabel('Number of people')).toHaveValue('3');
		await expect(page.getByLabel(/news of their other events/)).toBeChecked();

		await page.getByRole('button', { name: 'Confirm booking' }).click();
		await expect(page.getByText('Your booking is confirmed.')).toBeVisible();
		const saved = readDb((db) =>
			db.prepare('SELECT party, marketing FROM booking WHERE name = ?').get(name)
		);
		expect(saved).toEqual({ party: 3, marketing: 1 });
	});

	test('an owner’s event keeps its description, ticked days and unticked “free”', async ({
		browser
	}) => {
		// A verified business, logged in through the real forms; the browser takes its session.
		const { business } = await bookableEvent('hydration-editor', { capacity: 5, maxParty: 2 });
		const context = await browser.newContext({ storageState: await business.storageState() });
		const page = await context.newPage();
		const release = await holdScripts(page);
		await page.goto('/en/business/events/new', { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);

		const title = `Hát then chậm ${Date.now()}`;
		const description = 'Hai giờ hát then và đàn tính.\nDòng thứ hai.';
		await fillEvent(page, {
			title,
			description,
			date: '2027-03-06',
			start: '19:00',
			end: '21:00',
			days: [6, 0],
			until: '2027-03-28'
		});

		await release();
		await expect(page.getByLabel('Title').first()).toHaveValue(title);
		await expect(page.getByLabel('Description').first()).toHaveValue(description);
		await expect(page.getByLabel('Repeats')).toHaveValue('weekly');
		await expect(page.locator('input[name="days"][value="6"]')).toBeChecked();
		await expect(page.locator('input[name="days"][value="0"]')).toBeChecked();
		await expect(page.getByLabel('Free', { exact: true })).not.toBeChecked();

		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page).toHaveURL(/\/en\/business\/events\/\d+\?saved$/);
		const id = Number(/events\/(\d+)/.exec(page.url())![1]);
		const saved = readDb((db) =>
			db
				.prepare(
					'SELECT weekdays, price_vnd AS price, description_vi AS description FROM event WHERE id = ?'
				)
				.get(id)
		);
		expect(saved).toEqual({ weekdays: (1 << 6) | (1 << 0), price: 30000, description });
		await context.close();
	});
});
