import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, call, whenSignedOut } from '../api/client.js';
import { sessionSchema, type User } from '../api/schemas.js';

export type SessionState = 'checking' | 'signed-in' | 'signed-out';

/**
 * The signed-in person. The browser holds only the intake's HttpOnly session cookie: the token typed at
 * sign-in goes to `POST /api/session` once and is kept nowhere, not in storage and not in this object.
 */
export class SessionController implements ReactiveController {
  state: SessionState = 'checking';
  user: User | null = null;
  /** Why the person is signed out: after signing out, or after the server ended the session. */
  reason: 'signed-out' | 'expired' | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    whenSignedOut(() => this.ended('expired'));
    void this.check();
  }

  private set(state: SessionState, user: User | null): void {
    this.state = state;
    this.user = user;
    this.host.requestUpdate();
  }

  private ended(reason: 'signed-out' | 'expired'): void {
    if (this.state === 'signed-out') return;
    this.reason = reason;
    this.set('signed-out', null);
  }

  /** Asks the server whether the cookie still holds a session. */
  async check(): Promise<void> {
    try {
      const session = await call('session', { schema: sessionSchema, quietUnauthorized: true });
      this.set('signed-in', session.user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.set('signed-out', null);
      else throw error;
    }
  }

  /** Exchanges the personal token for a session; rejects with the server's answer. */
  async signIn(token: string): Promise<User> {
    const session = await call('session', { method: 'POST', body: { token }, schema: sessionSchema, quietUnauthorized: true });
    this.reason = null;
    this.set('signed-in', session.user);
    return session.user;
  }

  /** Ends the session on the server, then here. */
  async signOut(): Promise<void> {
    try {
      await call('session', { method: 'DELETE', quietUnauthorized: true });
    } catch (error) {
      // Already gone on the server: signed out all the same.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    this.ended('signed-out');
  }
}
