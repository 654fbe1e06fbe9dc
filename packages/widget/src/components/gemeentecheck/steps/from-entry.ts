// The later steps' side of entry-shared.ts: bindings that later-steps.ts fills in once, when its
// chunk loads and before any step renders.
import type * as Entry from './entry-shared.js';

export let html: typeof Entry.html;
export let nothing: typeof Entry.nothing;
export let describedBy: typeof Entry.describedBy;
export let heading: typeof Entry.heading;
export let nextButton: typeof Entry.nextButton;
export let problem: typeof Entry.problem;
export let formatDate: typeof Entry.formatDate;
export let formatNumber: typeof Entry.formatNumber;
export let sourceText: typeof Entry.sourceText;
export let datePartNames: typeof Entry.datePartNames;
export let formFields: typeof Entry.formFields;
export let submitErrorText: typeof Entry.submitErrorText;

/** Takes over what the first file hands over. */
export function useEntry(entry: typeof Entry): void {
  ({ html, nothing, describedBy, heading, nextButton, problem, formatDate, formatNumber, sourceText, datePartNames, formFields, submitErrorText } = entry);
}
