import { expect, test, type APIRequestContext } from '@playwright/test';
import {
	businessForm,
	client,
	createAdmin,
	emailFor,
	loginVia,
	readDb,
	registerVia
} from './helpers';

type Who = 'anonymous' | 'businessA' | 'businessB' | 'admin';
type Outcome = 'ok' | 'login' | 'forbidden';

interface Probe {
	method: 'GET' | 'POST';
	path: string;
	form?: Record<string, string> | ((who: Who) => Record<string, string>);
	expect: Record<Who, Outcome>;
}

const BUSINESS_ONLY: Record<Who, Outcome> = {
	anonymous: 'login',
	businessA: 'ok',
	businessB: 'ok',
	admin: 'forbidden'
};
const ADMIN_ONLY: Record<Who, Outcome> = {
	anonymous: 'login',
	businessA: 'forbidden',
	businessB: 'forbidden',
	admin: 'ok'
};

test.describe('access control', () => {
	test('every protected page and action, as anonymous, business A, business B and admin', async ({}, info) => {
		test.slow();
		const tag = info.project.name;
		const emails = {
			businessA: emailFor(`a-${tag}`),
			businessB: emailFor(`b-${tag}`),
			admin: emailFor(`admin-access-${tag}`)
		};
		const names = { businessA: `Quán A ${tag}`, businessB: `Quán B ${tag}` };
		const clients = {} as Record<Who, APIRequestContext>;
		clients.anonymous = await client(`anon-${tag}`);
		for (const who of ['businessA', 'businessB'] as const) {
			clients[who] = await client(`${who}-${tag}`);
			await registerVia(clients[who], emails[who], names[who]);
		}
		createAdmin(emails.admin);
		clients.admin = await client(`admin-access-${tag}`);
		await loginVia(clients.admin, emails.admin);

		const bId = readDb((db) =>
			db.prepare('SELECT business_id FROM user WHERE email = ?').pluck().get(emails.businessB)
		) as number;
		const userB = readDb((db) =>
			db.prepare('SELECT id FROM user WHERE email = ?').pluck().get(emails.businessB)
		) as number;

		// Each business posts its own name with a new phone number.
		const profile = (who: Who) => ({
			...businessForm('', who === 'businessB' ? names.businessB : names.businessA),
			phone: who === 'businessB' ? '0205 2222 333' : '0205 1111 222'
		});
		const probes: Probe[] = [
			{ method: 'GET', path: '/en/business', expect: BUSINESS_ONLY },
			{ method: 'GET', path: '/en/business/account', expect: BUSINESS_ONLY },
			// A business id in the form is ignored: the session decides whose profile changes.
			{
				method: 'POST',
				path: '/en/business/account?/profile',
				form: (who) => ({ ...profile(who), id: String(bId) }),
				expect: BUSINESS_ONLY
			},
			{
				method: 'POST',
				path: '/en/business/account?/mail',
				form: { mailNewBookings: 'on' },
				expect: BUSINESS_ONLY
			},
			{
				method: 'POST',
				path: '/en/business/account?/password',
				form: { currentPassword: 'wrong', newPassword: 'x', passwordConfirm: 'x' },
				expect: BUSINESS_ONLY
			},
			{ method: 'GET', path: '/en/admin', expect: ADMIN_ONLY },
			{ method: 'GET', path: '/en/admin/businesses', expect: ADMIN_ONLY },
			{ method: 'GET', path: '/en/admin/users', expect: ADMIN_ONLY },
			{ method: 'GET', path: '/en/admin/audit', expect: ADMIN_ONLY },
			{
				method: 'POST',
				path: '/en/admin/businesses?/suspend',
				form: { id: String(bId), reason: '' },
				expect: ADMIN_ONLY
			},
			{
				method: 'POST',
				path: '/en/admin/businesses?/verify',
				form: { id: '0' },
				expect: ADMIN_ONLY
			},
			{
				method: 'POST',
				path: '/en/admin/businesses?/reinstate',
				form: { id: '0' },
				expect: ADMIN_ONLY
			},
			{ method: 'POST', path: '/en/admin/users?/reset', form: { id: 'x' }, expect: ADMIN_ONLY },
			{ method: 'GET', path: '/vi/admin/audit?before=1', expect: ADMIN_ONLY },
			{ method: 'GET', path: '/zh/business/account', expect: BUSINESS_ONLY },
			// The department's content: pages, and actions sent with input they refuse (400), so
			// nothing changes for the other tests.
			...[
				'/en/admin/places',
				'/en/admin/places/new',
				'/en/admin/places/ky-lua-market',
				'/en/admin/places/import',
				'/en/admin/places/export.csv',
				'/en/admin/places/export.geojson',
				'/en/admin/pages',
				'/vi/admin/pages/privacy',
				'/en/admin/festivals',
				'/en/admin/festivals/new',
				'/zh/admin/settings'
			].map((path): Probe => ({ method: 'GET', path, expect: ADMIN_ONLY })),
			...(
				[
					['/en/admin/places/new?/save', {}],
					['/en/admin/places/ky-lua-market?/save', { name_vi: '' }],
					['/en/admin/places/ky-lua-market?/delete', {}],
					['/en/admin/places/ky-lua-market?/addPhoto', {}],
					['/en/admin/places/ky-lua-market?/photo', { photo_id: 'x' }],
					['/en/admin/places/import?/check', {}],
					['/en/admin/places/import?/confirm', {}],
					['/en/admin/pages/mau-son?/save', {}],
					['/en/admin/pages/mau-son?/restore', { version: 'x' }],
					['/en/admin/festivals/new?/save', {}],
					['/en/admin/festivals?/season', {}],
					['/en/admin/festivals?/deleteSeason', { id: 'x' }],
					['/en/admin/settings?/identity', {}],
					['/en/admin/settings?/targets', { year_0: 'x' }],
					['/en/admin/outbox?/resend', { id: 'x' }]
				] as const
			).map(([path, form]): Probe => ({
				method: 'POST',
				path,
				form: { ...form },
				expect: ADMIN_ONLY
			}))
		];

		for (const probe of probes) {
			for (const who of ['anonymous', 'businessA', 'businessB', 'admin'] as const) {
				const ctx = clients[who];
				const res =
					probe.method === 'GET'
						? await ctx.get(probe.path, { maxRedirects: 0 })
						: await ctx.post(probe.path, {
								form: typeof probe.form === 'function' ? probe.form(who) : probe.form,
								maxRedirects: 0
							});
				const label = `${who} ${probe.method} ${probe.path}`;
				const outcome = probe.expect[who];
				if (outcome === 'login') {
					expect(res.status(), label).toBe(303);
					expect(res.headers()['location'], label).toMatch(/^\/(vi|en|zh)\/login\?next=/);
				} else if (outcome === 'forbidden') {
					expect(res.status(), label).toBe(403);
				} else {
					// Reached the page or the action: shown (200), or refused for its input (400).
					expect([200, 400], label).toContain(res.status());
				}
			}
		}

		// Each business sees its own record and nobody else's.
		const a = await (await clients.businessA.get('/en/business')).text();
		const b = await (await clients.businessB.get('/en/business')).text();
		expect(a).toContain(emails.businessA);
		expect(a).not.toContain(emails.businessB);
		expect(a).not.toContain(names.businessB);
		expect(b).toContain(names.businessB);
		expect(b).not.toContain(emails.businessA);
		// A's profile post carrying B's id changed A only; the admin's suspend of B without a reason did nothing.
		readDb((db) => {
			const rows = db
				.prepare(
					'SELECT b.name, b.phone, b.status FROM business b JOIN user u ON u.business_id = b.id WHERE u.email IN (?, ?) ORDER BY u.email = ?'
				)
				.all(emails.businessA, emails.businessB, emails.businessB) as {
				name: string;
				phone: string;
				status: string;
			}[];
			expect(rows).toEqual([
				{ name: names.businessA, phone: '0205 1111 222', status: 'pending' },
				{ name: names.businessB, phone: '0205 2222 333', status: 'pending' }
			]);
		});
		// Nobody but the admin could issue B a reset link.
		expect(
			readDb((db) =>
				db.prepare('SELECT count(*) FROM password_reset WHERE user_id = ?').pluck().get(userB)
			)
		).toBe(0);
		await Promise.all(Object.values(clients).map((c) => c.dispose()));
	});
});
