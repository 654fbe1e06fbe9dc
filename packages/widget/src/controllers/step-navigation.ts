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

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get index(): number {
    return stepIds.indexOf(this.current);
  }

  get total(): number {
    return stepIds.length;
  }

  async go(step: StepId, focus = true): Promise<void> {
    this.current = step;
    this.host.requestUpdate();
    if (!focus) return;
    await this.host.updateComplete;
    this.focusHeading();
  }

  focusHeading(): void {
    const heading = this.host.renderRoot.querySelector<HTMLElement>('[data-step-heading]');
    heading?.focus();
  }
}
