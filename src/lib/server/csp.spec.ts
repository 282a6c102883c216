import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, startupScriptHash } from './csp';

const startup = '\n\t\t\t\t{\n\t\t\t\t\t__sveltekit_abc = {};\n\t\t\t\t}\n\t\t\t';
const sha = (text: string) => createHash('sha256').update(text).digest('base64');
// As app.html and SvelteKit write it: the start-up script ends the body's wrapper.
const page = (body: string, tail = '') =>
	`<!doctype html>\n<html lang="vi">\n\t<head></head>\n\t<body>\n\t\t<div style="display: contents">${body}<script>${startup}</script>\n\t\t</div>${tail}\n\t</body>\n</html>\n`;

describe('the page’s start-up script, by hash', () => {
	it('hashes SvelteKit’s start-up script exactly as the browser will', () => {
		expect(startupScriptHash(page('<p>Phố đi bộ</p>'))).toBe(sha(startup));
	});

	it('never hashes a script that is not the last one of the document', () => {
		// Had anything written a look-alike into the body, SvelteKit's own still comes after it.
		const lookalike = '<script>\n\t\t\t\t{alert(1)}</script>';
		expect(startupScriptHash(page(lookalike))).toBe(sha(startup));
		// A script after SvelteKit's is nobody's we know: no hash, so no inline script runs.
		expect(startupScriptHash(page('', lookalike))).toBeNull();
		expect(startupScriptHash(page('', '<script src="/x.js"></script>'))).toBeNull();
	});

	it('gives none for a page without one', () => {
		expect(startupScriptHash('<!doctype html><p>403</p>')).toBeNull();
		expect(startupScriptHash('<script>\n\t\t\t\t{ unfinished')).toBeNull();
	});
});

describe('the policy', () => {
	it('allows scripts from here and the one hash, tiles as images, nothing inline else', () => {
		const policy = contentSecurityPolicy('abc=', { tileOrigin: 'https://tile.openstreetmap.org' });
		expect(policy).toContain("script-src 'self' 'sha256-abc='; ");
		expect(policy).toContain("img-src 'self' data: https://tile.openstreetmap.org; ");
		expect(policy).toContain("style-src-elem 'self'; ");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toContain('unsafe-eval');
		expect(contentSecurityPolicy(null, { tileOrigin: null })).toContain("script-src 'self'; ");
	});
});
