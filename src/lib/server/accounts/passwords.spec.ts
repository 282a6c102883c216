import { describe, expect, it } from 'vitest';
import {
	COMMON_PASSWORD_COUNT,
	hashPassword,
	passwordProblem,
	verifyAgainstNothing,
	verifyPassword
} from './passwords';

describe('password rules', () => {
	it('need 8 to 128 characters, counted as characters, not bytes', () => {
		expect(passwordProblem('seven77')).toBe('accountErrors.passwordTooShort');
		expect(passwordProblem('tám chữ cái')).toBeNull();
		expect(passwordProblem('8 chars!')).toBeNull();
		expect(passwordProblem('x'.repeat(64))).toBeNull();
		expect(passwordProblem('y'.repeat(128))).toBeNull();
		expect(passwordProblem('z'.repeat(129))).toBe('accountErrors.passwordTooLong');
		// Eight Vietnamese letters are eight characters, though more bytes.
		expect(passwordProblem('đườngphố')).toBeNull();
		expect(passwordProblem('谅山桃花之城夜市')).toBeNull();
	});

	it('accept any characters with no composition rules: spaces, emoji, all lower case', () => {
		expect(passwordProblem('phố đi bộ kỳ lừa tối thứ bảy')).toBeNull();
		expect(passwordProblem('🍑🌸 hoa đào 🌸🍑')).toBeNull();
		expect(passwordProblem('alllowercaseletters')).toBeNull();
	});

	it('refuse the most common passwords, whatever the case', () => {
		expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(10_000);
		for (const p of ['password', '12345678', 'qwertyuiop', 'BaseBall', 'iloveyou', 'anhyeuem']) {
			expect(passwordProblem(p), p).toBe('accountErrors.passwordCommon');
		}
	});

	it('refuse the account’s own e-mail or name', () => {
		expect(passwordProblem('quan@example.vn', ['quan@example.vn'])).toBe(
			'accountErrors.passwordLikeAccount'
		);
		expect(passwordProblem('quanvitquay', ['quanvitquay@example.vn'])).toBe(
			'accountErrors.passwordLikeAccount'
		);
		expect(passwordProblem('Quán Vịt Quay', ['a@b.vn', 'quán vịt quay'])).toBe(
			'accountErrors.passwordLikeAccount'
		);
	});
});

describe('password hashing', () => {
	it('uses argon2id with the OWASP parameters and verifies only the right password', async () => {
		const hash = await hashPassword('mật khẩu của tôi');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(hash).not.toContain('mật khẩu');
		expect(await verifyPassword(hash, 'mật khẩu của tôi')).toBe(true);
		expect(await verifyPassword(hash, 'mật khẩu của tôi ')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
		expect(await verifyAgainstNothing('anything')).toBe(false);
	});

	it('matches the same Vietnamese password typed precomposed or decomposed', async () => {
		const composed = 'Lạng Sơn về đêm'.normalize('NFC');
		const decomposed = composed.normalize('NFD');
		expect(decomposed).not.toBe(composed);
		expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
	});
});
