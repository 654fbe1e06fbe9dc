import { describe, expect, it } from 'vitest';
import { getMunicipality, looksLikePostcode, type MatchKind, type ReferenceYear, searchMunicipalities } from '../src/index.js';
import { boundedDistance } from '../src/distance.js';

interface Case {
  readonly query: string;
  readonly year?: ReferenceYear;
  /** Name of the first hit; `null` for no hit at all. */
  readonly first: string | null;
  readonly kind?: MatchKind;
}

// Every case named in the data guide's search section, in every year where it applies.
const cases: readonly Case[] = [
  // Names as CBS writes them, with and without the suffix, in every year.
  ...([2020, 2021, 2022, 2023, 2024, 2025] as const).flatMap((year): Case[] => [
    { query: 'Hengelo (O.)', year, first: 'Hengelo (O.)', kind: 'exact' },
    { query: 'Hengelo', year, first: 'Hengelo (O.)', kind: 'exact' },
    { query: 'Beek (L.)', year, first: 'Beek (L.)', kind: 'exact' },
    { query: 'Laren (NH.)', year, first: 'Laren (NH.)', kind: 'exact' },
    { query: 'Middelburg (Z.)', year, first: 'Middelburg (Z.)', kind: 'exact' },
    { query: 'Rijswijk (ZH.)', year, first: 'Rijswijk (ZH.)', kind: 'exact' },
    { query: 'Stein (L.)', year, first: 'Stein (L.)', kind: 'exact' },
    { query: 'Utrecht (gemeente)', year, first: 'Utrecht', kind: 'exact' },
    { query: "'s-Gravenhage (gemeente)", year, first: "'s-Gravenhage", kind: 'exact' },
    { query: 'Groningen (gemeente)', year, first: 'Groningen', kind: 'exact' },
  ]),
  // Typing errors: one from 4 letters, two from 8.
  { query: 'Amsterdm', first: 'Amsterdam', kind: 'typo' },
  { query: 'Rotterdan', first: 'Rotterdam', kind: 'typo' },
  { query: 'Leeuwaarden', first: 'Leeuwarden', kind: 'typo' },
  { query: 'Vaalss', first: 'Vaals', kind: 'typo' },
  { query: 'Amstredam', first: 'Amsterdam', kind: 'typo' },
  { query: 'Rotetrdam', first: 'Rotterdam', kind: 'typo' },
  { query: 'Vaasl', first: 'Vaals', kind: 'typo' },
  { query: 'Vals', first: 'Vaals', kind: 'typo' },
  // Seven letters allow one error; this has two.
  { query: 'Amstrdm', first: null },
  { query: 'Vxxls', first: null },
  // Codes.
  { query: 'GM0363', first: 'Amsterdam', kind: 'code' },
  { query: 'gm0363', first: 'Amsterdam', kind: 'code' },
  { query: 'GM0756', first: 'Land van Cuijk', kind: 'code' },
  { query: 'GM0756', year: 2021, first: 'Boxmeer', kind: 'code' },
  { query: 'GM9999', first: null },
  // Province words narrow.
  { query: 'Bergen Limburg', first: 'Bergen (L.)', kind: 'exact' },
  { query: 'Bergen Noord-Holland', first: 'Bergen (NH.)', kind: 'exact' },
  { query: 'Bergen NH', first: 'Bergen (NH.)', kind: 'exact' },
  { query: 'Midden-Drenthe', first: 'Midden-Drenthe', kind: 'exact' },
  { query: 'Súdwest-Fryslân', first: 'Súdwest-Fryslân', kind: 'exact' },
  // Frisian and English names.
  { query: 'Ljouwert', first: 'Leeuwarden', kind: 'exact' },
  { query: 'The Hague', first: "'s-Gravenhage", kind: 'exact' },
  { query: 'Sudwest-Friesland', first: 'Súdwest-Fryslân' },
  { query: 'Zuidwest-Friesland', first: 'Súdwest-Fryslân', kind: 'exact' },
  { query: 'Skylge', first: 'Terschelling', kind: 'exact' },
  // Tags, character references and emoji are no part of a name.
  { query: '<b>Utrecht</b>', first: 'Utrecht', kind: 'exact' },
  { query: '<span class="x">Vaals</span>', first: 'Vaals', kind: 'exact' },
  { query: 'Vaals 🏠', first: 'Vaals', kind: 'exact' },
  { query: '🇳🇱 Renkum', first: 'Renkum', kind: 'exact' },
  { query: 'Bergen&nbsp;Limburg', first: 'Bergen (L.)', kind: 'exact' },
  // Postcodes find nothing.
  { query: '1234 AB', first: null },
  { query: '1234AB', first: null },
  { query: '6291', first: null },
  // Substrings only of current names.
  { query: 'Ede', first: 'Ede', kind: 'exact' },
  // Splits: the successor with the seat first.
  { query: 'Haaren', first: 'Oisterwijk', kind: 'exact' },
  { query: 'Littenseradiel', first: 'Súdwest-Fryslân', kind: 'exact' },
  { query: 'Winsum', first: 'Het Hogeland', kind: 'exact' },
];

