export const BUSINESS_KINDS = [
	'eatery',
	'night_market_stall',
	'accommodation',
	'tour_operator',
	'venue',
	'shop',
	'other'
] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

/** The wards that replaced the city on 1 July 2025. */
export const WARDS = ['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh'] as const;
export type Ward = (typeof WARDS)[number];

/** Map pins for businesses must fall within Lạng Sơn province (with a margin). */
export const PROVINCE_BOUNDS = { minLat: 21.3, maxLat: 22.5, minLon: 106.0, maxLon: 107.4 };
