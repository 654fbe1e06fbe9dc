import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What every token (bootstrap or personal) must look like: 32 to 512 visible ASCII characters. */
export const tokenPattern = /^[\x21-\x7e]{32,512}$/;

/**
 * Compares a presented bearer token with the configured one in constant time. Both are hashed first,
 * so neither the content nor the length of the token leaks through timing.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token from an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+([\x21-\x7e]+)[ ]*$/i.exec(header);
  return match?.[1];
}

/** SHA-256 (hex) of a personal token: the only form in which the store keeps it. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new personal token: `npo_` and 32 random bytes (base64url), 47 characters. */
export function newPersonalToken(): string {
  return `npo_${randomBytes(32).toString('base64url')}`;
}
