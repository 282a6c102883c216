import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const dev = process.argv.includes('dev');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		csp: {
			// Hashes, not nonces: the same HTML can be served from a cache to many visitors.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Stylesheets only from here (Vite's dev server injects <style> elements);
				// style attributes are allowed: Leaflet and Svelte's style: directive set them.
				'style-src-elem': dev ? ['self', 'unsafe-inline'] : ['self'],
				'style-src-attr': ['unsafe-inline'],
				// The map tile server is added at run time from TILE_URL (hooks.server.ts).
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
