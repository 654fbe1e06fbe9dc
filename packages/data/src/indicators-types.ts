import type { SourceRef } from './types.js';

/** Children by age and households with children, as the generator writes them: parallel columns by code. */
export interface EncodedIndicators {
  readonly year: number;
  readonly referenceDate: string;
  readonly source: SourceRef;
  /** Numeric parts of the GM codes, ascending. */
  readonly codes: readonly number[];
  readonly children0to4: readonly number[];
  readonly children5to9: readonly number[];
  readonly children10to14: readonly number[];
  readonly householdsWithChildren: readonly number[];
  /** The same figures for the Netherlands. */
  readonly national: Readonly<Record<'children0to4' | 'children5to9' | 'children10to14' | 'householdsWithChildren', number>>;
}
