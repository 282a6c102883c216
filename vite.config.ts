import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { shortLivedRequests } from './scripts/short-lived-requests.js';

export default defineConfig({
	plugins: [shortLivedRequests(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
