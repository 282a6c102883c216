import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_WIDTHS } from '$lib/photo';
import { MAX_IMAGE_BYTES, sniffImage, uploadsDir } from './images';
import type { FormReader } from '../platform/form';

// One thread for encoding: an officer's upload must not take both cores from the visitors.
sharp.concurrency(1);

/** Pictures with more pixels than this (40 megapixels) are refused before they are decoded. */
export const MAX_PHOTO_PIXELS = 40_000_000;

export type PhotoProblem =
	'accountErrors.imageType' | 'accountErrors.imageHeic' | 'accountErrors.imageTooManyPixels';

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
	if (isHeif(bytes)) return 'accountErrors.imageHeic';
	if (!isAvif(bytes) && !sniffImage(bytes)) return 'accountErrors.imageType';
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
		return { problem: 'accountErrors.imageTooManyPixels' };
	const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' } as const;
	let meta: Metadata;
	try {
		meta = await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch {
		return { problem: 'accountErrors.imageType' };
	}
	if (!meta.width || !meta.height) return { problem: 'accountErrors.imageType' };
	if (meta.width * meta.height > MAX_PHOTO_PIXELS)
		return { problem: 'accountErrors.imageTooManyPixels' };
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
		return { problem: 'accountErrors.imageType' };
	}
	return { photo: { file: `${id}-${largest.width}.jpg`, ...largest } };
}

/**
 * The picture sent in a form's file field, checked (size, kind, HEIC) but not yet decoded; null
 * when none was chosen or it is refused (the reason is then in `form.errors[name]`).
 */
export async function readPhotoUpload(
	data: FormData,
	form: FormReader,
	name: string
): Promise<Uint8Array | null> {
	const file = data.get(name);
	if (typeof file === 'string') {
		if (file !== '') form.errors[name] = 'accountErrors.imageType';
		return null;
	}
	if (file === null || file.size === 0) return null;
	if (file.size > MAX_IMAGE_BYTES) {
		form.errors[name] = 'accountErrors.imageTooLarge';
		return null;
	}
	const bytes = new Uint8Array(await file.arrayBuffer());
	const problem = checkPhoto(bytes);
	if (problem) form.errors[name] = problem;
	return problem ? null : bytes;
}
