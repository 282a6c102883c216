import { expect, test, type Page } from '@playwright/test';
import { client, firstEventPath } from './helpers';

const star = (page: Page, item: string) => page.locator(`[data-trip="${item}"]`);

test('My trip: stars stay on the phone, open offline, and a shared link shows the same list @js-only', async ({
	page,
	context,
	browser
}) => {
	await page.goto('/en/places/ky-lua-market');
	const place = star(page, 'p.ky-lua-market');
	await expect(place).toHaveAccessibleName(/Save to my trip: Kỳ Lừa/);
	await expect(place).toHaveAttribute('aria-pressed', 'false');
	await place.click();
	await expect(place).toHaveAttribute('aria-pressed', 'true');
	await expect(place).toHaveAccessibleName(/Saved to my trip/);
	await page.reload();
	await expect(star(page, 'p.ky-lua-market')).toHaveAttribute('aria-pressed', 'true');

	// Pages stay the same for everyone: the star is the phone's, not the server's.
	const mine = await (await page.request.get('/en/places/ky-lua-market')).text();
	const stranger = await client('trip-stranger');
	const theirs = await (await stranger.get('/en/places/ky-lua-market')).text();
	expect(mine).toBe(theirs);
	expect(mine).toContain('aria-pressed="false"');

	await page.goto('/en/food');
	await star(page, 'd.pho-chua').click();
	const eventPath = await firstEventPath(page);
	await page.goto(eventPath);
	const eventTitle = (await page.locator('h1').textContent())!.trim();
	await star(page, `e.${eventPath.split('/').pop()}`).click();
	// Nothing of it went to the server: no cookie was set.
	expect(await context.cookies()).toEqual([]);

	await page.goto('/en/trip');
	await expect(page).toHaveURL(/\/en\/trip\?items=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My trip');
	await expect(page.getByText('3 things saved.')).toBeVisible();
	const events = page.getByRole('region', { name: 'Events' });
	await expect(events.getByRole('link', { name: eventTitle })).toBeVisible();
	// The next time it is on, as a date.
	await expect(events.locator('.when')).toContainText(/\d{1,2}:\d\d/);
	const places = page.getByRole('region', { name: 'Places' });
	await expect(places.getByRole('link', { name: /Kỳ Lừa/ })).toBeVisible();
	await expect(places.getByText(/Open|Closed|Opens|hours/i).first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Dishes' }).getByRole('link')).toHaveCount(1);
	await expect(page.locator('.leaflet-container')).toBeVisible();
	// The list is the phone's own: nothing to add.
	await expect(page.getByRole('button', { name: 'Save this list on my phone' })).toBeHidden();
	const shared = (await page.locator('[data-share]').getAttribute('data-share'))!;
	expect(shared).toMatch(/\/en\/trip\?items=/);

	// Offline: the trip page opens as it was.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(async () => !!(await caches.match(location.href))), {
			timeout: 30_000
		})
		.toBe(true);
	await context.setOffline(true);
	await page.goto('/en/trip');
	await expect(page.getByText('3 things saved.')).toBeVisible();
	await context.setOffline(false);

	// Someone else opens the shared link: the same list, and can keep it.
	const friend = await browser.newContext();
	const theirPage = await friend.newPage();
	await theirPage.goto(shared);
	await expect(theirPage.getByText('3 things saved.')).toBeVisible();
	await expect(
		theirPage.getByRole('region', { name: 'Events' }).getByRole('link', { name: eventTitle })
	).toBeVisible();
	await expect(star(theirPage, 'p.ky-lua-market')).toHaveAttribute('aria-pressed', 'false');
	await theirPage.getByRole('button', { name: 'Save this list on my phone' }).click();
	await expect(star(theirPage, 'p.ky-lua-market')).toHaveAttribute('aria-pressed', 'true');
	await theirPage.goto('/en/places/ky-lua-market');
	await expect(star(theirPage, 'p.ky-lua-market')).toHaveAttribute('aria-pressed', 'true');
	await friend.close();
	await stranger.dispose();
});

test('the share button copies the link where the phone has no share sheet @js-only', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/places/mac-citadel');
	// Desktop Chromium here has no Web Share: the button copies.
	await page.getByRole('button', { name: 'Share' }).click();
	const share = page.locator('[data-share]');
	await expect(share).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/\/en\/places\/mac-citadel$/
	);
});

test('a trip link opens the list with or without JavaScript; stars need scripts', async ({
	page
}, info) => {
	await page.goto('/en/trip?items=p.ky-lua-market,d.pho-chua');
	await expect(page.getByText('2 things saved.')).toBeVisible();
	await expect(page.getByRole('link', { name: /Kỳ Lừa/ })).toBeVisible();
	await page.goto('/en/places/ky-lua-market');
	if (info.project.name === 'no-js') await expect(star(page, 'p.ky-lua-market')).toBeHidden();
	else await expect(star(page, 'p.ky-lua-market')).toBeVisible();
});
