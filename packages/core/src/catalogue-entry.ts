/**
 * The catalogue of the NP Onderwijs support offer without any validation code: ids, labels and
 * descriptions (nl, en) of support types, plan phases, partner kinds, trajectory states and preferred
 * forms and intensities; the organisations behind the offer; the criterion names; and the trajectory
 * machine. Small enough to render labels before the eligibility check is loaded.
 *
 * @packageDocumentation
 */
export {
  supportTypeIds,
  planPhaseIds,
  partnerKindIds,
  trajectoryStateIds,
  languageIds,
  preferredFormIds,
  preferredIntensityIds,
  providerIds,
  criterionIds,
} from './ids.js';
export type {
  SupportType,
  PlanPhase,
  PartnerKind,
  TrajectoryState,
  Language,
  LocalizedText,
  PreferredForm,
  PreferredIntensity,
  ProviderId,
} from './ids.js';
export {
  supportTypes,
  planPhases,
  partnerKinds,
  trajectoryStates,
  preferredForms,
  preferredIntensities,
  catalogue,
  findEntry,
} from './catalogue.js';
export { commissioner, providers, providerSentences } from './providers.js';
export type { Organisation } from './providers.js';
export { criterionLabels } from './criterion-labels.js';
export { offerPeriod } from './offer-period.js';
export { EMAIL_PATTERN, PHONE_PATTERN, UUID_PATTERN } from './patterns.js';
export type { CatalogueEntry, Catalogue } from './catalogue.js';
export { trajectoryTransitions, canTransition, isFinalState } from './transitions.js';
