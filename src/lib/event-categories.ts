export const EVENT_CATEGORIES = [
	'night_market',
	'food',
	'music',
	'festival',
	'sport',
	'tour',
	'exhibition',
	'workshop'
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export function isEventCategory(value: unknown): value is EventCategory {
	return typeof value === 'string' && (EVENT_CATEGORIES as readonly string[]).includes(value);
}

export type EventStatus = 'draft' | 'pending' | 'published' | 'rejected' | 'cancelled';
