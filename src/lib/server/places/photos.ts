import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_WIDTHS } from '$lib/photo';
import { sniffImage, uploadsDir } from './images';

/** Pictures with more pixels than this (40 megapixels) are refused before they are decoded. */
export const MAX_PHOTO_PIXELS = 40_000_000;

export type PhotoProblem = 'errors.imageType' | 'errors.imageHeic' | 'errors.imageTooManyPixels';

/** iPhones' HEIC (and other HEIF) files: sharp's prebuilt build cannot read them. */
function isHeif(bytes: Uint8Array): boolean {
	const brand = Buffer.from(bytes.subarray(4, 12)).toString('latin1');
	return /^ftyp(heic|heix|hevc|hevx|mif1|msf1)$/.test(brand);
}

function isAvif(bytes: Uint8Array): boolean {
	return /^ftypavi[fs]$/.test(Buffer.from(bytes.subarray(4, 12)).toString('latin1'));
}

/** Whether the bytes are a picture we take (JPEG, PNG, WebP, AVIF), or why not. */
export function checkPhoto(bytes: Uint8Array): PhotoProblem | null {
	if (isHeif(bytes)) return 'errors.imageHeic';
	if (!isAvif(bytes) && !sniffImage(bytes)) return 'errors.imageType';
	return null;
}

/**
 * A picture decoded and written again by sharp, never stored as it came: turned upright by its
 * EXIF orientation, every piece of metadata (EXIF, GPS, camera) left behind, as AVIF, WebP and a
 * JPEG fallback at each width of PHOTO_WIDTHS it reaches, under one random name. `file` is the
 * largest JPEG (`<id>-<width>.jpg`), which pages use to find the other variants.
 */
export async function storePhoto(
	bytes: Uint8Array
): Promise<{ photo: { file: string; width: number; height: number } } | { problem: PhotoProblem }> {
	const problem = checkPhoto(bytes);
	if (problem) return { problem };
	// The size its header claims, checked before any decoding.
	const header = sniffImage(bytes);
	if (header && header.width * header.height > MAX_PHOTO_PIXELS)
		return { problem: 'errors.imageTooManyPixels' };
	const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' } as const;
	let meta: Metadata;
	try {
		meta = await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch {
		return { problem: 'errors.imageType' };
	}
	if (!meta.width || !meta.height) return { problem: 'errors.imageType' };
	if (meta.width * meta.height > MAX_PHOTO_PIXELS) return { problem: 'errors.imageTooManyPixels' };
	const upright = (meta.orientation ?? 1) >= 5;
	const width = upright ? meta.height : meta.width;
	const widths = [...new Set([...PHOTO_WIDTHS.filter((w) => w < width), Math.min(width, 1600)])];
	const id = randomBytes(16).toString('hex');
	const dir = uploadsDir();
	mkdirSync(dir, { recursive: true });
	let largest = { width: 0, height: 0 };
	try {
		for (const w of widths) {
			const resized = () => sharp(bytes, options).rotate().resize({ width: w });
			const jpeg = await resized().jpeg({ quality: 80, mozjpeg: true }).toBuffer({
				resolveWithObject: true
			});
			const webp = await resized().webp({ quality: 75 }).toBuffer();
			// A lower effort than the default: the owner waits for the upload, and the file is hardly larger.
			const avif = await resized().avif({ quality: 50, effort: 2 }).toBuffer();
			writeFileSync(join(dir, `${id}-${w}.jpg`), jpeg.data, { flag: 'wx' });
			writeFileSync(join(dir, `${id}-${w}.webp`), webp, { flag: 'wx' });
			writeFileSync(join(dir, `${id}-${w}.avif`), avif, { flag: 'wx' });
			largest = { width: jpeg.info.width, height: jpeg.info.height };
		}
	} catch {
		return { problem: 'errors.imageType' };
	}
	return { photo: { file: `${id}-${largest.width}.jpg`, ...largest } };
}
