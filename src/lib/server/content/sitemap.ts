import { LANG_TAGS, LOCALES } from '$lib/i18n/locales';
import { prepared, type Db } from '../platform/db';
import { listPublicEventIds } from '../events/events';

const STATIC_PAGES = [
	'',
	'/places',
	'/events',
	'/events/calendar',
	'/night',
	'/food',
	'/mau-son',
	'/map',
	'/getting-there',
	'/progress',
	'/privacy',
	'/about'
];

/** Public pages, as paths after the language prefix. Later features add theirs here. */
export function publicPaths(db: Db): string[] {
	const slugs = prepared<[], string>(
		db,
		'SELECT slug FROM place WHERE published = 1 ORDER BY sort_order, id'
	)
		.pluck()
		.all();
	return [
		...STATIC_PAGES,
		...slugs.map((slug) => `/places/${encodeURIComponent(slug)}`),
		...listPublicEventIds(db).map((id) => `/events/${id}`)
	];
}

function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A sitemap with every public page in every language, each listing its alternates. */
export function renderSitemap(origin: string, paths: string[]): string {
	const urls = paths.flatMap((path) => {
		const alternates = LOCALES.map(
			(code) =>
				`<xhtml:link rel="alternate" hreflang="${LANG_TAGS[code]}" href="${escapeXml(`${origin}/${code}${path}`)}"/>`
		).join('');
		return LOCALES.map(
			(code) => `<url><loc>${escapeXml(`${origin}/${code}${path}`)}</loc>${alternates}</url>`
		);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
		urls.join('\n') +
		'\n</urlset>\n'
	);
}
