import { BUSINESS_KINDS, PROVINCE_BOUNDS, WARDS } from '$lib/business';
import type { BusinessProfile } from './accounts';
import type { FormReader } from '../platform/form';

/** The business profile fields, shared by registration and the account page. */
export function readBusinessProfile(form: FormReader): BusinessProfile | null {
	const name = form.text('name', { max: 120 });
	const kind = form.choice('kind', BUSINESS_KINDS);
	const phone = form.phone('phone');
	const address = form.text('address', { max: 300 });
	// Chosen, never assumed: one of the wards, or "outside" them.
	const ward = form.choice('ward', [...WARDS, 'outside'] as const);
	const lat = form.number('lat', { min: -90, max: 90 });
	const lon = form.number('lon', { min: -180, max: 180 });
	if (!form.errors.lat && !form.errors.lon) {
		if ((lat === null) !== (lon === null))
			form.errors[lat === null ? 'lat' : 'lon'] = 'accountErrors.pinIncomplete';
		else if (
			lat !== null &&
			lon !== null &&
			(lat < PROVINCE_BOUNDS.minLat ||
				lat > PROVINCE_BOUNDS.maxLat ||
				lon < PROVINCE_BOUNDS.minLon ||
				lon > PROVINCE_BOUNDS.maxLon)
		)
			form.errors.lat = 'accountErrors.pinOutside';
	}
	if (!form.ok || !name || !kind || !phone || !address) return null;
	return { name, kind, phone, address, ward: ward === 'outside' ? null : ward, lat, lon };
}
