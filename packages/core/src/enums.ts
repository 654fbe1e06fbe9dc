import * as z from 'zod/mini';
import {
  partnerKindIds,
  planPhaseIds,
  preferredFormIds,
  preferredIntensityIds,
  providerIds,
  supportTypeIds,
  trajectoryStateIds,
} from './ids.js';

// Each schema is built in a pure-annotated call so that bundlers drop the schemas a bundle does not use
// (they cannot tell on their own that zod's builders have no side effects).

/** Ids of the support types (ondersteuningsvormen) the offer lists. */
export const supportTypeSchema = /* @__PURE__ */ (() => z.enum(supportTypeIds))();

/** Phases of a municipality's own NPO plan that support can be asked for. */
export const planPhaseSchema = /* @__PURE__ */ (() => z.enum(planPhaseIds))();

/** Kinds of local partners a request may name. */
export const partnerKindSchema = /* @__PURE__ */ (() => z.enum(partnerKindIds))();

/** States of a support trajectory at the provider. */
export const trajectoryStateSchema = /* @__PURE__ */ (() => z.enum(trajectoryStateIds))();

/** Forms of support a municipality may prefer. */
export const preferredFormSchema = /* @__PURE__ */ (() => z.enum(preferredFormIds))();

/** Intensities of support a municipality may prefer. */
export const preferredIntensitySchema = /* @__PURE__ */ (() => z.enum(preferredIntensityIds))();

/** Ids of the consortium members that provide the support. */
export const providerIdSchema = /* @__PURE__ */ (() => z.enum(providerIds))();
