import { vietnamParts } from './i18n/format';

/**
 * What the city is known for at each time of year: Mẫu Sơn's winter (December to mid-January),
 * peach blossom around Tết (mid-January to February), the spring festivals (March), Mẫu Sơn
 * trekking (Apr–Jun), Chi Lăng custard apples (Jul–Sep), persimmons and clear days (Oct–Nov).
 */
export type Season = 'winter' | 'peach' | 'festival' | 'trekking' | 'custardApple' | 'autumn';

export function seasonOfDate(month: number, day: number): Season {
	if (month === 12 || (month === 1 && day < 15)) return 'winter';
	if (month <= 2) return 'peach';
	if (month === 3) return 'festival';
	if (month <= 6) return 'trekking';
	if (month <= 9) return 'custardApple';
	return 'autumn';
}

/** The season in Lạng Sơn at a unix time, whatever the server's own zone. */
export function seasonAt(unixSeconds: number): Season {
	const { month, day } = vietnamParts(unixSeconds);
	return seasonOfDate(month, day);
}
