import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ApiError } from '../../api/client.js';
import type { SessionController } from '../../controllers/session.js';
import { errorText } from '../../error-text.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { ViewElement } from '../view-props.js';
import { styles } from './sign-in.styles.js';

/** `<npo-sign-in>`: the personal token, exchanged once for the intake's session cookie. */
export class NpoSignIn extends ViewElement {
  static override styles = [tokens, shared, styles];
  static override properties: PropertyDeclarations = {
    ...ViewElement.properties,
    session: { attribute: false },
    error: { state: true },
    busy: { state: true },
  };

  declare session: SessionController | null;
  declare error: string | null;
  declare busy: boolean;

  constructor() {
    super();
    this.session = null;
    this.error = null;
    this.busy = false;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('token') as HTMLInputElement;
    const token = input.value.trim();
    if (!token) {
      this.error = this.t.tokenRequired;
    } else {
      this.busy = true;
      try {
        await this.session?.signIn(token);
        // The field is emptied so the token lives nowhere once the session exists.
        input.value = '';
        this.error = null;
      } catch (error) {
        this.error = error instanceof ApiError && error.status === 401 ? this.t.tokenRejected : errorText(error, this.t, this.language);
      } finally {
        this.busy = false;
      }
    }
    if (this.error) {
      await this.updateComplete;
      input.focus();
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const invalid = this.error !== null;
    return html`
      <h1 tabindex="-1">${t.signInHeading}</h1>
      <p>${t.signInIntro}</p>
      <form class="card" novalidate @submit=${this.submit}>
        <div class="field">
          <label for="token">${t.tokenLabel}<span class="hint" id="token-hint">${t.tokenHint}</span></label>
          ${invalid ? html`<p class="field-error" id="token-error">${this.error}</p>` : nothing}
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${invalid ? 'token-hint token-error' : 'token-hint'}
            aria-invalid=${invalid ? 'true' : 'false'}
          />
        </div>
        <button type="submit" ?disabled=${this.busy}>${t.signInButton}</button>
      </form>
    `;
  }
}

customElements.define('npo-sign-in', NpoSignIn);
