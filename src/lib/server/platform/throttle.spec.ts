import { describe, expect, it } from 'vitest';
import { Throttle } from './throttle';

const T0 = 1_800_000_000;

describe('throttle window', () => {
	it('allows max attempts in the window, then makes the next wait until the oldest expires', () => {
		const t = new Throttle({ max: 10, windowSeconds: 900 });
		for (let i = 0; i < 10; i++) {
			expect(t.retryAfter('ip', T0 + i)).toBe(0);
			t.hit('ip', T0 + i);
		}
		expect(t.retryAfter('ip', T0 + 10)).toBe(890);
		expect(t.retryAfter('ip', T0 + 899)).toBe(1);
		expect(t.retryAfter('ip', T0 + 900)).toBe(0);
		// Other keys are not affected.
		expect(t.retryAfter('other', T0 + 10)).toBe(0);
	});
});

describe('throttle back-off', () => {
	it('locks for a doubling time once the window is full, up to the cap', () => {
		const t = new Throttle({ max: 3, windowSeconds: 900, lockSeconds: 60, maxLockSeconds: 300 });
		expect(t.hit('acct', T0)).toBe(0);
		expect(t.hit('acct', T0)).toBe(0);
		expect(t.hit('acct', T0)).toBe(60);
		expect(t.retryAfter('acct', T0 + 59)).toBe(1);
		expect(t.hit('acct', T0 + 60)).toBe(120);
		expect(t.hit('acct', T0 + 180)).toBe(240);
		expect(t.hit('acct', T0 + 420)).toBe(300);
	});

	it('forgets a key after a success', () => {
		const t = new Throttle({ max: 2, windowSeconds: 900, lockSeconds: 60 });
		t.hit('acct', T0);
		t.hit('acct', T0);
		expect(t.retryAfter('acct', T0 + 1)).toBeGreaterThan(0);
		t.reset('acct');
		expect(t.retryAfter('acct', T0 + 1)).toBe(0);
	});

	it('keeps memory bounded under a flood of distinct keys', () => {
		const t = new Throttle({ max: 1, windowSeconds: 900, maxKeys: 100 });
		for (let i = 0; i < 1000; i++) t.hit(`ip-${i}`, T0);
		expect(t.retryAfter('ip-999', T0)).toBeGreaterThan(0);
		expect(t.retryAfter('ip-0', T0)).toBe(0);
	});
});
