import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getBusiness } from '$lib/server/accounts/accounts';
import { requireBusiness } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';

export const load = ((event) => {
	const user = requireBusiness(event);
	const business = getBusiness(getDb(), user.businessId);
	if (!business) error(404, 'errors.notFoundText');
	return { business };
}) satisfies PageServerLoad;
