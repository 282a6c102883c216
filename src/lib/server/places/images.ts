import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { databasePath, prepared, type Db } from '../platform/db';

/** A phone's full-size photo fits; it is stored re-encoded and much smaller. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;

export interface ImageInfo {
	type: 'image/jpeg' | 'image/png' | 'image/webp';
	ext: 'jpg' | 'png' | 'webp';
	width: number;
	height: number;
}

/**
 * The kind and size of an image, read from its bytes (never from its name or the browser's word):
 * JPEG, PNG or WebP, or null for anything else, such as a script renamed .jpg.
 */
export function sniffImage(bytes: Uint8Array): ImageInfo | null {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) {
		if (b.toString('latin1', 12, 16) !== 'IHDR') return null;
		return sized({
			type: 'image/png',
			ext: 'png',
			width: b.readUInt32BE(16),
			height: b.readUInt32BE(20)
		});
	}
	if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
		let i = 2;
		while (i + 9 < b.length) {
			if (b[i] !== 0xff) return null;
			const marker = b[i + 1];
			const length = b.readUInt16BE(i + 2);
			// Start-of-frame markers carry the size (C0–CF except C4, C8, CC).
			if (
				marker >= 0xc0 &&
				marker <= 0xcf &&
				marker !== 0xc4 &&
				marker !== 0xc8 &&
				marker !== 0xcc
			) {
				return sized({
					type: 'image/jpeg',
					ext: 'jpg',
					width: b.readUInt16BE(i + 7),
					height: b.readUInt16BE(i + 5)
				});
			}
			i += 2 + length;
		}
		return null;
	}
	if (
		b.length >= 30 &&
		b.toString('latin1', 0, 4) === 'RIFF' &&
		b.toString('latin1', 8, 12) === 'WEBP'
	) {
		const chunk = b.toString('latin1', 12, 16);
		if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
			return sized({
				type: 'image/webp',
				ext: 'webp',
				width: b.readUInt16LE(26) & 0x3fff,
				height: b.readUInt16LE(28) & 0x3fff
			});
		}
		if (chunk === 'VP8L' && b[20] === 0x2f) {
			const bits = b.readUInt32LE(21);
			return sized({
				type: 'image/webp',
				ext: 'webp',
				width: (bits & 0x3fff) + 1,
				height: ((bits >> 14) & 0x3fff) + 1
			});
		}
		if (chunk === 'VP8X') {
			return sized({
				type: 'image/webp',
				ext: 'webp',
				width: b.readUIntLE(24, 3) + 1,
				height: b.readUIntLE(27, 3) + 1
			});
		}
	}
	return null;
}

function sized(info: ImageInfo): ImageInfo | null {
	return info.width > 0 && info.height > 0 && info.width <= 20000 && info.height <= 20000
		? info
		: null;
}

/** Uploaded images live beside the database, under uploads/. */
export function uploadsDir(): string {
	return join(dirname(resolve(databasePath())), 'uploads');
}

/** A stored picture: a photo's variant (`<id>-<width>.<ext>`), or one stored before variants. */
export const IMAGE_NAME = /^[a-z0-9]{32}(-\d{1,4}\.(jpg|webp|avif)|\.(jpg|png|webp))$/;

/** Stores an image under a random name; the name the person's file had is never used. */
export function saveImage(bytes: Uint8Array, info: ImageInfo): string {
	const dir = uploadsDir();
	mkdirSync(dir, { recursive: true });
	const file = `${randomBytes(16).toString('hex')}.${info.ext}`;
	writeFileSync(join(dir, file), bytes, { flag: 'wx' });
	return file;
}

/**
 * Deletes uploaded pictures nothing uses any more (replaced, removed, or of a deleted event or place).
 * Files younger than a day are kept: one may belong to an edit being saved right now.
 */
export function sweepOrphanImages(db: Db, nowMs = Date.now()): number {
	let files: string[];
	try {
		files = readdirSync(uploadsDir()).filter((f) => IMAGE_NAME.test(f));
	} catch {
		return 0;
	}
	const used = new Set(
		prepared<[], string>(
			db,
			`SELECT image FROM event WHERE image IS NOT NULL
			UNION SELECT file FROM photo
			UNION SELECT json_extract(pending_changes, '$.image.file') FROM event
			WHERE pending_changes IS NOT NULL AND json_extract(pending_changes, '$.image.file') IS NOT NULL`
		)
			.pluck()
			.all()
	);
	// A photo is used with all its variants: they share the id before the width.
	const usedIds = new Set([...used].map((file) => file.slice(0, 32)));
	let removed = 0;
	for (const file of files) {
		const path = join(uploadsDir(), file);
		if (used.has(file) || usedIds.has(file.slice(0, 32))) continue;
		if (nowMs - statSync(path).mtimeMs < 86_400_000) continue;
		unlinkSync(path);
		removed++;
	}
	return removed;
}
