import type { SourceRef } from './types.js';

// Compact school-based achterstandsscores per municipality: parallel columns of base-36 numbers
// joined by `,`, sorted by code (decoded on first use by the school hint). The counts are a module
// constant of their own, so that a bundle with only the score leaves them out.

/** The scores, with where they come from. */
export interface EncodedSchoolScores {
  readonly referenceDate: string;
  readonly source: SourceRef;
  readonly boundariesYear: number;
  readonly nationalPupils: number;
  readonly nationalScore: number;
  readonly nationalScorePer100: number;
  /** Numeric parts of the GM codes: differences to the previous code. */
  readonly codes: string;
  /** The score per 100 pupils in thousandths. */
  readonly scorePer1000: string;
  /** Former codes as `former:successor` (a successor with a score; a split follows the one that took its seat). */
  readonly formerCodes: string;
}

/** The schools and pupils behind each score, in the order of the scores' codes. */
export interface EncodedSchoolCounts {
  readonly schools: string;
  readonly pupils: string;
  readonly fewPupilSchools: string;
}
