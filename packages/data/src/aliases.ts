/**
 * Common names people use that are not the official name, with the code they mean.
 * Only names in general use; former municipalities come from the herindelingen list instead.
 */
export const aliases: ReadonlyArray<readonly [alias: string, code: number]> = [
  ['Den Bosch', 796],
  ['Den Haag', 518],
  ['Nuenen c.a.', 820],
  ['Nuenen', 820],
];
