// The parts of core the widget uses. Loaded lazily as one chunk (before step 2); naming them here (rather than
// importing the whole module) lets the bundler leave the rest of core out of that chunk.
export {
  currentPolicy,
  evaluateEligibility,
  parseSupportRequest,
  partnerKinds,
  planPhases,
  supportTypes,
} from '@npo-gemeenten/core';

// The widget's own logic that runs only with core (from step 3 on) rides in the same chunk, so the
// first load carries none of it.
export { eligibilityInput, targetGroupInvalid } from './eligibility-input.js';
export { toShownErrors } from './field-errors.js';
export { buildSupportRequest } from './request-builder.js';
export { sendForm } from './send-form.js';
