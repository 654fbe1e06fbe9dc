/**
 * The catalogue of the NP Onderwijs support offer without any validation code: ids, labels and
 * descriptions (nl, en) of support types, plan phases, partner kinds and trajectory states, and the
 * trajectory machine. Small enough to render labels before the eligibility check is loaded.
 *
 * @packageDocumentation
 */
export { supportTypeIds, planPhaseIds, partnerKindIds, trajectoryStateIds, languageIds } from './ids.js';
export type { SupportType, PlanPhase, PartnerKind, TrajectoryState, Language, LocalizedText } from './ids.js';
export { supportTypes, planPhases, partnerKinds, trajectoryStates, catalogue, findEntry } from './catalogue.js';
export type { CatalogueEntry, Catalogue } from './catalogue.js';
export { trajectoryTransitions, canTransition, isFinalState } from './transitions.js';
