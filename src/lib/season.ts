import { vietnamParts } from './i18n/format';

/**
 * What the city is known for at each time of year: peach blossom around Tết (Dec–Mar), Mẫu Sơn
 * trekking (Apr–Jun), Chi Lăng custard apples (Jul–Sep), persimmons and clear autumn days (Oct–Nov).
 */
export type Season = 'peach' | 'trekking' | 'custardApple' | 'autumn';

export function seasonOfMonth(month: number): Season {
	if (month === 12 || month <= 3) return 'peach';
	if (month <= 6) return 'trekking';
	if (month <= 9) return 'custardApple';
	return 'autumn';
}

/** The season in Lạng Sơn at a unix time, whatever the server's own zone. */
export function seasonAt(unixSeconds: number): Season {
	return seasonOfMonth(vietnamParts(unixSeconds).month);
}
