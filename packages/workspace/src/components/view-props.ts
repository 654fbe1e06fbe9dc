import type { Language } from '@npo-gemeenten/core/catalogue';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { User } from '../api/schemas.js';
import { type WorkspaceMessages, messagesFor } from '../messages/index.js';

/**
 * What every view receives from the shell: the language with its texts and the signed-in person. A
 * view's `h1` has `tabindex="-1"`: the shell moves focus there after each change of view.
 */
export class ViewElement extends LitElement {
  static override properties: PropertyDeclarations = {
    language: { attribute: false },
    t: { attribute: false },
    user: { attribute: false },
  };

  declare language: Language;
  declare t: WorkspaceMessages;
  declare user: User | null;

  constructor() {
    super();
    this.language = 'nl';
    this.t = messagesFor('nl');
    this.user = null;
  }

  /** The view's heading, for focus and the page title. */
  heading(): HTMLElement | null {
    return this.renderRoot.querySelector('h1');
  }

  /** Tells the shell to show a message above the next view (e.g. after erasing). */
  protected flash(text: string): void {
    this.dispatchEvent(new CustomEvent('npo-flash', { detail: text, bubbles: true, composed: true }));
  }
}
