// Plain id lists: the single source of the enum schemas and of the catalogue, kept free of zod so
// that the `./catalogue` entry point can be loaded before the validation code.

/** Ids of the support types (ondersteuningsvormen) the offer lists, in catalogue order. */
export const supportTypeIds = /* @__PURE__ */ Object.freeze([
  'local-structure',
  'measures-package',
  'shared-ambition',
  'education-agenda',
  'thematic-workgroups',
  'process-and-catch-up',
  'other',
] as const);
/** A support type id. */
export type SupportType = (typeof supportTypeIds)[number];

/** Ids of the phases of a municipality's own NPO plan, in catalogue order. */
export const planPhaseIds = /* @__PURE__ */ Object.freeze(['make', 'elaborate', 'execute', 'evaluate'] as const);
/** A plan phase id. */
export type PlanPhase = (typeof planPhaseIds)[number];

/** Ids of the forms of support a municipality may prefer. */
export const preferredFormIds = /* @__PURE__ */ Object.freeze(['on-site', 'online', 'mixed', 'no-preference'] as const);
/** A preferred form id. */
export type PreferredForm = (typeof preferredFormIds)[number];

/** Ids of the intensities of support a municipality may prefer. */
export const preferredIntensityIds = /* @__PURE__ */ Object.freeze([
  'single-conversation',
  'few-sessions',
  'longer-trajectory',
  'not-sure',
] as const);
/** A preferred intensity id. */
export type PreferredIntensity = (typeof preferredIntensityIds)[number];

/** Ids of the consortium members that provide the support; stable, as used in assignments. */
export const providerIds = /* @__PURE__ */ Object.freeze(['sardes', 'oberon', 'ced-groep', 'dsp-groep', 'caop'] as const);
/** A provider id. */
export type ProviderId = (typeof providerIds)[number];

/** Ids of the eligibility criteria, in the order they are reported. */
export const criterionIds = /* @__PURE__ */ Object.freeze(['size', 'need', 'capacity', 'cooperation'] as const);
/** A criterion id (the zod schema of the main entry point infers the same type). */
export type CriterionId = (typeof criterionIds)[number];

/** Ids of the kinds of local partners a request may name, in catalogue order. */
export const partnerKindIds = /* @__PURE__ */ Object.freeze([
  'municipality',
  'school-board-primary',
  'school-board-secondary',
  'childcare',
  'special-needs-partnership',
  'youth-care',
  'library',
  'social-work',
  'sport-culture',
  'further-education',
  'other',
] as const);
/** A partner kind id. */
export type PartnerKind = (typeof partnerKindIds)[number];

/** Ids of the states of a support trajectory, in catalogue order. */
export const trajectoryStateIds = /* @__PURE__ */ Object.freeze([
  'submitted',
  'intake',
  'matched',
  'in-progress',
  'evaluating',
  'closed',
  'declined',
  'withdrawn',
] as const);
/** A trajectory state id. */
export type TrajectoryState = (typeof trajectoryStateIds)[number];

/** Answers to whether corona-related problems are above average. */
export const coronaImpactIds = /* @__PURE__ */ Object.freeze(['above-average', 'not-above-average', 'unknown'] as const);
/** Answers to whether implementing NP Onderwijs asks more than the present capacity. */
export const capacityShortfallIds = /* @__PURE__ */ Object.freeze(['yes', 'no', 'unknown'] as const);
/** Overall outcomes of the eligibility check. */
export const eligibilityOutcomeIds = /* @__PURE__ */ Object.freeze(['eligible', 'contact', 'not-eligible'] as const);

/** Languages the user-facing texts are available in; the first is the default. */
export const languageIds = /* @__PURE__ */ Object.freeze(['nl', 'en'] as const);
/** A language id: `'nl'` (default) or `'en'`. */
export type Language = (typeof languageIds)[number];

/** A text in Dutch and English. */
export type LocalizedText = { nl: string; en: string };
