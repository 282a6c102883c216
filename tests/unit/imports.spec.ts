import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module under src/ and the src/ modules it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(ts|js|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) {
				files.push(path);
			}
		}
	};
	walk('src');
	const resolve = (from: string, spec: string): string | null => {
		const base = spec.startsWith('$lib/')
			? join('src/lib', spec.slice(5))
			: spec.startsWith('.')
				? normalize(join(dirname(from), spec))
				: null;
		if (!base) return null;
		const path = base.replace(/\?.*$/, '');
		for (const candidate of [path, `${path}.ts`, `${path}.js`, join(path, 'index.ts')]) {
			if (/\.(ts|js|svelte)$/.test(candidate) && existsSync(candidate)) return candidate;
		}
		return null;
	};
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const source = readFileSync(file, 'utf8');
		const targets = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
			.map(([, spec]) => resolve(file, spec))
			.filter((target): target is string => target !== null);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** The import cycles in a graph, each as the list of modules around it. */
function cycles(graph: Map<string, string[]>): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of graph.keys()) if (!state.has(node)) visit(node);
	return found;
}

describe('the layout of src/', () => {
	it('finds a cycle when there is one', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']]
		]);
		expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
	});

	it('has no import cycle among its modules', () => {
		const graph = importGraph();
		expect(graph.size).toBeGreaterThan(100);
		expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
	});

	it('keeps demo content out of everything but start-up and the CLI', () => {
		const importers = [...importGraph()]
			.filter(([, targets]) => targets.some((t) => t.startsWith('src/lib/server/demo/')))
			.map(([file]) => file)
			.filter((file) => !file.startsWith('src/lib/server/demo/'));
		expect(importers).toEqual(['src/hooks.server.ts']);
	});
});