describe('search cases', () => {
  it.each(cases)('$query ($year) -> $first', ({ query, year, first, kind }) => {
    const hits = searchMunicipalities(query, year ? { year } : undefined);
    if (first === null) {
      expect(hits).toEqual([]);
      return;
    }
    expect(hits[0]?.municipality.name).toBe(first);
    if (kind) expect(hits[0]?.matchKind).toBe(kind);
  });

  it('"Ede" never leads to a municipality through a substring of a former name', () => {
    const hits = searchMunicipalities('Ede', { limit: 400 });
    expect(hits.some((h) => h.municipality.name === 'Haarlemmermeer')).toBe(false);
    expect(hits.filter((h) => h.matchKind === 'substring').every((h) => h.formerName === undefined)).toBe(true);
  });

  it('lists every successor of a split, the one with the seat first', () => {
    expect(searchMunicipalities('Haaren').map((h) => h.municipality.name)).toEqual(['Oisterwijk', 'Boxtel', 'Tilburg', 'Vught']);
  });

  it('getMunicipality takes the same names', () => {
    expect(getMunicipality('Beek (L.)', { year: 2020 })?.code).toBe('GM0888');
    expect(getMunicipality('Beek', { year: 2020 })?.code).toBe('GM0888');
    expect(getMunicipality("'s-Gravenhage (gemeente)", { year: 2021 })?.code).toBe('GM0518');
    expect(getMunicipality('Bergen Limburg')?.code).toBe('GM0893');
    expect(getMunicipality('Amsterdm')).toBeUndefined();
  });

  it('recognises a postcode-shaped query', () => {
    for (const q of ['1234 AB', '1234ab', ' 1234 ', '6291', '<b>1234 AB</b>']) expect(looksLikePostcode(q), q).toBe(true);
    for (const q of ['Vaals', '123', '12345', '0123 AB', '1234 ABC', 'GM0363', '']) expect(looksLikePostcode(q), q).toBe(false);
  });
});

describe('boundedDistance', () => {
  it.each([
    ['amsterdm', 'amsterdam', 2, 1],
    ['amstredam', 'amsterdam', 2, 1],
    ['vaasl', 'vaals', 1, 1],
    ['leeuwa', 'leeuwarden', 1, 0],
    ['leeuwaarden', 'leeuwarden', 2, 1],
    ['abcd', 'wxyz', 1, 2],
    ['rotterdam', 'amsterdam', 2, 3],
    ['ab', 'ba', 1, 1],
    ['abcdefgh', 'abc', 2, 3],
  ] as const)('%s ~ %s (max %i) = %i', (query, name, max, expected) => {
    expect(boundedDistance(query, name, max)).toBe(expected);
  });
});
