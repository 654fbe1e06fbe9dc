import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The widget's steps, in order. @public */
export const stepIds = ['municipality', 'figures', 'questions', 'result', 'form', 'check', 'done'] as const;
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
  /** What takes focus once the step has rendered: its heading (true), an element (a selector), or nothing. */
  private focusPending: boolean | string = false;

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

  /** Shows a step; its heading takes focus once it has rendered, or with a selector that element. */
  go(step: StepId, focus: boolean | string = true): void {
    this.current = step;
    this.focusPending = typeof focus === 'string' ? focus : this.focusPending || focus;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const focus = this.focusPending;
    if (!focus) return;
    this.focusPending = false;
    const target = this.host.renderRoot.querySelector<HTMLElement>(focus === true ? '[data-step-heading]' : focus);
    target?.focus();
    if (focus !== true) target?.scrollIntoView({ block: 'center' });
  }
}
