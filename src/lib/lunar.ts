/**
 * The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's published algorithm (astronomical new
 * moons and solar terms from Jean Meeus' formulas), computed for UTC+7 — which is why Tết can fall
 * a day apart from the Chinese calendar (UTC+8).
 */

const TIME_ZONE = 7;

/** Julian day number of a Gregorian date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
	const a = Math.floor((14 - mm) / 12);
	const y = yy + 4800 - a;
	const m = mm + 12 * a - 3;
	return (
		dd +
		Math.floor((153 * m + 2) / 5) +
		365 * y +
		Math.floor(y / 4) -
		Math.floor(y / 100) +
		Math.floor(y / 400) -
		32045
	);
}

/** Gregorian [day, month, year] of a Julian day number. */
export function jdToDate(jd: number): [number, number, number] {
	const a = jd + 32044;
	const b = Math.floor((4 * a + 3) / 146097);
	const c = a - Math.floor((b * 146097) / 4);
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor((1461 * d) / 4);
	const m = Math.floor((5 * e + 2) / 153);
	return [
		e - Math.floor((153 * m + 2) / 5) + 1,
		m + 3 - 12 * Math.floor(m / 10),
		b * 100 + d - 4800 + Math.floor(m / 10)
	];
}

/** Julian day (fractional) of the k-th new moon after 1 January 1900. */
function newMoon(k: number): number {
	const T = k / 1236.85;
	const T2 = T * T;
	const T3 = T2 * T;
	const dr = Math.PI / 180;
	let Jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
	Jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
	const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
	const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
	const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
	let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
	C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
	C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
	C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
	C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
	C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
	C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
	const deltat =
		T < -11
			? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
			: -0.000278 + 0.000265 * T + 0.000262 * T2;
	return Jd1 + C1 - deltat;
}

/** Sun's apparent longitude (radians, 0..2π) at a Julian day. */
function sunLongitude(jdn: number): number {
	const T = (jdn - 2451545.0) / 36525;
	const T2 = T * T;
	const dr = Math.PI / 180;
	const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
	const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
	let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
	DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
	let L = (L0 + DL) * dr;
	L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
	return L;
}

const newMoonDay = (k: number) => Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
const sunSector = (jd: number) =>
	Math.floor((sunLongitude(jd - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);

/** The day the 11th lunar month (the one with the winter solstice) begins, for a Gregorian year. */
function lunarMonth11(yy: number): number {
	const off = jdFromDate(31, 12, yy) - 2415021;
	const k = Math.floor(off / 29.530588853);
	let nm = newMoonDay(k);
	if (sunSector(nm) >= 9) nm = newMoonDay(k - 1);
	return nm;
}

function leapMonthOffset(a11: number): number {
	const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
	let i = 1;
	let arc = sunSector(newMoonDay(k + i));
	let last: number;
	do {
		last = arc;
		i++;
		arc = sunSector(newMoonDay(k + i));
	} while (arc !== last && i < 14);
	return i - 1;
}

export interface LunarDate {
	day: number;
	month: number;
	/** The lunar year (it starts at Tết, so January dates usually belong to the previous one). */
	year: number;
	leap: boolean;
}

export function solarToLunar(dd: number, mm: number, yy: number): LunarDate {
	const dayNumber = jdFromDate(dd, mm, yy);
	const k = Math.floor((dayNumber - 2415021.076998695) / 29.530588853);
	let monthStart = newMoonDay(k + 1);
	if (monthStart > dayNumber) monthStart = newMoonDay(k);
	let a11 = lunarMonth11(yy);
	let b11 = a11;
	let year: number;
	if (a11 >= monthStart) {
		year = yy;
		a11 = lunarMonth11(yy - 1);
	} else {
		year = yy + 1;
		b11 = lunarMonth11(yy + 1);
	}
	const day = dayNumber - monthStart + 1;
	const diff = Math.floor((monthStart - a11) / 29);
	let leap = false;
	let month = diff + 11;
	if (b11 - a11 > 365) {
		const leapDiff = leapMonthOffset(a11);
		if (diff >= leapDiff) {
			month = diff + 10;
			if (diff === leapDiff) leap = true;
		}
	}
	if (month > 12) month -= 12;
	if (month >= 11 && diff < 4) year -= 1;
	return { day, month, year, leap };
}

/** The Gregorian date of a lunar date, or null if it does not exist (e.g. a leap month that year lacks). */
export function lunarToSolar(
	day: number,
	month: number,
	year: number,
	leap = false
): [number, number, number] | null {
	let a11: number;
	let b11: number;
	if (month < 11) {
		a11 = lunarMonth11(year - 1);
		b11 = lunarMonth11(year);
	} else {
		a11 = lunarMonth11(year);
		b11 = lunarMonth11(year + 1);
	}
	const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
	let off = month - 11;
	if (off < 0) off += 12;
	if (b11 - a11 > 365) {
		const leapOff = leapMonthOffset(a11);
		let leapMonth = leapOff - 2;
		if (leapMonth < 0) leapMonth += 12;
		if (leap && month !== leapMonth) return null;
		if (leap || off >= leapOff) off += 1;
	} else if (leap) {
		return null;
	}
	const monthStart = newMoonDay(k + off);
	return jdToDate(monthStart + day - 1);
}
