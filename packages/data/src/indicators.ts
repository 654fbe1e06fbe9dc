// Children by age (0-4, 5-9, 10-14) and households with children per municipality on 1 January 2025, from CBS
// Regionale kerncijfers Nederland (70072ned) (`@npo-gemeenten/data/indicators`). Context for a municipality's
// figures, never a criterion of the check. Figures: CC BY 4.0, Bron: CBS.

import type { LocalizedText } from '@npo-gemeenten/core';
import { formatCode, parseCode } from './codes.js';
import { DataQueryError } from './errors.js';
import { indicators2025 } from './generated/indicators-2025.js';
import type { SourceRef } from './types.js';

/** The indicators held, in the order they are usually shown. */
export const childIndicatorIds = ['children0to4', 'children5to9', 'children10to14', 'householdsWithChildren'] as const;

/** Id of one indicator. */
export type ChildIndicatorId = (typeof childIndicatorIds)[number];

/** One figure with everything needed to show it honestly. */
export interface IndicatorFigure {
  /** The figure: a number of persons or of households. */
  readonly value: number;
  /** What is counted. */
  readonly unit: 'persons' | 'households';
  /** The date the figure describes (`YYYY-MM-DD`). */
  readonly referenceDate: string;
  /** The CBS table, with licence and attribution. */
  readonly source: SourceRef;
  /** What the figure is, in Dutch and English ("Kinderen van 0 tot en met 4 jaar"). */
  readonly label: LocalizedText;
}

/** The child indicators of one municipality (2025 boundaries). */
export interface ChildIndicators {
  /** CBS code of the municipality. */
  readonly code: string;
  /** Reference year. */
  readonly year: number;
  readonly children0to4: IndicatorFigure;
  readonly children5to9: IndicatorFigure;
  readonly children10to14: IndicatorFigure;
  readonly householdsWithChildren: IndicatorFigure;
}

/** Labels of the indicators, in Dutch and English. */
export const childIndicatorLabels: Readonly<Record<ChildIndicatorId, LocalizedText>> = {
  children0to4: { nl: 'Kinderen van 0 tot en met 4 jaar', en: 'Children aged 0 to 4' },
  children5to9: { nl: 'Kinderen van 5 tot en met 9 jaar', en: 'Children aged 5 to 9' },
  children10to14: { nl: 'Kinderen van 10 tot en met 14 jaar', en: 'Children aged 10 to 14' },
  householdsWithChildren: { nl: 'Huishoudens met kinderen', en: 'Households with children' },
};

let decoded: { codes: number[]; columns: Record<ChildIndicatorId, number[]> } | undefined;

/** Decodes the compact columns once, on first use. */
function table(): NonNullable<typeof decoded> {
  if (!decoded) {
    let previous = 0;
    const codes = indicators2025.codes.split(',').map((delta) => (previous += parseInt(delta, 36)));
    const column = (id: ChildIndicatorId) => indicators2025[id].split(',').map((value) => parseInt(value, 36));
    decoded = { codes, columns: Object.fromEntries(childIndicatorIds.map((id) => [id, column(id)])) as Record<ChildIndicatorId, number[]> };
  }
  return decoded;
}

function figure(id: ChildIndicatorId, value: number): IndicatorFigure {
  return {
    value,
    unit: id === 'householdsWithChildren' ? 'households' : 'persons',
    referenceDate: indicators2025.referenceDate,
    source: indicators2025.source,
    label: childIndicatorLabels[id],
  };
}

function build(code: string, at: (id: ChildIndicatorId) => number): ChildIndicators {
  return {
    code,
    year: indicators2025.year,
    children0to4: figure('children0to4', at('children0to4')),
    children5to9: figure('children5to9', at('children5to9')),
    children10to14: figure('children10to14', at('children10to14')),
    householdsWithChildren: figure('householdsWithChildren', at('householdsWithChildren')),
  };
}

/**
 * The child indicators of the municipality with this CBS code on 1 January 2025 (`GM0274`), or `null` for a code
 * that is no municipality in 2025 (look a former code up with `getMunicipality` first).
 *
 * @throws {@link DataQueryError} when `code` is not a string.
 */
export function getChildIndicators(code: string): ChildIndicators | null {
  if (typeof code !== 'string') {
    throw new DataQueryError('invalid-query', `getChildIndicators: code must be a string such as "GM0274", got ${typeof code}.`);
  }
  const number = parseCode(code);
  const { codes, columns } = table();
  const index = number === undefined ? -1 : codes.indexOf(number);
  if (index < 0) return null;
  return build(formatCode(codes[index] ?? 0), (id) => columns[id][index] ?? 0);
}

/** The same indicators for the Netherlands as a whole (`code: 'NL01'`). */
export function getNationalChildIndicators(): ChildIndicators {
  return build('NL01', (id) => indicators2025.national[id]);
}

export { DataQueryError } from './errors.js';
export type { LocalizedText } from '@npo-gemeenten/core';
export type { SourceKind, SourceRef } from './types.js';
