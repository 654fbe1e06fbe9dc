import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShownError } from '../field-errors.js';

/** How a form's value is made and changed. */
export interface FormStateOptions<T> {
  empty(): T;
  /** The value after one input changed; null when the input is none of this form's fields. */
  update(value: T, input: HTMLInputElement): T | null;
  /** A corrected field loses its error at once; otherwise errors stay until the next submit. */
  clearErrorOnInput: boolean;
  /** Called after every change (to keep the draft). */
  onChange(): void;
}

/**
 * One form's state (the questions, the request): the values as typed, the errors shown and the
 * input handling. After a failed submit the error summary takes focus, so the visitor hears it.
 */
export class FormStateController<T> implements ReactiveController {
  value: T;
  errors: ShownError[] = [];
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: FormStateOptions<T>,
  ) {
    host.addController(this);
    this.value = options.empty();
  }

  /** The form's `@input` listener. */
  readonly handleInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const value = this.options.update(this.value, input);
    if (value === null) return;
    this.value = value;
    if (this.options.clearErrorOnInput) this.errors = this.errors.filter((e) => e.field !== input.name);
    this.options.onChange();
    this.host.requestUpdate();
  };

  /** Shows the errors of a submit; true when there are any (the summary then takes focus). */
  showErrors(errors: ShownError[]): boolean {
    this.errors = errors;
    if (errors.length === 0) return false;
    this.focusPending = true;
    this.host.requestUpdate();
    return true;
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  reset(): void {
    this.value = this.options.empty();
    this.errors = [];
    this.host.requestUpdate();
  }
}

/** What a step template reads of a form's state. */
export type FormView<T> = Pick<FormStateController<T>, 'value' | 'errors' | 'handleInput'>;
