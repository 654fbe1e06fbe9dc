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
] as const);
/** A support type id. */
export type SupportType = (typeof supportTypeIds)[number];

/** Ids of the phases of a municipality's own NPO plan, in catalogue order. */
export const planPhaseIds = /* @__PURE__ */ Object.freeze(['make', 'elaborate', 'execute', 'evaluate'] as const);
/** A plan phase id. */
export type PlanPhase = (typeof planPhaseIds)[number];

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

/** Languages the user-facing texts are available in; the first is the default. */
export const languageIds = /* @__PURE__ */ Object.freeze(['nl', 'en'] as const);
/** A language id: `'nl'` (default) or `'en'`. */
export type Language = (typeof languageIds)[number];

/** A text in Dutch and English. */
export type LocalizedText = { nl: string; en: string };
