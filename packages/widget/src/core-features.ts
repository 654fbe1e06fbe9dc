// The parts of core the widget uses. Loaded lazily as one chunk (before step 2); naming them here (rather than
// importing the whole module) lets the bundler leave the rest of core out of that chunk.
import { partnerKinds, planPhases, preferredForms, preferredIntensities, supportTypes } from '@npo-gemeenten/core';

// The zod-free twins of core's checks (tests hold them to the schemas): zod would be a third of this chunk.
export { currentPolicy, evaluateUnderCurrentPolicy, readSupportRequest } from '@npo-gemeenten/core';

/** The catalogues a request's answers draw from, each its own: `other` is both a support type and a partner kind. */
export const requestCatalogues = { supportTypes, planPhases, partnerKinds, preferredForms, preferredIntensities };

// Everything after the first step rides in the same chunk: the widget's logic that needs core, the
// later steps' templates, the network code and the e-mail text. One file rather than four costs the
// visitor nothing (all are needed soon after the first answer) and compresses better than four.
export { eligibilityInput, targetGroupInvalid } from './eligibility-input.js';
export { toShownErrors } from './field-errors.js';
export { buildSupportRequest } from './request-builder.js';
export { checkForm, sendForm } from './send-form.js';
export { laterSteps } from './components/gemeentecheck/steps/later-steps.js';
export { sendRequest } from './send-request.js';
