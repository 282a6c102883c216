import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { listDishes } from '$lib/server/content/dishes';
import { showPage } from '$lib/server/content/pages';
import { listPlaces } from '$lib/server/places/places';

export const load = (({ locals }) => {
	const db = getDb();
	const names = new Map(listPlaces(db, locals.locale).map((p) => [p.slug, p.name]));
	return {
		page: showPage(db, 'food', locals.locale),
		dishes: listDishes(db, locals.locale).map((dish) => ({
			...dish,
			// Only places that are listed (the department may have removed one) become links.
			links: dish.places.flatMap((slug) => {
				const name = names.get(slug);
				return name ? [{ slug, name }] : [];
			})
		}))
	};
}) satisfies PageServerLoad;
