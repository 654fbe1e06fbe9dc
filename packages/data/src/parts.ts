import type { DatasetParts } from './dataset.js';
import type { EncodedYear } from './encoded.js';
import { mergerSource, populationSources, splitSeats } from './generated/mergers.js';
import { mergers } from './mergers.js';
import { provinceNames } from './generated/provinces.js';
import { targetGroupShares } from './generated/target-group-share.js';

const provinces = /* @__PURE__ */ provinceNames.split('|').map((name, i) => ({ code: `PV${20 + i}`, name }));

/** Combines the given years with the shared tables every entry point needs. */
export function partsFor(years: readonly EncodedYear[]): DatasetParts {
  return { years, provinces, mergers, mergerSource, splitSeats, populationSources, shares: targetGroupShares };
}
