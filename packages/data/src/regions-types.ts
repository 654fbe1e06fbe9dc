import type { SourceRef } from './types.js';

/** Region kinds a provider groups municipalities by. */
export type RegionKind = 'labourMarketRegion' | 'corop' | 'ggd' | 'youthCareRegion' | 'sizeClass' | 'urbanity';

/** Compact regions of one "Gebieden in Nederland" table. */
export interface EncodedRegions {
  readonly year: number;
  readonly referenceDate: string;
  readonly source: SourceRef;
  readonly codes: readonly number[];
  readonly kinds: Readonly<
    Record<RegionKind, { readonly values: ReadonlyArray<readonly [string, string]>; readonly index: readonly number[] }>
  >;
}
