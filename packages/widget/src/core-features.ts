// The parts of core the widget uses. Loaded lazily as one chunk; naming them here (rather than
// importing the whole module) lets the bundler leave the rest of core out of that chunk.
export {
  currentPolicy,
  evaluateEligibility,
  parseSupportRequest,
  partnerKinds,
  planPhases,
  supportTypes,
} from '@npo-gemeenten/core';
