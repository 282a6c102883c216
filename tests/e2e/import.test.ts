import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { adminClient, ownServer, stopServer } from './helpers';

/** Public place data of a portal, as the open-data API gives it. */
async function publicPlaces(ctx: Awaited<ReturnType<typeof adminClient>>) {
	const res = await ctx.get('/api/v1/places.json');
	expect(res.status()).toBe(200);
	return (await res.json()).places;
}

test('places exported as GeoJSON and imported into an empty portal give the same public pages @once', async () => {
	test.setTimeout(120_000);
	const source = await adminClient('import-source');
	const exported = await source.get('/en/admin/places/export.geojson');
	expect(exported.status()).toBe(200);
	expect(exported.headers()['content-type']).toContain('application/geo+json');
	const file = await exported.text();
	const count = JSON.parse(file).features.length;
	expect(count).toBeGreaterThan(10);

	const { dir, base, server } = await ownServer('import', 27, { env: { DEMO_DATA: '0' } });
	try {
		const admin = await adminClient('import-target', base, join(dir, 'portal.db'));
		const upload = (text: string) =>
			admin.post('/en/admin/places/import?/check', {
				multipart: {
					file: {
						name: 'places.geojson',
						mimeType: 'application/geo+json',
						buffer: Buffer.from(text)
					}
				}
			});
		// The preview says what would happen and writes nothing.
		let preview = await (await upload(file)).text();
		expect(preview).toContain(`${count} added · 0 changed · 0 unchanged`);
		expect(await publicPlaces(admin)).toEqual([]);
		const confirm = (text: string) =>
			admin.post('/en/admin/places/import?/confirm', { form: { file: text } });
		expect(await (await confirm(file)).text()).toContain(`${count} places written.`);
		expect(await publicPlaces(admin)).toEqual(await publicPlaces(source));
		for (const slug of ['ky-lua-walking-street', 'mau-son']) {
			const [a, b] = await Promise.all(
				[source, admin].map(async (c) => {
					const html = await (await c.get(`/zh/places/${slug}`)).text();
					return /<h1[^>]*>([^<]*)<\/h1>[\s\S]*?<p class="lead"[^>]*>([^<]*)</.exec(html)!.slice(1);
				})
			);
			expect(b).toEqual(a);
		}

		// A changed file: its changes in the preview, written only once confirmed.
		const changed = JSON.parse(file);
		changed.features[0].properties.name_en = 'The walking street, renamed';
		changed.features[1].properties.fee_vnd = 12345;
		const text = JSON.stringify(changed);
		preview = await (await upload(text)).text();
		expect(preview).toContain(`0 added · 2 changed · ${count - 2} unchanged`);
		expect(preview).toContain('Name (English)');
		expect(preview).toContain('Adult fee (VND)');
		const slug = changed.features[0].id;
		const name = async () =>
			/<h1[^>]*>([^<]*)</.exec(await (await admin.get(`/en/places/${slug}`)).text())![1];
		expect(await name()).not.toBe('The walking street, renamed');
		await confirm(text);
		expect(await name()).toBe('The walking street, renamed');

		// A broken file is refused with the row and field, and nothing is written.
		changed.features[2].geometry.coordinates = [2.35, 48.85];
		changed.features[2].properties.name_en = 'Paris';
		const refused = await upload(JSON.stringify(changed));
		expect(refused.status()).toBe(400);
		const problems = await refused.text();
		expect(problems).toContain('Row 3:');
		expect(problems).toContain('Nothing was written');
		await admin.dispose();
	} finally {
		await stopServer(server);
		await source.dispose();
	}
});
