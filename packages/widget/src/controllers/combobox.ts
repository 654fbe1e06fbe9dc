import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the combobox needs from its host. */
export interface ComboboxOptions<T> {
  /** Returns the options for a query (synchronous: data is already loaded when typing starts). */
  search(query: string): readonly T[];
  /** Called when the visitor picks an option (click, Enter). */
  onSelect(item: T): void;
  /** Called when the visitor edits the text after a selection. */
  onEdit?(): void;
  /** Text for the live region after the option list changes. */
  announce(count: number): void;
  /** Prefix for option ids (unique within the shadow root). */
  idPrefix: string;
}

/**
 * Editable combobox with a listbox popup and list autocomplete, after the WAI-ARIA APG pattern:
 * DOM focus stays on the input, the active option is conveyed with aria-activedescendant.
 * Keys: ArrowDown/ArrowUp move (and open), Alt+ArrowDown opens, Alt+ArrowUp and Escape close,
 * Enter picks the active option, Escape on a closed popup clears the text.
 */
/** Quiet time after the last keystroke before the number of suggestions is announced. */
export const announceDelayMs = 700;

export class ComboboxController<T> implements ReactiveController {
  query = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  items: readonly T[] = [];
  expanded = false;
  active = -1;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: ComboboxOptions<T>,
  ) {
    host.addController(this);
  }

  /** No announcement of a list the visitor has left. */
  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
  }

  /** Keeps the active option in sight when arrowing through a list taller than its box (WCAG 2.4.7). */
  hostUpdated(): void {
    const id = this.activeDescendant;
    if (id) this.host.renderRoot.querySelector(`#${id}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Sets the text without opening the popup (e.g. after a selection or a restore). */
  setQuery(text: string): void {
    this.query = text;
    this.close();
  }

  /** Searches again for the text typed so far (the data has just loaded): an open list gets its options. */
  searchAgain(): void {
    if (this.expanded) this.refresh(true);
  }

  optionId(index: number): string {
    return `${this.options.idPrefix}-option-${index}`;
  }

  get activeDescendant(): string | undefined {
    return this.expanded && this.active >= 0 ? this.optionId(this.active) : undefined;
  }

  readonly handleInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.options.onEdit?.();
    this.refresh(true);
  };

  readonly handleKeyDown = (event: KeyboardEvent): void => {
    const count = this.items.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) {
          this.refresh(false);
          this.expanded = this.items.length > 0;
          if (!event.altKey && this.items.length > 0) this.active = 0;
        } else if (count > 0) {
          this.active = (this.active + 1) % count;
        }
        break;
      case 'ArrowUp':
        if (!this.expanded && !event.altKey) {
          event.preventDefault();
          this.refresh(false);
          this.expanded = this.items.length > 0;
          this.active = this.items.length - 1;
        } else if (event.altKey) {
          event.preventDefault();
          this.close();
        } else if (count > 0) {
          event.preventDefault();
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        break;
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.select(this.active);
          return;
        }
        this.close();
        break;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.query !== '') {
          event.preventDefault();
          this.query = '';
          this.items = [];
          this.options.onEdit?.();
        }
        break;
      case 'Tab':
        this.close();
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // Keys that move the caret hand the visual focus back to the text (APG).
        this.active = -1;
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  /** Keeps DOM focus in the input when an option is pressed with a pointer. */
  readonly handleOptionPointerDown = (event: Event): void => {
    event.preventDefault();
  };

  readonly handleOptionClick = (event: Event): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset['index']);
    if (Number.isInteger(index)) this.select(index);
  };

  readonly handleBlur = (): void => {
    if (this.expanded) {
      this.close();
      this.host.requestUpdate();
    }
  };

  select(index: number): void {
    const item = this.items[index];
    if (item === undefined) return;
    clearTimeout(this.announceTimer);
    this.close();
    this.options.onSelect(item);
    this.host.requestUpdate();
  }

  close(): void {
    this.expanded = false;
    this.active = -1;
  }

  private refresh(announce: boolean): void {
    const text = this.query.trim();
    this.items = text === '' ? [] : this.options.search(text);
    this.expanded = text !== '';
    this.active = -1;
    // Announced once typing pauses, not on every keystroke.
    clearTimeout(this.announceTimer);
    if (announce && text !== '') {
      const count = this.items.length;
      this.announceTimer = setTimeout(() => this.options.announce(count), announceDelayMs);
    }
    this.host.requestUpdate();
  }
}
