import type { RequestHandler } from './$types';
import { API_HEADERS, langParam } from '$lib/server/platform/api';
import { getDb } from '$lib/server/platform/db';
import { PAGE_SIZE, search } from '$lib/server/search/search';

const bad = (code: string, message: string) =>
	new Response(JSON.stringify({ error: { code, message } }), {
		status: 400,
		headers: { ...API_HEADERS, 'cache-control': 'no-store' }
	});

/** Open data: the site search, `PAGE_SIZE` results a page, matched words marked as pieces. */
export const GET: RequestHandler = ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const q = url.searchParams.get('q') ?? '';
	if (!q.trim() || q.length > 100) return bad('invalid_q', 'q must be 1 to 100 characters');
	const page = Number(url.searchParams.get('page') ?? '1');
	if (!Number.isInteger(page) || page < 1 || page > 50)
		return bad('invalid_page', 'page must be a whole number from 1 to 50');
	const { total, results } = search(getDb(), q.trim(), lang ?? 'vi', page);
	return new Response(
		JSON.stringify({
			q: q.trim(),
			lang: lang ?? 'vi',
			page,
			per_page: PAGE_SIZE,
			total,
			results: results.map((r) => ({
				kind: r.kind,
				url: `${url.origin}${r.url}`,
				title: r.title.map((p) => p.text).join(''),
				text: r.text.map((p) => p.text).join(''),
				// The matched stretches, for a client that wants to mark them.
				title_pieces: r.title,
				text_pieces: r.text,
				text_lang: r.textLocale
			}))
		}),
		{ headers: { ...API_HEADERS, 'cache-control': 'public, max-age=60' } }
	);
};
