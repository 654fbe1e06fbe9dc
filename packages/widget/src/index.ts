// `@npo-gemeenten/widget`: the `<npo-gemeentecheck>` element. Importing this module defines the
// element (once per page).
import type { NpoGemeentecheck } from './components/gemeentecheck/gemeentecheck.js';
import type { DecisionRecord } from './domain-types.js';
import type { SubmitErrorDetail, SubmittedDetail } from './events.js';

export { tagName } from './define.js';
export { NpoGemeentecheck } from './components/gemeentecheck/gemeentecheck.js';
export type { SubmittedDetail, SubmitErrorDetail } from './events.js';
export type { SubmitErrorReason } from './submit-types.js';
export { stepIds, type StepId } from './controllers/step-navigation.js';
export { nl } from './messages/nl.js';
export type { WidgetLanguage, WidgetMessageOverrides, WidgetMessages } from './messages/index.js';
/** The decision record in the `npo-result` event (core's `DecisionRecord`). @public */
export type { DecisionRecord } from './domain-types.js';

declare global {
  interface HTMLElementTagNameMap {
    'npo-gemeentecheck': NpoGemeentecheck;
  }
  interface HTMLElementEventMap {
    'npo-result': CustomEvent<DecisionRecord>;
    'npo-submitted': CustomEvent<SubmittedDetail>;
    'npo-submit-error': CustomEvent<SubmitErrorDetail>;
  }
}
