/**
 * The period of the offer (`currentPolicy.validFrom` to `validTo`), without the validation code, so a
 * page can tell before the check loads whether the offer still runs.
 */
export const offerPeriod: Readonly<{ validFrom: string; validTo: string }> = /* @__PURE__ */ Object.freeze({
  validFrom: '2021-07-01',
  validTo: '2025-07-31',
});
