import { expect, test, type APIRequestContext } from '@playwright/test';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import enAccount from '../../src/lib/i18n/account/en.json' with { type: 'json' };
import {
	businessForm,
	client,
	createAdmin,
	emailFor,
	loginVia,
	readDb,
	registerVia
} from './helpers';

const HUGE = 'x'.repeat(10_000);
const CONTROL = 'bad\u0000value\u202E\u0007';
// Messages for everyone, and those only the account areas show (kept in their own file).
const ERROR_TEXTS = [...Object.values(en.errors), ...Object.values(enAccount.accountErrors)].map(
	(text) => text.replace(/{{count}}/, '')
);
interface FormCase {
	name: string;
	client: () => APIRequestContext;
	path: string;
	valid: Record<string, string>;
	/** Fields that may be left out (a ward, a map pin, a note): leaving them out is not bad input. */
	optional?: string[];
}

/** Every kind of bad submission for a form: empty, missing, huge, control characters, files. */
function badSubmissions(valid: Record<string, string>, optional: string[] = []) {
	const fields = Object.keys(valid);
	const cases: {
		label: string;
		form?: Record<string, string>;
		multipart?: Record<string, unknown>;
	}[] = [{ label: 'empty body', form: {} }];
	for (const field of fields) {
		const { [field]: _omitted, ...missing } = valid;
		void _omitted;
		if (!optional.includes(field)) cases.push({ label: `missing ${field}`, form: missing });
		cases.push({ label: `10 kB ${field}`, form: { ...valid, [field]: HUGE } });
		cases.push({ label: `control characters in ${field}`, form: { ...valid, [field]: CONTROL } });
		cases.push({
			label: `a file as ${field}`,
			multipart: {
				...valid,
				[field]: { name: 'x.bin', mimeType: 'application/octet-stream', buffer: Buffer.from('x') }
			}
		});
	}
	return cases;
}

test.describe('bad input on every form', () => {
	test('gets a 4xx with a translated message, never a 500, and writes nothing', async ({}, info) => {
		test.slow();
		const tag = info.project.name;
		const anonymous = await client(`bad-anon-${tag}`);
		const business = await client(`bad-biz-${tag}`);
		const businessEmail = emailFor(`bad-biz-${tag}`);
		await registerVia(business, businessEmail, `Quán thử ${tag}`);
		const adminEmail = emailFor(`bad-admin-${tag}`);
		createAdmin(adminEmail);
		const admin = await client(`bad-admin-${tag}`);
		await loginVia(admin, adminEmail);
		const businessId = String(
			readDb((db) =>
				db.prepare('SELECT business_id FROM user WHERE email = ?').pluck().get(businessEmail)
			)
		);
		const resetPage = await admin.post('/en/admin/users?/reset', {
			form: {
				id: String(
					readDb((db) =>
						db.prepare('SELECT id FROM user WHERE email = ?').pluck().get(businessEmail)
					)
				)
			}
		});
		const resetPath = /\/en\/reset\/[a-z2-7.]+/.exec(await resetPage.text())![0];

		const forms: FormCase[] = [
			{
				name: 'login',
				client: () => anonymous,
				path: '/en/login',
				valid: { email: 'nobody@example.vn', password: 'a fine password' }
			},
			{
				name: 'register',
				client: () => anonymous,
				path: '/en/register',
				valid: businessForm(emailFor(`bad-new-${tag}`), `Quán mới ${tag}`, {
					lat: '21.85',
					lon: '106.75'
				}),
				optional: ['ward', 'lat', 'lon']
			},
			{
				name: 'profile',
				client: () => business,
				path: '/en/business/account?/profile',
				valid: {
					name: `Quán thử ${tag}`,
					kind: 'shop',
					phone: '0205 3870 111',
					address: 'Phố Lê Lai',
					ward: 'Tam Thanh',
					lat: '21.85',
					lon: '106.75'
				},
				optional: ['ward', 'lat', 'lon']
			},
			{
				name: 'password',
				client: () => business,
				path: '/en/business/account?/password',
				valid: {
					currentPassword: 'not my password',
					newPassword: 'a brand new phrase',
					passwordConfirm: 'a brand new phrase'
				}
			},
			{
				name: 'suspend',
				client: () => admin,
				path: '/en/admin/businesses?/suspend',
				valid: { id: '999999', reason: 'test' }
			},
			{
				name: 'verify',
				client: () => admin,
				path: '/en/admin/businesses?/verify',
				valid: { id: '999999', reason: '' }
			},
			{
				name: 'reinstate',
				client: () => admin,
				path: '/en/admin/businesses?/reinstate',
				valid: { id: businessId, reason: '' }
			},
			{
				name: 'reset link',
				client: () => admin,
				path: '/en/admin/users?/reset',
				valid: { id: '999999' }
			},
			{
				name: 'new password',
				client: () => anonymous,
				path: resetPath,
				valid: { newPassword: 'password', passwordConfirm: 'password' }
			}
		];

		const newEmail = forms[1].valid.email;
		// What this test could have written (other tests run at the same time, so only ours counts).
		const written = () =>
			readDb((db) => ({
				newAccounts: db.prepare('SELECT count(*) FROM user WHERE email = ?').pluck().get(newEmail),
				sessions: db
					.prepare(
						'SELECT count(*) FROM session WHERE user_id IN (SELECT id FROM user WHERE email IN (?, ?))'
					)
					.pluck()
					.get(businessEmail, adminEmail),
				resets: db
					.prepare(
						'SELECT count(*) FROM password_reset WHERE user_id IN (SELECT id FROM user WHERE email = ?)'
					)
					.pluck()
					.get(businessEmail),
				business: db
					.prepare(
						'SELECT name, kind, phone, address, ward, lat, lon, status, status_reason FROM business WHERE id = ?'
					)
					.get(businessId),
				passwordHash: db
					.prepare('SELECT password_hash FROM user WHERE email = ?')
					.pluck()
					.get(businessEmail)
			}));
		const before = written();
		expect(before.newAccounts).toBe(0);
		for (const form of forms) {
			for (const submission of badSubmissions(form.valid, form.optional)) {
				const res = await form.client().post(form.path, {
					form: submission.form,
					multipart: submission.multipart as never,
					maxRedirects: 0
				});
				const label = `${form.name}: ${submission.label}`;
				expect(res.status(), label).toBeGreaterThanOrEqual(400);
				expect(res.status(), label).toBeLessThan(500);
				const body = await res.text();
				expect(
					ERROR_TEXTS.some((text) => body.includes(text)),
					`${label}: a translated message`
				).toBe(true);
				expect(body, label).not.toMatch(/>(errors|accountErrors)\.[a-zA-Z]+</);
				expect(body, label).not.toContain(HUGE);
			}
		}
		// Nothing was added or half-written: no new account, session or reset link, and the business's
		// profile, status and password are as they were.
		const after = written();
		expect(after).toEqual(before);
		expect((after.business as { status: string }).status).toBe('pending');
		await Promise.all([anonymous.dispose(), business.dispose(), admin.dispose()]);
	});
});
