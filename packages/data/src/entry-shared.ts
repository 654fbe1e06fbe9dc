// What every entry point exports besides its three query functions.
export { toEligibilityInput } from './eligibility.js';
export { DataQueryError, type DataQueryErrorCode } from './errors.js';
export { datasetInfo } from './generated/dataset-info.js';
export { normalizeName } from './normalize.js';
export { looksLikePostcode } from './query.js';
export type {
  DatasetInfo,
  DatasetSource,
  FormerMunicipality,
  MatchKind,
  MergerKind,
  Municipality,
  Province,
  ResolvedFrom,
  SearchHit,
  SearchOptions,
  SourceKind,
  SourceRef,
  SplitSeat,
  TargetGroupShare,
  YearOptions,
} from './types.js';
export { latestYear, type ReferenceYear, referenceYears } from './years.js';
