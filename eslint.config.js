import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The portal is served at the root (no `paths.base`); links are built by the locale helpers.
			'svelte/no-navigation-without-resolve': 'off',
			// `const { secret, ...shown } = row` is how a field is left out of an object.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// The server build has no AsyncLocalStorage for the request (scripts/server-rewrites.js):
			// these would lose the request after an await. Load functions, actions and hooks get it
			// as their `event`.
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '$app/server',
							importNames: ['getRequestEvent', 'query', 'form', 'command', 'prerender'],
							message:
								'Pass the event along: the server has no AsyncLocalStorage (scripts/server-rewrites.js).'
						}
					]
				}
			]
		}
	},
	{
		// Playwright reads a test's fixtures from its destructuring pattern; `{}` asks for none.
		files: ['tests/e2e/**/*.ts'],
		rules: { 'no-empty-pattern': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
