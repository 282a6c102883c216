import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { REWRITES, applyRewrite } from './server-rewrites.js';

const require = createRequire(import.meta.url);
const installed = (file: string) =>
	join(dirname(require.resolve('svelte/package.json')), '..', file);

/**
 * The installed module and its rewritten copy, side by side. The copy is written beside the
 * original for the test only, so that its own imports resolve the same way.
 */
async function bothVersions<T>(file: string, use: (module: T) => unknown) {
	const rewrite = REWRITES.find((r) => r.file === file)!;
	const path = installed(file);
	const { code, missing } = applyRewrite(rewrite, readFileSync(path, 'utf8'));
	expect(missing).toEqual([]);
	const copy = join(dirname(path), `.rewritten-${process.pid}-${Date.now()}.js`);
	writeFileSync(copy, code);
	try {
		const original = await import(/* @vite-ignore */ pathToFileURL(path).href);
		const rewritten = await import(/* @vite-ignore */ pathToFileURL(copy).href);
		return [await use(original as T), await use(rewritten as T)];
	} finally {
		rmSync(copy, { force: true });
	}
}

describe('the server build rewrites of Svelte and SvelteKit', () => {
	it('still find their lines in the installed versions, and keep every other line in place', () => {
		for (const rewrite of REWRITES) {
			const original = readFileSync(installed(rewrite.file), 'utf8');
			const { code, missing } = applyRewrite(rewrite, original);
			expect(missing, rewrite.file).toEqual([]);
			expect(code.endsWith(rewrite.append)).toBe(true);
			const kept = code.slice(0, code.length - rewrite.append.length).split('\n');
			const lines = original.split('\n');
			expect(kept.length, rewrite.file).toBe(lines.length);
			// Only the edited lines differ; every other line is where it was, as source maps say.
			const changed = kept.filter((line, i) => line !== lines[i]).length;
			const edited = rewrite.edits.reduce((n, e) => n + e.find.split('\n').length, 0);
			expect(changed).toBeLessThanOrEqual(edited);
		}
	});

	it('leave code they do not recognise as it is', () => {
		const code = 'export const x = 1;\n';
		expect(applyRewrite(REWRITES[0], code)).toEqual({ code, missing: expect.any(Array) });
		expect(applyRewrite(REWRITES[0], code).missing.length).toBeGreaterThan(0);
	});

	it("track a load's URL as before: same values, same callbacks, same errors", async () => {
		type Url = {
			make_trackable: (url: URL, cb: () => void, params: (name: string) => void) => URL;
		};
		const [before, after] = await bothVersions<Url>(
			'@sveltejs/kit/src/utils/url.js',
			({ make_trackable }) => {
				const calls: string[] = [];
				const tracked = make_trackable(
					new URL('https://visit.example/vi/events?when=tonight&free=on'),
					() => calls.push('url'),
					(name) => calls.push(`param:${name}`)
				);
				const seen = {
					href: tracked.href,
					pathname: tracked.pathname,
					search: tracked.search,
					string: tracked.toString(),
					json: JSON.stringify({ tracked }),
					when: tracked.searchParams.get('when'),
					origin: tracked.origin,
					keys: Object.keys(tracked),
					logged: inspect(tracked).includes('https://visit.example/vi/events')
				};
				let hash = '';
				try {
					void tracked.hash;
				} catch (e) {
					hash = (e as Error).message;
				}
				return { seen, hash, calls };
			}
		);
		expect(after).toEqual(before);
		expect(before).toMatchObject({
			seen: { pathname: '/vi/events', when: 'tonight', origin: 'https://visit.example' },
			hash: expect.stringContaining('Cannot access event.url.hash'),
			calls: expect.arrayContaining(['url', 'param:when'])
		});
	});

	it('keep the request for synchronous use only, with no AsyncLocalStorage', async () => {
		type RequestStore = {
			with_request_store: <T>(store: unknown, fn: () => T) => T;
			try_get_request_store: () => unknown;
			getRequestEvent: () => unknown;
		};
		const store = { event: { url: new URL('https://visit.example/vi') }, state: {} };
		const [before, after] = await bothVersions<RequestStore>(
			'@sveltejs/kit/src/exports/internal/event.js',
			async (m) => {
				// SvelteKit's own module makes its AsyncLocalStorage once node:async_hooks has loaded.
				await new Promise((resolve) => setTimeout(resolve, 20));
				const now = m.with_request_store(store, () => m.try_get_request_store());
				const afterAwait = await m.with_request_store(store, async () => {
					await null;
					return m.try_get_request_store();
				});
				let outside = '';
				try {
					m.getRequestEvent();
				} catch (e) {
					outside = (e as Error).message;
				}
				return { now: now === store, afterAwait: afterAwait === store, outside };
			}
		);
		expect(before).toMatchObject({ now: true, afterAwait: true });
		expect(after).toEqual({
			now: true,
			afterAwait: false,
			outside: expect.stringContaining('the event must be read synchronously')
		});
	});

	it("render the root component's head and html as before", async () => {
		const source = `<script>let { name } = $props();</script>
<svelte:head><title>{name}</title></svelte:head><p>Xin chào {name}</p>`;
		const { js } = compile(source, { generate: 'server', filename: 'Greeting.svelte' });
		// Beside Svelte's own sources, so the compiled component's `svelte/...` imports resolve.
		const greeting = join(installed('svelte/src'), `.greeting-${process.pid}.js`);
		writeFileSync(greeting, js.code);
		try {
			const { default: Greeting } = await import(/* @vite-ignore */ pathToFileURL(greeting).href);
			type Legacy = {
				asClassComponent: (c: unknown) => {
					render: (props: object) => { head: string; html: string; css: unknown };
				};
			};
			const [before, after] = await bothVersions<Legacy>(
				'svelte/src/legacy/legacy-server.js',
				({ asClassComponent }) => {
					const { head, html, css } = asClassComponent(Greeting).render({ name: 'Lạng Sơn' });
					return { head, html, css };
				}
			);
			expect(after).toEqual(before);
			expect(before).toMatchObject({
				head: expect.stringContaining('<title>Lạng Sơn</title>'),
				html: expect.stringContaining('Xin chào Lạng Sơn')
			});
		} finally {
			rmSync(greeting, { force: true });
		}
	});
});
