export const PLACE_CATEGORIES = [
	'night',
	'market',
	'heritage',
	'nature',
	'mountain',
	'border',
	'park'
] as const;

export type PlaceCategory = (typeof PLACE_CATEGORIES)[number];

export function isPlaceCategory(value: unknown): value is PlaceCategory {
	return typeof value === 'string' && (PLACE_CATEGORIES as readonly string[]).includes(value);
}

/** Marker and legend colours, one per category, each with at least 4.5:1 contrast on white. */
export const CATEGORY_COLOURS: Record<PlaceCategory, string> = {
	night: '#6d28d9',
	market: '#b45309',
	heritage: '#a3203f',
	nature: '#2f6b3f',
	mountain: '#1e5a8a',
	border: '#475569',
	park: '#0f766e'
};
