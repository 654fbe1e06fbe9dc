import type { SourceRef } from './types.js';

/** Children by age and households with children, as the generator writes them: parallel columns by code. */
export interface EncodedIndicators {
  readonly year: number;
  readonly referenceDate: string;
  readonly source: SourceRef;
  /** Numeric parts of the GM codes, ascending: base-36 differences to the previous code, joined by `,`. */
  readonly codes: string;
  /** Each column: one figure per code in base 36, joined by `,`. */
  readonly children0to4: string;
  readonly children5to9: string;
  readonly children10to14: string;
  readonly householdsWithChildren: string;
  /** The same figures for the Netherlands. */
  readonly national: Readonly<Record<'children0to4' | 'children5to9' | 'children10to14' | 'householdsWithChildren', number>>;
}
