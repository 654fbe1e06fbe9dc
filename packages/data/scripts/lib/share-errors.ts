/** Raised with every problem found in an import file, one per line of the message; nothing is written. */
export class ShareImportError extends Error {
  override readonly name = 'ShareImportError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The file was not imported; fix these problems:\n${problems.join('\n')}`);
    this.problems = problems;
  }
}
