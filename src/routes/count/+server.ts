import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/platform/db';
import {
	browserLanguage,
	countedPage,
	deviceClass,
	getVisitCounter,
	isBot,
	isPrefetch,
	referrerDomain
} from '$lib/server/counting/visits';

/** A transparent 1×1 GIF: what the page's counting image (or beacon) asks for. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * One page view, asked for by the page itself (root layout), so views of pages that nginx or a CDN
 * served from its cache are counted too. Never cached; robots are counted apart, prefetches and
 * signed-in staff not at all.
 */
export const GET: RequestHandler = ({ url, request, locals, getClientAddress }) => {
	const page = countedPage(url.searchParams.get('p') ?? '');
	const userAgent = request.headers.get('user-agent');
	const counter = getVisitCounter(getDb());
	if (page && counter && !locals.user && !isPrefetch(request.headers)) {
		if (isBot(userAgent)) counter.countBot();
		else
			counter.count({
				...page,
				referrer: referrerDomain(url.searchParams.get('r'), url.host),
				browserLanguage: browserLanguage(request.headers.get('accept-language')),
				device: deviceClass(userAgent!),
				ip: clientAddress(getClientAddress),
				userAgent: userAgent!,
				host: url.host
			});
	}
	return new Response(new Uint8Array(PIXEL), {
		headers: { 'content-type': 'image/gif', 'cache-control': 'no-store' }
	});
};

/** Behind a proxy without the address header (ADDRESS_HEADER), the visitor is told apart by agent alone. */
function clientAddress(get: () => string): string {
	try {
		return get();
	} catch {
		return '';
	}
}
