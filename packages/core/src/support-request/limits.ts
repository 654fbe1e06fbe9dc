// The lengths of a request's texts, in code points after trimming: one source for the schema, the
// zod-free reader and forms that want to say the limits before anyone types.

/** Minimum and maximum length of each text of a support request (code points, after trimming). */
export const supportRequestLimits = /* @__PURE__ */ Object.freeze({
  municipalityName: Object.freeze({ min: 1, max: 100 }),
  contactName: Object.freeze({ min: 2, max: 100 }),
  contactRole: Object.freeze({ min: 2, max: 100 }),
  supportTypeOther: Object.freeze({ min: 1, max: 200 }),
  question: Object.freeze({ min: 20, max: 4000 }),
  partnersOther: Object.freeze({ min: 1, max: 200 }),
} as const);
