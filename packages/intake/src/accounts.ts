import { randomUUID } from 'node:crypto';
import { hashToken, newPersonalToken } from './auth.js';
import type { AuditStamp, IntakeStore, StaffRole, StaffUser } from './store/types.js';

/**
 * A new staff account and its personal token. The token is shown once: the store keeps only its hash.
 * @public
 */
export interface CreatedStaffAccount {
  user: StaffUser;
  token: string;
}

/**
 * Creates a staff account with a new personal token (`npo_` and 32 random bytes). Returns `exists`
 * when an active account already has this e-mail address.
 * @public
 */
export async function createStaffAccount(
  store: IntakeStore,
  input: { name: string; email: string; role: StaffRole; provider: string | null },
  audit?: AuditStamp,
): Promise<CreatedStaffAccount | 'exists'> {
  const token = newPersonalToken();
  const user: StaffUser = {
    id: randomUUID(),
    name: input.name.trim(),
    email: input.email.trim().toLowerCase(),
    role: input.role,
    provider: input.provider,
    createdAt: (audit ? new Date(audit.at) : new Date()).toISOString(),
    revokedAt: null,
  };
  const { revokedAt: _revoked, ...stored } = user;
  const outcome = await store.addUser({ ...stored, tokenHash: hashToken(token) }, audit);
  return outcome === 'exists' ? 'exists' : { user, token };
}
