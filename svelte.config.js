import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Registered by static/site.js, which pages without scripts load too.
		serviceWorker: { register: false },
		// Absolute asset paths: the service worker shows the kept offline page at any address.
		paths: { relative: false },
		csp: {
			// Hashes, not nonces: the same page can then be served from nginx's cache to many visitors.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'connect-src': ['self'],
				'font-src': ['self'],
				// Map tiles; another tile server (TILE_URL) is added at run time (handles/headers.ts).
				'img-src': ['self', 'data:', 'https://tile.openstreetmap.org'],
				'object-src': ['none'],
				'script-src': ['self'],
				'style-src-elem': ['self'],
				// Leaflet and Svelte's style: directive set style attributes.
				'style-src-attr': ['unsafe-inline'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
