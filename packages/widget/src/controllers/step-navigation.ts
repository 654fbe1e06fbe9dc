import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The widget's steps, in order. @public */
export const stepIds = ['municipality', 'figures', 'questions', 'result', 'form', 'done'] as const;
/** One step of the widget. @public */
export type StepId = (typeof stepIds)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (stepIds as readonly string[]).includes(value);
}

/**
 * Tracks the current step and moves focus to the new step's heading after it renders, so
 * keyboard and screen reader users start reading at the top of each step.
 */
export class StepNavigationController implements ReactiveController {
  current: StepId = 'municipality';
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  get index(): number {
    return stepIds.indexOf(this.current);
  }

  get total(): number {
    return stepIds.length;
  }

  /** Shows a step; with `focus` its heading takes focus once it has rendered. */
  go(step: StepId, focus = true): void {
    this.current = step;
    this.focusPending ||= focus;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.host.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }
}
