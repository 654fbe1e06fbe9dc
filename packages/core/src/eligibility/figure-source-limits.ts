// The lengths of a figure source's texts, in code points after trimming: one source for the schema
// and its zod-free reader.

/** Minimum and maximum length of a figure source's citation and table id. */
export const figureSourceLimits = /* @__PURE__ */ Object.freeze({
  source: Object.freeze({ min: 1, max: 200 }),
  tableId: Object.freeze({ min: 1, max: 50 }),
} as const);
