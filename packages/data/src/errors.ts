/** What was wrong with a call. */
export type DataQueryErrorCode = 'invalid-query' | 'invalid-year' | 'invalid-option' | 'invalid-municipality';

/** Thrown for a call that cannot be answered (wrong type, unknown year, bad option); the message says what to fix. */
export class DataQueryError extends Error {
  /** Always `DataQueryError`. */
  override readonly name = 'DataQueryError';
  /** What was wrong, for programs; the message says it for people. */
  readonly code: DataQueryErrorCode;

  constructor(code: DataQueryErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
