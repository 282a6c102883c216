import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { serverRewrites } from './scripts/server-rewrites.js';

export default defineConfig({
	plugins: [serverRewrites(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
