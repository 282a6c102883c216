import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every sentence a visitor reads lives in the locale files or in the database (written by the
 * department, or by the starter and demo loaders in src/lib/server/demo/). This finds prose left in
 * TypeScript: string literals of two or more sentences, or of Chinese or Vietnamese sentences.
 */

const ROOT = join(import.meta.dirname, '../../src');
/** The starter and demo content: the texts a new database starts with. */
const ALLOWED = ['lib/server/demo/'];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(name) && !/\.(spec|d)\.ts$/.test(name) ? [path] : [];
	});
}

/** The strings of a script, as TypeScript reads them (comments and regular expressions left out). */
function scriptStrings(source: string): string[] {
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
		else if (ts.isTemplateExpression(node)) {
			found.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … '));
		}
		ts.forEachChild(node, visit);
	};
	visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true));
	return found;
}

/** A component's script strings and the text of its markup (attributes included). */
function componentStrings(source: string): string[] {
	const ast = parse(source, { modern: true });
	// The script's program node carries its offsets in the file.
	const span = (n: unknown) => n as { start: number; end: number };
	const found = [ast.instance, ast.module].flatMap((script) =>
		script ? scriptStrings(source.slice(span(script.content).start, span(script.content).end)) : []
	);
	const walk = (node: unknown) => {
		if (!node || typeof node !== 'object') return;
		const n = node as { type?: string; data?: string };
		if (n.type === 'Text' && n.data) found.push(n.data);
		for (const [key, value] of Object.entries(node)) {
			if (key === 'instance' || key === 'module' || key === 'css') continue;
			if (Array.isArray(value)) value.forEach(walk);
			else if (value && typeof value === 'object') walk(value);
		}
	};
	walk(ast.fragment);
	return found;
}

const LATIN_SENTENCES = /[a-zà-ỹđ][.!?]\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s+[a-zà-ỹđ]+/;
const CHINESE_SENTENCE = /[\u4e00-\u9fff][^'"`]*[。！？；]/;
/** A word with a letter only Vietnamese uses. */
const VIETNAMESE_WORD = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function prose(text: string): boolean {
	const vietnameseWords = text.split(/\s+/).filter((w) => VIETNAMESE_WORD.test(w)).length;
	return LATIN_SENTENCES.test(text) || CHINESE_SENTENCE.test(text) || vietnameseWords >= 4;
}

describe('no public sentences in code', () => {
	it('finds them when they are there', () => {
		expect(prose('Đêm phố đi bộ mở cửa. Mời bạn đến chơi.')).toBe(true);
		expect(prose('The street opens at six. Come early for a table.')).toBe(true);
		expect(prose('步行街晚上六点开放。')).toBe(true);
		expect(prose('Du khách dùng cổng thông tin mà không cần tài khoản')).toBe(true);
		expect(prose('SELECT slug FROM place WHERE published = 1')).toBe(false);
		expect(prose('it is not a Visit Lạng Sơn database')).toBe(false);
		expect(componentStrings('<p>Phố đi bộ mở cửa tối thứ Sáu và thứ Bảy.</p>')).toContain(
			'Phố đi bộ mở cửa tối thứ Sáu và thứ Bảy.'
		);
		expect(scriptStrings('const a = /[",]/; const b = `Mở cửa. Mời vào ${x} nhé.`;')).toEqual([
			'Mở cửa. Mời vào  …  nhé.'
		]);
		expect(prose('errors.notFoundText')).toBe(false);
	});

	it('leaves none in src/ (scripts and markup) outside the locale files and the starter/demo loaders', () => {
		const offenders: string[] = [];
		for (const file of files(ROOT)) {
			const path = relative(ROOT, file);
			if (ALLOWED.some((prefix) => path.startsWith(prefix))) continue;
			const source = readFileSync(file, 'utf8');
			const strings = file.endsWith('.svelte') ? componentStrings(source) : scriptStrings(source);
			for (const text of strings) {
				if (prose(text)) offenders.push(`${path}: ${text.slice(0, 80)}`);
			}
		}
		expect(offenders).toEqual([]);
		// Parsing every file takes a few seconds on a busy machine.
	}, 60_000);
});
