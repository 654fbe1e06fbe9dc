import * as z from 'zod/mini';
import { partnerKindIds, planPhaseIds, supportTypeIds, trajectoryStateIds } from './ids.js';

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
