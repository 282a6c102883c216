export interface LatLon {
	lat: number;
	lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `count` items nearest to `origin`, closest first, each with its distance; ties keep input order. */
export function nearest<T extends LatLon>(
	origin: LatLon,
	items: T[],
	count: number
): (T & { distanceKm: number })[] {
	return items
		.map((item) => ({ ...item, distanceKm: distanceKm(origin, item) }))
		.sort((a, b) => a.distanceKm - b.distanceKm)
		.slice(0, count);
}

/** The centre of the former Lạng Sơn city, for "x km from the centre". */
export const CITY_CENTRE: LatLon = { lat: 21.84778, lon: 106.75778 };
