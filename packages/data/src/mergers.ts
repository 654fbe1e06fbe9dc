import { decodeMergers } from './encoded.js';
import { encodedMergers } from './generated/mergers.js';

/** The herindelingen, decoded once. */
export const mergers = /* @__PURE__ */ decodeMergers(encodedMergers);
