/**
 * Names people use that are not the official name, with the code they mean: common Dutch names, the Frisian
 * names of Frisian municipalities with a Dutch official name, and English exonyms. Only names in general use;
 * former municipalities come from the herindelingen list instead.
 */
export const aliases: ReadonlyArray<readonly [alias: string, code: number]> = [
  ['Den Bosch', 796],
  ['Den Haag', 518],
  ['The Hague', 518],
  ['Hague', 518],
  ['Nuenen c.a.', 820],
  ['Nuenen', 820],
  ['Flushing', 718],
  // Frisian names (Fryslân is bilingual; these municipalities have a Dutch official name).
  ['Ljouwert', 80],
  ['Harns', 72],
  ['It Hearrenfean', 74],
  ['Skylge', 93],
  ['Flylân', 96],
  ['It Amelân', 60],
  ['Skiermûntseach', 88],
  ['Opsterlân', 86],
  ['Smellingerlân', 90],
  ['Eaststellingwerf', 85],
  // Dutch spellings of Frisian official names.
  ['Zuidwest-Friesland', 1900],
  ['Noordoost-Friesland', 1970],
];

/**
 * Words that narrow a search to a province ("Bergen Limburg", "Bergen NH"), keyed by folded form. Values are
 * indexes into the provinces PV20-PV31.
 */
export const provinceWords: ReadonlyMap<string, number> = new Map([
  ['groningen', 0],
  ['fryslan', 1],
  ['friesland', 1],
  ['drenthe', 2],
  ['overijssel', 3],
  ['flevoland', 4],
  ['gelderland', 5],
  ['gld', 5],
  ['utrecht', 6],
  ['noord holland', 7],
  ['nh', 7],
  ['zuid holland', 8],
  ['zh', 8],
  ['zeeland', 9],
  ['noord brabant', 10],
  ['brabant', 10],
  ['nb', 10],
  ['limburg', 11],
]);
