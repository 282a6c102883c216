import { nowSeconds } from './clock';

/**
 * Counts failures per key (an IP address, an account) in memory, never on disk. Two kinds:
 * a window ("at most `max` in `windowSeconds`") and, on top, an exponential back-off once the
 * window is full, so a patient attacker slows down further while a user who mistypes is not hurt.
 */
export class Throttle {
	private readonly failures = new Map<string, number[]>();
	private readonly lockedUntil = new Map<string, number>();

	constructor(
		private readonly options: {
			max: number;
			windowSeconds: number;
			/** Back-off after the window is full: base × 2^(extra failures), up to `maxLockSeconds`. */
			lockSeconds?: number;
			maxLockSeconds?: number;
			/** Bounds memory under a flood of distinct keys. */
			maxKeys?: number;
		}
	) {}

	/** Seconds until `key` may try again, or 0 when it may try now. */
	retryAfter(key: string, now = nowSeconds()): number {
		const locked = this.lockedUntil.get(key);
		if (locked !== undefined) {
			if (locked > now) return locked - now;
			this.lockedUntil.delete(key);
		}
		const recent = this.recent(key, now);
		if (recent.length < this.options.max) return 0;
		return recent[0] + this.options.windowSeconds - now;
	}

	/** Records one attempt that counts (a failure, a registration); returns the wait it imposes (0 while under the limit). */
	hit(key: string, now = nowSeconds()): number {
		const recent = this.recent(key, now);
		recent.push(now);
		this.failures.delete(key);
		this.failures.set(key, recent);
		this.evict();
		const over = recent.length - this.options.max;
		if (over < 0) return 0;
		const { lockSeconds, maxLockSeconds = 3600 } = this.options;
		if (lockSeconds) {
			const wait = Math.min(maxLockSeconds, lockSeconds * 2 ** over);
			this.lockedUntil.set(key, now + wait);
			return wait;
		}
		return this.retryAfter(key, now);
	}

	/** Forgets a key after a success (a correct password clears the account's count). */
	reset(key: string): void {
		this.failures.delete(key);
		this.lockedUntil.delete(key);
	}

	private recent(key: string, now: number): number[] {
		const since = now - this.options.windowSeconds;
		return (this.failures.get(key) ?? []).filter((t) => t > since);
	}

	private evict(): void {
		const maxKeys = this.options.maxKeys ?? 50_000;
		while (this.failures.size > maxKeys) {
			const oldest = this.failures.keys().next().value;
			if (oldest === undefined) break;
			this.failures.delete(oldest);
			this.lockedUntil.delete(oldest);
		}
	}
}

const FIFTEEN_MINUTES = 15 * 60;

/** Failed logins from one address: 10 in 15 minutes, then wait. */
export const loginByIp = new Throttle({ max: 10, windowSeconds: FIFTEEN_MINUTES });
/** Failed logins to one account, from anywhere: 10 in 15 minutes, then a doubling lock from 1 minute. */
export const loginByAccount = new Throttle({
	max: 10,
	windowSeconds: FIFTEEN_MINUTES,
	lockSeconds: 60,
	maxLockSeconds: 3600
});
/** Registrations from one address: 5 an hour. */
export const registerByIp = new Throttle({ max: 5, windowSeconds: 3600 });
/** "Forgot my password": a few links an hour per address asking, and per e-mail address. */
export const forgotByIp = new Throttle({ max: 10, windowSeconds: 3600 });
export const forgotByEmail = new Throttle({ max: 3, windowSeconds: 3600 });
