/** The widths every photo is stored at (as far as it reaches), for `srcset`. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;

const VARIANT = /^([a-z0-9]{32})-(\d{1,4})\.jpg$/;

/**
 * The `srcset`s of a stored photo (its file is the largest JPEG, `<id>-<width>.jpg`), or null for
 * a picture stored before photos had variants.
 */
export function photoSources(file: string): { avif: string; webp: string; jpeg: string } | null {
	const match = VARIANT.exec(file);
	if (!match) return null;
	const [, id, largest] = match;
	const widths = [...PHOTO_WIDTHS.filter((w) => w < Number(largest)), Number(largest)];
	const set = (ext: string) => widths.map((w) => `/media/${id}-${w}.${ext} ${w}w`).join(', ');
	return { avif: set('avif'), webp: set('webp'), jpeg: set('jpg') };
}
