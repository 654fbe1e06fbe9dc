import type { SourceRef } from './types.js';
import type { ReferenceYear } from './years.js';

// Compact shapes the generator writes into src/generated/; decoded once, on first use.

/** One reference year: parallel columns, sorted by code. */
export interface EncodedYear {
  readonly year: ReferenceYear;
  readonly referenceDate: string;
  readonly source: SourceRef;
  readonly classification: { readonly referenceDate: string; readonly source: SourceRef };
  /** Numeric parts of the GM codes, ascending: base-36 differences to the previous code, joined by `,`. */
  readonly codes: string;
  /** Names joined by `|`. */
  readonly names: string;
  /** One character per municipality: index into `provinces` (`a` = 0), `-` when unknown. */
  readonly provinces: string;
  /** Inhabitants on the reference date in base 36, joined by `,`; empty when unknown. */
  readonly inhabitants: string;
}

/** 0 = samenvoeging (merger), 1 = toevoeging (addition to an existing municipality), 2 = opsplitsing (split). */
export type EncodedMergerKind = 0 | 1 | 2;

/** One row of the herindelingen list. */
export type EncodedMerger = readonly [
  date: string,
  oldCode: number,
  oldName: string,
  newCode: number,
  kind: EncodedMergerKind,
  /** Inhabitants of the old municipality on the last 1 January before `date`, -1 when unknown. */
  inhabitants: number,
  /** Reference year of `inhabitants`, 0 when unknown. */
  inhabitantsYear: number,
];

/** The herindelingen as written by the generator; decode with `decodeMergers`. */
export interface EncodedMergers {
  readonly dates: readonly string[];
  /** Rows joined by `;`, fields by `,` (see src/generated/mergers.ts). */
  readonly rows: string;
}

/** Decodes {@link EncodedMergers} into rows. */
export function decodeMergers(encoded: EncodedMergers): EncodedMerger[] {
  return encoded.rows.split(';').map((row): EncodedMerger => {
    const [date, oldCode, oldName, newCode, kind, inhabitants, year] = row.split(',');
    return [
      encoded.dates[Number(date)] ?? '',
      parseInt(oldCode ?? '', 36),
      oldName ?? '',
      parseInt(newCode ?? '', 36),
      Number(kind) as EncodedMergerKind,
      inhabitants ? parseInt(inhabitants, 36) : -1,
      Number(year),
    ];
  });
}

/** One imported share of doelgroepkinderen and the reference years it applies to. */
export type EncodedShare = readonly [
  code: number,
  value: number,
  referenceDate: string,
  source: SourceRef,
  years: readonly number[],
];

/** The successor that took a split municipality's seat: old code, seat, successor code and name, law, its publication. */
export type EncodedSplitSeat = readonly [oldCode: number, seat: string, newCode: number, newName: string, law: string, url: string];
