import type { StaffRole, StaffUser, StoredSupportRequest } from './store/types.js';

/** The signed-in person: a staff account, or the bootstrap token (coordinator rights). */
export interface Principal {
  /** Who the audit log and the history name: the account's e-mail address, or `bootstrap`. */
  actor: string;
  kind: 'user' | 'bootstrap';
  role: StaffRole;
  name: string;
  email: string | null;
  provider: string | null;
}

/** The principal of the bootstrap and emergency token. */
export const bootstrapPrincipal: Principal = {
  actor: 'bootstrap',
  kind: 'bootstrap',
  role: 'coordinator',
  name: 'bootstrap',
  email: null,
  provider: null,
};

/** The principal of a staff account. */
export function userPrincipal(user: StaffUser): Principal {
  return { actor: user.email, kind: 'user', role: user.role, name: user.name, email: user.email, provider: user.provider };
}

/** Whether a principal may see a request: coordinators all; an adviser those of their provider or theirs. */
export function canSee(principal: Principal, record: StoredSupportRequest): boolean {
  if (principal.role === 'coordinator') return true;
  if (principal.email !== null && record.adviserEmail === principal.email) return true;
  return principal.provider !== null && record.provider === principal.provider;
}

/** The list filter that limits an adviser to what they may see; none for a coordinator. */
export function visibility(principal: Principal): { visibleTo?: { provider: string | null; adviserEmail: string } } {
  if (principal.role === 'coordinator') return {};
  return { visibleTo: { provider: principal.provider, adviserEmail: principal.email ?? '' } };
}
