import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { photoSources } from '$lib/photo';
import { storePhoto } from './photos';

let dir: string;
let previous: string | undefined;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'vls-photos-'));
	previous = process.env.DATABASE_PATH;
	process.env.DATABASE_PATH = join(dir, 'portal.db');
});
afterEach(() => {
	if (previous === undefined) delete process.env.DATABASE_PATH;
	else process.env.DATABASE_PATH = previous;
	rmSync(dir, { recursive: true, force: true });
});

/** A phone's photo: 1200 × 600 as stored, to be turned upright (EXIF orientation 6), with GPS. */
const phonePhoto = () =>
	sharp({ create: { width: 1200, height: 600, channels: 3, background: '#b3264a' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'PhoneCam' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 51/1 0/1' }
		})
		.withMetadata({ orientation: 6 })
		.toBuffer();

describe('storing a photo', () => {
	it('turns it upright and keeps no EXIF or GPS in any variant', async () => {
		const input = await phonePhoto();
		const before = await sharp(input).metadata();
		expect(before.orientation).toBe(6);
		expect(before.exif).toBeDefined();

		const stored = await storePhoto(new Uint8Array(input));
		if (!('photo' in stored)) throw new Error(stored.problem);
		// Upright: the 1200-pixel side is now the height.
		expect(stored.photo).toMatchObject({ width: 600, height: 1200 });
		expect(stored.photo.file).toMatch(/^[a-z0-9]{32}-600\.jpg$/);
		const files = readdirSync(join(dir, 'uploads')).sort();
		const id = stored.photo.file.slice(0, 32);
		expect(files).toEqual(
			[
				`${id}-480.avif`,
				`${id}-480.jpg`,
				`${id}-480.webp`,
				`${id}-600.avif`,
				`${id}-600.jpg`,
				`${id}-600.webp`
			].sort()
		);
		for (const file of files) {
			const bytes = readFileSync(join(dir, 'uploads', file));
			const meta = await sharp(bytes).metadata();
			expect(meta.exif, file).toBeUndefined();
			expect(meta.orientation ?? 1, file).toBe(1);
			expect(meta.height! > meta.width!, file).toBe(true);
			expect(bytes.includes('PhoneCam'), file).toBe(false);
		}
		expect(photoSources(stored.photo.file)).toEqual({
			avif: `/media/${id}-480.avif 480w, /media/${id}-600.avif 600w`,
			webp: `/media/${id}-480.webp 480w, /media/${id}-600.webp 600w`,
			jpeg: `/media/${id}-480.jpg 480w, /media/${id}-600.jpg 600w`
		});
	});

	it('refuses what it cannot or must not read, saying why', async () => {
		// A PNG header claiming 20000 × 20000 pixels: refused before anything is decoded.
		const huge = Buffer.alloc(64);
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(huge, 0);
		huge.writeUInt32BE(13, 8);
		huge.write('IHDR', 12, 'latin1');
		huge.writeUInt32BE(20000, 16);
		huge.writeUInt32BE(20000, 20);
		huge.set([8, 2, 0, 0, 0], 24);
		expect(await storePhoto(new Uint8Array(huge))).toEqual({
			problem: 'accountErrors.imageTooManyPixels'
		});
		const svg = Buffer.from(
			'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
		);
		expect(await storePhoto(new Uint8Array(svg))).toEqual({ problem: 'accountErrors.imageType' });
		const script = Buffer.from('#!/bin/sh\nrm -rf /\n');
		expect(await storePhoto(new Uint8Array(script))).toEqual({
			problem: 'accountErrors.imageType'
		});
		const heic = Buffer.concat([
			Buffer.from([0, 0, 0, 24]),
			Buffer.from('ftypheic'),
			Buffer.alloc(32)
		]);
		expect(await storePhoto(new Uint8Array(heic))).toEqual({ problem: 'accountErrors.imageHeic' });
		expect(readdirSync(dir)).not.toContain('uploads');
	});
});

describe('pictures stored before photos were re-encoded', () => {
	it('are re-encoded by the housekeeping, and the originals with their GPS removed', async () => {
		const { openDatabase } = await import('../platform/db');
		const { initialiseContent } = await import('../demo/demo');
		const { runMaintenance } = await import('../platform/maintenance');
		const { saveImage, sniffImage } = await import('./images');
		const db = openDatabase(process.env.DATABASE_PATH!);
		initialiseContent(db, true);
		const bytes = new Uint8Array(await phonePhoto());
		const legacy = saveImage(bytes, sniffImage(bytes)!);
		db.prepare(
			'UPDATE event SET image = ?, image_width = 1200, image_height = 600 WHERE id = 1'
		).run(legacy);
		const old = Date.now() / 1000 - 2 * 86400;
		utimesSync(join(dir, 'uploads', legacy), old, old);
		const report = await runMaintenance(db);
		expect(report.picturesReencoded).toBe(1);
		const row = db
			.prepare('SELECT image, image_width AS w, image_height AS h FROM event WHERE id = 1')
			.get() as {
			image: string;
			w: number;
			h: number;
		};
		expect(row).toMatchObject({
			image: expect.stringMatching(/^[a-z0-9]{32}-600\.jpg$/),
			w: 600,
			h: 1200
		});
		expect(readdirSync(join(dir, 'uploads'))).not.toContain(legacy);
		const served = await sharp(readFileSync(join(dir, 'uploads', row.image))).metadata();
		expect(served.exif).toBeUndefined();
		db.close();
	});
});
