import { describe, expect, it } from 'vitest';
import { sniffImage } from './images';

function png(width: number, height: number): Uint8Array {
	const b = Buffer.alloc(33);
	b.writeUInt32BE(0x89504e47, 0);
	b.writeUInt32BE(0x0d0a1a0a, 4);
	b.writeUInt32BE(13, 8);
	b.write('IHDR', 12, 'latin1');
	b.writeUInt32BE(width, 16);
	b.writeUInt32BE(height, 20);
	return b;
}

function jpeg(width: number, height: number): Uint8Array {
	// SOI, an APP0 segment, then a baseline SOF0 with the size.
	const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
	const sof = [
		0xff,
		0xc0,
		0x00,
		0x11,
		8,
		height >> 8,
		height & 255,
		width >> 8,
		width & 255,
		3,
		1,
		0x22,
		0,
		2,
		0x11,
		1,
		3,
		0x11,
		1
	];
	return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

function webp(width: number, height: number): Uint8Array {
	const b = Buffer.alloc(30);
	b.write('RIFF', 0, 'latin1');
	b.writeUInt32LE(22, 4);
	b.write('WEBP', 8, 'latin1');
	b.write('VP8X', 12, 'latin1');
	b.writeUIntLE(width - 1, 24, 3);
	b.writeUIntLE(height - 1, 27, 3);
	return b;
}

describe('image sniffing', () => {
	it('recognises PNG, JPEG and WebP by their bytes, with their size', () => {
		expect(sniffImage(png(800, 600))).toEqual({
			type: 'image/png',
			ext: 'png',
			width: 800,
			height: 600
		});
		expect(sniffImage(jpeg(1024, 768))).toEqual({
			type: 'image/jpeg',
			ext: 'jpg',
			width: 1024,
			height: 768
		});
		expect(sniffImage(webp(640, 480))).toEqual({
			type: 'image/webp',
			ext: 'webp',
			width: 640,
			height: 480
		});
	});

	it('refuses a script renamed .jpg, SVG, GIF, empty and truncated files', () => {
		for (const fake of [
			Buffer.from('<script>alert(1)</script>'),
			Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
			Buffer.from('GIF89a\x01\x00\x01\x00'),
			Buffer.alloc(0),
			png(800, 600).slice(0, 20),
			Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00])
		]) {
			expect(sniffImage(fake)).toBeNull();
		}
		expect(sniffImage(png(0, 600))).toBeNull();
	});
});

describe('unused pictures', () => {
	it('are swept once no event uses them and they are a day old', async () => {
		const { mkdtempSync, existsSync, utimesSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { openDatabase } = await import('../platform/db');
		const { initialiseContent } = await import('../demo/demo');
		const { saveImage, sweepOrphanImages, uploadsDir } = await import('./images');
		const dir = mkdtempSync(join(tmpdir(), 'vls-img-'));
		const previous = process.env.DATABASE_PATH;
		process.env.DATABASE_PATH = join(dir, 'portal.db');
		try {
			const db = openDatabase(process.env.DATABASE_PATH);
			initialiseContent(db, true);
			const info = sniffImage(png(10, 10))!;
			const kept = saveImage(png(10, 10), info);
			const orphan = saveImage(png(10, 10), info);
			const fresh = saveImage(png(10, 10), info);
			db.prepare(
				'UPDATE event SET image = ?, image_width = 10, image_height = 10 WHERE id = 1'
			).run(kept);
			const old = Date.now() / 1000 - 2 * 86400;
			for (const f of [kept, orphan]) utimesSync(join(uploadsDir(), f), old, old);
			expect(sweepOrphanImages(db)).toBe(1);
			expect(existsSync(join(uploadsDir(), kept))).toBe(true);
			expect(existsSync(join(uploadsDir(), orphan))).toBe(false);
			expect(existsSync(join(uploadsDir(), fresh))).toBe(true);
			db.close();
		} finally {
			if (previous === undefined) delete process.env.DATABASE_PATH;
			else process.env.DATABASE_PATH = previous;
		}
	});
});
