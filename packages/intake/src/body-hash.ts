import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a parsed request body. The body comes out of core's schema, which emits object keys
 * in schema order, so equal requests give equal text whatever the key order on the wire; sorting keys
 * here again would triple the cost for nothing.
 */
export function bodyHash(parsed: unknown): string {
  return createHash('sha256').update(JSON.stringify(parsed)).digest('hex');
}
