import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { adminClient, bookableEvent, bookVia, client, readDb } from './helpers';

/** Bodies that are not a form a browser would send. */
const BROKEN = [
	{ label: 'text/plain', type: 'text/plain', body: 'name=Khách&party=2' },
	{ label: 'empty multipart', type: 'multipart/form-data; boundary=XYZ', body: '' },
	{
		label: 'multipart without a boundary',
		type: 'multipart/form-data',
		body: '--XYZ\r\nContent-Disposition: form-data; name="name"\r\n\r\nKhách\r\n--XYZ--\r\n'
	},
	{
		label: 'unterminated multipart',
		type: 'multipart/form-data; boundary=XYZ',
		body: '--XYZ\r\nContent-Disposition: form-data; name="name"\r\n\r\nKhách'
	},
	{
		label: 'wrong boundary',
		type: 'multipart/form-data; boundary=AAA',
		body: '--BBB\r\nContent-Disposition: form-data; name="name"\r\n\r\nKhách\r\n--BBB--\r\n'
	}
];

/** Every `+page.server.ts` with actions, and the names of its actions, read from the source. */
function everyAction(): { route: string; action: string }[] {
	const found: { route: string; action: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === '+page.server.ts') {
				const source = readFileSync(path, 'utf8');
				const block = /export const actions = \{([\s\S]*?)\n\} satisfies Actions/.exec(source);
				if (!block) continue;
				for (const [, action] of block[1].matchAll(/^\t(\w+):/gm)) {
					found.push({ route: relative('src/routes', dir), action });
				}
			}
		}
	};
	walk('src/routes');
	return found;
}

test('every form action answers a body that is not a form with 400 and a translated message @once', async () => {
	test.setTimeout(90_000);
	const { business, eventId, date, email } = await bookableEvent('bodies', {
		capacity: 2,
		maxParty: 2
	});
	const admin = await adminClient('bodies-admin');
	const anonymous = await client('bodies-anon');
	// A booking of its own, for the manage page's action, and a reset link, for the reset page's.
	const booked = await bookVia(anonymous, `/en/events/${eventId}/book/${date}`, {
		name: 'Khách thử',
		phone: '0912 345 678',
		party: '1'
	});
	const bookingToken = /\/bookings\/([^/?]+)/.exec(booked.headers()['location'])![1];
	// One seat left: a party of two waits, for the waiting-list page's actions.
	const waitForm = await (await anonymous.get(`/en/events/${eventId}/book/${date}`)).text();
	const waited = await anonymous.post(`/en/events/${eventId}/book/${date}?/wait`, {
		form: {
			key: /name="key" value="([^"]+)"/.exec(waitForm)![1],
			name: 'Khách chờ',
			phone: '0912 345 679',
			party: '2'
		},
		maxRedirects: 0
	});
	const waitToken = /\/waitlist\/([^/?]+)/.exec(waited.headers()['location'])![1];
	// Its own business's login: never another test's, running at the same time.
	const userId = readDb((db) =>
		db.prepare('SELECT id FROM user WHERE email = ?').pluck().get(email)
	);
	const reset = await admin.post('/en/admin/users?/reset', { form: { id: String(userId) } });
	const resetToken = /\/en\/reset\/([a-z2-7.]+)/.exec(await reset.text())![1];

	const firstId = (table: 'dish' | 'festival') =>
		readDb((db) => db.prepare(`SELECT min(id) FROM ${table}`).pluck().get()) as number;
	const actions = everyAction();
	expect(actions.length).toBeGreaterThanOrEqual(25);
	for (const { route, action } of actions) {
		const path =
			'/' +
			route
				.split('/')
				.filter((part) => !/^\(.*\)$/.test(part))
				.map((part) => {
					if (part === '[lang=locale]') return 'en';
					if (part === '[date=date]') return date;
					if (part === '[token]')
						return route.includes('reset')
							? resetToken
							: route.includes('waitlist')
								? waitToken
								: bookingToken;
					// The department's editors: a record that exists, so the page renders its answer.
					if (part === '[slug]') return 'ky-lua-market';
					if (part === '[page]') return 'mau-son';
					if (part === '[id]' && route.includes('dishes')) return String(firstId('dish'));
					if (part === '[id]' && route.includes('festivals')) return String(firstId('festival'));
					return /^\[id(=id)?\]$/.test(part) ? String(eventId) : part;
				})
				.join('/') +
			(action === 'default' ? '' : `?/${action}`);
		// Logging out is for someone signed in (the page sends others to the login page).
		const as = route.includes('admin')
			? admin
			: /business|logout/.test(route)
				? business
				: anonymous;
		for (const broken of BROKEN) {
			const res = await as.fetch(path, {
				method: 'POST',
				headers: { 'content-type': broken.type },
				data: broken.body,
				maxRedirects: 0
			});
			const label = `${path} with ${broken.label}`;
			expect(res.status(), label).toBe(400);
			expect(await res.text(), label).toContain(en.errors.formUnreadable);
		}
	}
	await Promise.all([business.dispose(), admin.dispose(), anonymous.dispose()]);
});
