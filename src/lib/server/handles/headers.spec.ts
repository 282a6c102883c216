import { describe, expect, it, vi } from 'vitest';
import { embedAncestors } from './headers';

describe('who may frame the progress widget', () => {
	it('is any site unless the department lists origins', () => {
		expect(embedAncestors(undefined)).toBe('*');
		expect(embedAncestors('  ')).toBe('*');
		expect(embedAncestors('https://langson.gov.vn http://localhost:8080')).toBe(
			'https://langson.gov.vn http://localhost:8080'
		);
	});

	it('leaves out what is not an origin, so nothing can be slipped into the header', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(embedAncestors("https://langson.gov.vn 'self'; script-src * https://x.vn/path")).toBe(
			'https://langson.gov.vn'
		);
		// Nothing usable listed: no site, rather than every site.
		expect(embedAncestors('javascript:alert(1)')).toBe("'none'");
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});
});
