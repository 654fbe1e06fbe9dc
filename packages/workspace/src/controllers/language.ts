import type { Language } from '@npo-gemeenten/core/catalogue';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, messagesFor, type WorkspaceMessages } from '../messages/index.js';

// The chosen language is a preference, not a secret: it is the only thing the app keeps in storage.
const storageKey = 'npo-workspace-language';

function stored(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Holds the language and its texts; switching loads the texts, sets `<html lang>` and re-renders the host. */
export class LanguageController implements ReactiveController {
  language: Language = stored();
  messages: WorkspaceMessages = messagesFor(this.language);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.use(this.language);
  }

  async use(language: Language): Promise<void> {
    this.messages = await loadMessages(language);
    this.language = language;
    document.documentElement.lang = language;
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // Storage may be off; the choice then lasts for this page only.
    }
    this.host.requestUpdate();
  }
}
