import type { ReactiveControllerHost } from 'lit';
import { emptyAnswers, openQuestions, withAnswer, type Answers, type OpenQuestions } from './answers.js';
import { FormStateController } from './controllers/form-state.js';
import type { CoreModule } from './domain.js';
import type { DataModule, DecisionRecord, EligibilityResult, Municipality } from './domain-types.js';
import { emit } from './events.js';
import type { WidgetMessages } from './messages/index.js';

/** What the questions step reads from the element. */
export interface QuestionsFlowOptions {
  core(): CoreModule | null;
  data(): DataModule | null;
  municipality(): Municipality | null;
  t(): WidgetMessages;
  /** Called after every change that belongs in the draft. */
  onChange(): void;
  /** The outcome is there: show it. */
  onResult(): void;
}

/**
 * Step 3's state and the check itself: the answers to the questions the data leaves open, which
 * questions those are, and the outcome once the answers are in (fired as `npo-result`).
 */
export class QuestionsFlow {
  readonly answers: FormStateController<Answers>;
  result: EligibilityResult | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: QuestionsFlowOptions,
  ) {
    this.answers = new FormStateController(host, { empty: emptyAnswers, update: withAnswer, clearErrorOnInput: false, onChange: options.onChange });
  }

  /** The policy's size limit plus its margin: the fusiegemeente question only matters above it. */
  get sizeLimit(): number {
    const parameters = this.options.core()?.currentPolicy.parameters;
    return parameters ? parameters.maxInhabitants.value + parameters.inhabitantsMargin.value : 44_000;
  }

  get open(): OpenQuestions {
    return openQuestions(this.options.municipality(), this.sizeLimit);
  }

  /** Evaluates the answers (after a restore too); null until core, data and a municipality are there. */
  evaluate(): EligibilityResult | null {
    const { core, data, municipality } = this.options;
    const [c, d, m] = [core(), data(), municipality()];
    this.result = c && d && m ? c.evaluateUnderCurrentPolicy(c.eligibilityInput(d.toEligibilityInput(m), this.answers.value, this.open), { dataSnapshot: d.datasetInfo.snapshotId }) : null;
    this.host.requestUpdate();
    return this.result;
  }

  readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    const core = this.options.core();
    if (!core) return;
    const text = this.options.t().targetGroupInvalid;
    const invalid = [{ field: 'targetGroupShare' as const, code: 'percent', message: { nl: text, en: text } }];
    if (this.answers.showErrors(core.targetGroupInvalid(this.answers.value, this.open) ? invalid : [])) return;
    if (this.evaluate()) emit<DecisionRecord>(this.host, 'npo-result', this.result!.record);
    this.options.onResult();
  };

  reset(): void {
    this.answers.reset();
    this.result = null;
  }
}
