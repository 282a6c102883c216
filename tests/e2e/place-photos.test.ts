import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { adminClient, readDb } from './helpers';

/** A PNG whose header claims 20000 × 20000 pixels (400 megapixels). */
function hugePng(): Buffer {
	const png = Buffer.alloc(64);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
	png.writeUInt32BE(13, 8);
	png.write('IHDR', 12, 'latin1');
	png.writeUInt32BE(20000, 16);
	png.writeUInt32BE(20000, 20);
	png.set([8, 2, 0, 0, 0], 24);
	return png;
}

const texts = { alt_vi: 'Động Tam Thanh', alt_en: 'Tam Thanh cave', credit: 'Ảnh: Sở VHTTDL' };

test('place photos: refused files get translated messages, and the page serves AVIF and WebP at its size @once', async () => {
	const admin = await adminClient('place-photos');
	const path = '/vi/admin/places/to-thi-peak?/addPhoto';
	const photos = () =>
		readDb((db) =>
			db
				.prepare(
					"SELECT count(*) FROM photo WHERE place_id = (SELECT id FROM place WHERE slug = 'to-thi-peak')"
				)
				.pluck()
				.get()
		);
	const file = (name: string, buffer: Buffer, mimeType: string) => ({ name, mimeType, buffer });
	const refused: [ReturnType<typeof file>, string][] = [
		[file('big.png', hugePng(), 'image/png'), 'hơn 40 megapixel'],
		[
			file('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'),
			'không phải hình JPEG, PNG, WebP hay AVIF'
		],
		[file('photo.jpg', Buffer.from('#!/bin/sh\necho hi\n'), 'image/jpeg'), 'không phải hình JPEG'],
		[file('huge.jpg', Buffer.alloc(16_000_000), 'image/jpeg'), 'Hình lớn hơn 15 MB'],
		[
			file(
				'IMG_1.HEIC',
				Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(32)]),
				'image/heic'
			),
			'Ảnh HEIC của iPhone chưa đọc được'
		]
	];
	for (const [photo, message] of refused) {
		const res = await admin.post(path, { multipart: { ...texts, photo } });
		expect(res.status(), photo.name).toBe(400);
		expect(await res.text(), photo.name).toContain(message);
	}
	expect(photos()).toBe(0);

	const jpeg = await sharp({
		create: { width: 1600, height: 1000, channels: 3, background: '#2f6b3f' }
	})
		.jpeg()
		.toBuffer();
	const ok = await admin.post(path, {
		multipart: { ...texts, photo: file('cave.jpg', jpeg, 'image/jpeg') }
	});
	expect(ok.status()).toBe(200);
	expect(photos()).toBe(1);
	const html = await (await admin.get('/en/places/to-thi-peak')).text();
	const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)![0];
	expect(picture).toMatch(
		/<source type="image\/avif" srcset="[^"]*-480\.avif 480w, [^"]*-960\.avif 960w, [^"]*-1600\.avif 1600w"/
	);
	expect(picture).toMatch(/<source type="image\/webp" srcset="[^"]*-480\.webp 480w/);
	expect(picture).toMatch(/width="1600"/);
	expect(picture).toMatch(/height="1000"/);
	expect(picture).toContain('alt="Tam Thanh cave"');
	// The cover is above the fold: preloaded, not lazy.
	expect(html).toMatch(/<link rel="preload" as="image" type="image\/avif" imagesrcset=/);
	expect(html).toContain('Ảnh: Sở VHTTDL');
	await admin.dispose();
});
