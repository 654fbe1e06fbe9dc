import type { SourceRef } from './types.js';

/** Compact school-based achterstandsscores per municipality. */
export interface EncodedSchoolScores {
  readonly referenceDate: string;
  readonly source: SourceRef;
  readonly boundariesYear: number;
  readonly nationalPupils: number;
  readonly nationalScore: number;
  readonly nationalScorePer100: number;
  readonly codes: readonly number[];
  readonly schools: readonly number[];
  readonly pupils: readonly number[];
  readonly scorePer100: readonly number[];
  readonly fewPupilSchools: readonly number[];
}
