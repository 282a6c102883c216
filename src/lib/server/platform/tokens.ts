import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 120 random bits as 24 base32 characters (lucia-auth.com's `generateSecureRandomString`). */
export function randomSecret(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
	return constantTimeEqual(hashSecret(secret), new Uint8Array(storedHash));
}

/** A token `<id>.<secret>`: the id finds the row, the secret proves possession. */
export function newToken(): { id: string; secret: string; token: string; secretHash: Uint8Array } {
	const id = randomSecret();
	const secret = randomSecret();
	return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

const TOKEN_PART = /^[a-z2-7]{24}$/;

/** Splits a token of the right shape; anything else is null, before any database work. */
export function parseToken(
	token: string | undefined | null
): { id: string; secret: string } | null {
	if (!token || token.length !== 49) return null;
	const [id, secret] = token.split('.');
	return TOKEN_PART.test(id) && TOKEN_PART.test(secret ?? '') ? { id, secret } : null;
}
