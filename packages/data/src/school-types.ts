import type { SourceRef } from './types.js';

/**
 * Compact school-based achterstandsscores per municipality: parallel columns of base-36 numbers
 * joined by `,`, sorted by code (decoded on first use by the school hint).
 */
export interface EncodedSchoolScores {
  readonly referenceDate: string;
  readonly source: SourceRef;
  readonly boundariesYear: number;
  readonly nationalPupils: number;
  readonly nationalScore: number;
  readonly nationalScorePer100: number;
  /** Numeric parts of the GM codes: differences to the previous code. */
  readonly codes: string;
  readonly schools: string;
  readonly pupils: string;
  /** The score per 100 pupils in thousandths. */
  readonly scorePer1000: string;
  readonly fewPupilSchools: string;
  /** Former codes as `former:successor` (a successor with a score; a split follows the one that took its seat). */
  readonly formerCodes: string;
}
