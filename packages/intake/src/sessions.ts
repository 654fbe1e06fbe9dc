import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env.js';
import { bootstrapPrincipal, type Principal, userPrincipal } from './principal.js';
import type { IntakeStore } from './store/types.js';

/** Name of the session cookie. */
export const sessionCookieName = 'npo_session';
/** A session ends this long after sign-in, however active it is. */
export const sessionMaxMs = 12 * 3_600_000;
/** A session's last use is written at most this often, so reading pages does not write on every call. */
const touchEveryMs = 60_000;

/** What session sign-in needs. */
export interface SessionPolicy {
  store: IntakeStore;
  /** Sessions end after this much idle time. */
  idleMs: number;
  now: () => Date;
  /** Whether a bootstrap token is configured now: a bootstrap session lives only while it is. */
  bootstrapEnabled: boolean;
}

/** A live session: who it is, the hash the store knows it by, and when it ends if left idle. */
export interface LiveSession {
  principal: Principal;
  idHash: string;
  expiresAt: string;
}

function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `Secure` everywhere except on a loopback host, where browsers allow plain http. */
function secure(c: Context<AppEnv>): boolean {
  return !localHosts.has(new URL(c.req.url).hostname);
}

const cookieOptions = (c: Context<AppEnv>) =>
  ({ httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c) }) as const;

function endsAt(lastSeen: number, expiresAt: string, idleMs: number): string {
  return new Date(Math.min(lastSeen + idleMs, Date.parse(expiresAt))).toISOString();
}

/** Starts a session for a principal: stores the hash of a new random id and sets the cookie. */
export async function startSession(c: Context<AppEnv>, principal: Principal, userId: string | null, policy: SessionPolicy): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const now = policy.now();
  const expiresAt = new Date(now.getTime() + sessionMaxMs).toISOString();
  // Signing in is rare: a good moment to drop sessions that have ended.
  await policy.store.purgeSessions(new Date(now.getTime() - policy.idleMs).toISOString(), now.toISOString());
  await policy.store.createSession({ idHash: hashSessionId(id), userId, createdAt: now.toISOString(), expiresAt });
  setCookie(c, sessionCookieName, id, cookieOptions(c));
  return endsAt(now.getTime(), expiresAt, policy.idleMs);
}

/** Whether the request carries a session cookie at all. */
export function hasSessionCookie(c: Context<AppEnv>): boolean {
  return getCookie(c, sessionCookieName) !== undefined;
}

/** Clears the session cookie in the browser. */
export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName, cookieOptions(c));
}

/**
 * The live session of the cookie, and a note of its use; undefined when there is none, or it has
 * ended (idle, past its end, account revoked), in which case its row goes too.
 */
export async function sessionOf(c: Context<AppEnv>, policy: SessionPolicy): Promise<LiveSession | undefined> {
  const id = getCookie(c, sessionCookieName);
  if (id === undefined || !/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
  const idHash = hashSessionId(id);
  const stored = await policy.store.session(idHash);
  if (!stored) return undefined;
  const now = policy.now().getTime();
  const lastSeen = Date.parse(stored.lastSeenAt);
  const ended =
    now - lastSeen >= policy.idleMs ||
    now >= Date.parse(stored.expiresAt) ||
    (stored.user === null && !policy.bootstrapEnabled);
  if (ended) {
    await policy.store.deleteSession(idHash);
    return undefined;
  }
  let seen = lastSeen;
  if (now - lastSeen >= touchEveryMs) {
    await policy.store.touchSession(idHash, new Date(now).toISOString());
    seen = now;
  }
  return {
    principal: stored.user === null ? bootstrapPrincipal : userPrincipal(stored.user),
    idHash,
    expiresAt: endsAt(seen, stored.expiresAt, policy.idleMs),
  };
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a cookie-authenticated request may change something: safe methods always; unsafe ones only
 * from this site (`Sec-Fetch-Site: same-origin`, or an `Origin` on this host). The scheme is not
 * compared, since TLS may end at a proxy in front.
 */
export function fromThisSite(c: Context<AppEnv>): boolean {
  if (!unsafeMethods.has(c.req.method)) return true;
  if (c.req.header('Sec-Fetch-Site') === 'same-origin') return true;
  const origin = c.req.header('Origin');
  if (origin === undefined || origin === 'null') return false;
  try {
    return new URL(origin).host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}
