import { hash, verify } from '@node-rs/argon2';
import commonPasswordList from './common-passwords.txt?raw';
import type { FormReader } from '../platform/form';

/** OWASP's argon2id minimum, as lucia-auth.com recommends. */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
/** ASVS asks that at least 64 characters be accepted; 128 stops absurd inputs costing hash time. */
export const PASSWORD_MAX = 128;

const COMMON = new Set(
	commonPasswordList
		.split('\n')
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.trim())
);

export const COMMON_PASSWORD_COUNT = COMMON.size;

/**
 * The same password typed on two keyboards can arrive as different code points (Vietnamese "ệ"
 * precomposed or as e + two marks): NFKC makes them one.
 */
export function normalizePassword(password: string): string {
	return password.normalize('NFKC');
}

export type PasswordProblem =
	| 'accountErrors.passwordTooShort'
	| 'accountErrors.passwordTooLong'
	| 'accountErrors.passwordCommon'
	| 'accountErrors.passwordLikeAccount';

/**
 * The only rules: a length range, not one of the most common passwords, not the account's own
 * e-mail or name. Any characters, no composition rules (NIST 800-63B, OWASP ASVS 2.1).
 */
export function passwordProblem(password: string, context: string[] = []): PasswordProblem | null {
	const normalized = normalizePassword(password);
	const length = [...normalized].length;
	if (length < PASSWORD_MIN) return 'accountErrors.passwordTooShort';
	if (length > PASSWORD_MAX) return 'accountErrors.passwordTooLong';
	const lower = normalized.toLowerCase();
	if (COMMON.has(lower)) return 'accountErrors.passwordCommon';
	for (const word of context) {
		const w = word.normalize('NFKC').toLowerCase().trim();
		if (w && (lower === w || lower === w.split('@')[0])) return 'accountErrors.passwordLikeAccount';
	}
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(normalizePassword(password), ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, normalizePassword(password));
	} catch {
		return false;
	}
}

// Verifying against this when the account does not exist makes "no such user" take as long as
// "wrong password", so timing does not tell which e-mails are registered.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
	dummyHash ??= hashPassword('not a real password, only for timing');
	await verifyPassword(await dummyHash, password);
	return false;
}

/**
 * A new password typed twice (`field` and `passwordConfirm`), checked against the rules; problems
 * go into the form's errors as i18n keys. Null unless both are fine.
 */
export function readNewPassword(form: FormReader, field: string, context: string[]): string | null {
	const password = form.password(field);
	const confirm = form.password('passwordConfirm');
	if (password === null) return null;
	const problem = passwordProblem(password, context);
	if (problem) form.errors[field] = problem;
	else if (confirm !== null && confirm !== password)
		form.errors.passwordConfirm = 'accountErrors.passwordMismatch';
	return form.errors[field] || form.errors.passwordConfirm ? null : password;
}
