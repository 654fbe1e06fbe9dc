/**
 * The school-based CBS achterstandsscore of 1 October 2019 per municipality, as a hint beside the question
 * about the share of doelgroepkinderen (`@npo-gemeenten/data/school-hint`). It is not that share.
 *
 * @packageDocumentation
 */
import { formatCode, parseCode } from './codes.js';
import { DataQueryError } from './errors.js';
import type { LocalizedText } from '@npo-gemeenten/core';
import { schoolCounts, schoolScores } from './generated/school-scores.js';
import type { SourceRef } from './types.js';

/** The score alone: the school-based achterstandsscore of a municipality, without the counts behind it. */
export interface SchoolDisadvantageScore {
  /** Always `hint`: never use this as the share of doelgroepkinderen. */
  readonly kind: 'hint';
  /** Municipality (2024 boundaries, equal to 2025) the schools are located in. */
  readonly code: string;
  /** Set when a former code was asked for. */
  readonly resolvedFrom?: string;
  /** Sum of the CBS scores (zonder drempel) of the schools, per 100 pupils. */
  readonly scorePer100Pupils: number;
  /** The same for all primary schools in the Netherlands. */
  readonly nationalScorePer100Pupils: number;
  /** CBS variant: the score without the school threshold. */
  readonly variant: 'zonder-drempel';
  /** CBS peildatum: 1 October 2019. */
  readonly referenceDate: string;
  /** Municipal boundaries the schools were assigned by (2024, equal to 2025). */
  readonly boundariesYear: number;
  /** The CBS publication. */
  readonly source: SourceRef;
}

/** The achterstandsscore of the primary schools located in a municipality, with the counts behind it. A hint, not the criterion. */
export interface SchoolDisadvantageHint extends SchoolDisadvantageScore {
  /** Funded pupils of those schools on 1 October 2019. */
  readonly pupils: number;
  /** Number of school locations (vestigingen). */
  readonly schools: number;
  /** Schools with at most 40 pupils, whose CBS score is flagged as less reliable. */
  readonly schoolsWithAtMost40Pupils: number;
  /** Ready-made text that says exactly what the figure is. */
  readonly label: LocalizedText;
}

function numbers(column: string): number[] {
  return column.split(',').map((value) => parseInt(value, 36));
}

interface ScoreColumns {
  codes: number[];
  scorePer100: number[];
  successors: Map<number, number>;
}
let scoreColumns: ScoreColumns | undefined;
let countColumns: { schools: number[]; pupils: number[]; fewPupilSchools: number[] } | undefined;

function scores(): ScoreColumns {
  if (scoreColumns === undefined) {
    let code = 0;
    scoreColumns = {
      codes: numbers(schoolScores.codes).map((difference) => (code += difference)),
      scorePer100: numbers(schoolScores.scorePer1000).map((value) => value / 1000),
      successors: new Map(schoolScores.formerCodes.split(',').map((pair) => pair.split(':').map((part) => parseInt(part, 36)) as [number, number])),
    };
  }
  return scoreColumns;
}

function counts(): NonNullable<typeof countColumns> {
  countColumns ??= { schools: numbers(schoolCounts.schools), pupils: numbers(schoolCounts.pupils), fewPupilSchools: numbers(schoolCounts.fewPupilSchools) };
  return countColumns;
}

/** The score and its row, or null when the code has no score. */
function lookup(code: string, caller: string): { score: SchoolDisadvantageScore; index: number } | null {
  if (typeof code !== 'string') {
    throw new DataQueryError('invalid-query', `${caller}: code must be a string such as "GM0756", got ${typeof code}.`);
  }
  const number = parseCode(code);
  if (number === undefined) return null;
  const { codes, scorePer100, successors } = scores();
  const index = codes.indexOf(successors.get(number) ?? number);
  if (index < 0) return null;
  const found = formatCode(codes[index] ?? 0);
  const score: SchoolDisadvantageScore = {
    kind: 'hint',
    code: found,
    scorePer100Pupils: scorePer100[index] ?? 0,
    nationalScorePer100Pupils: schoolScores.nationalScorePer100,
    variant: 'zonder-drempel',
    referenceDate: schoolScores.referenceDate,
    boundariesYear: schoolScores.boundariesYear,
    source: schoolScores.source,
  };
  return { score: found === formatCode(number) ? score : { ...score, resolvedFrom: formatCode(number) }, index };
}

function format(value: number, decimal: string): string {
  return value.toFixed(1).replace('.', decimal);
}

/**
 * The school-based achterstandsscore alone, as {@link schoolDisadvantageHint} gives it but without the
 * counts and the ready-made label: for a page that words the figure itself and wants the smallest bundle.
 * `null` when unknown.
 *
 * @throws {@link DataQueryError} when `code` is not a string.
 */
export function schoolDisadvantageScore(code: string): SchoolDisadvantageScore | null {
  return lookup(code, 'schoolDisadvantageScore')?.score ?? null;
}

/**
 * The school-based achterstandsscore for the municipality with this code (a former code resolves to its
 * successor in 2024 boundaries; a split to the successor that took its seat). `null` when unknown.
 *
 * @throws {@link DataQueryError} when `code` is not a string.
 */
export function schoolDisadvantageHint(code: string): SchoolDisadvantageHint | null {
  const found = lookup(code, 'schoolDisadvantageHint');
  if (found === null) return null;
  const { score, index } = found;
  const { schools, pupils, fewPupilSchools } = counts();
  const value = score.scorePer100Pupils;
  const national = score.nationalScorePer100Pupils;
  return {
    ...score,
    pupils: pupils[index] ?? 0,
    schools: schools[index] ?? 0,
    schoolsWithAtMost40Pupils: fewPupilSchools[index] ?? 0,
    label: {
      nl:
        `Achterstandsscore van de basisscholen in uw gemeente, per 100 leerlingen, 2019: ${format(value, ',')} ` +
        `(landelijk ${format(national, ',')}). CBS, scores zonder drempel op 1 oktober 2019, scholen naar vestigingsplaats. ` +
        'Dit is een hint, niet het percentage doelgroepkinderen van uw gemeente.',
      en:
        `Disadvantage score of the primary schools in your municipality, per 100 pupils, 2019: ${format(value, '.')} ` +
        `(national ${format(national, '.')}). CBS, scores without threshold on 1 October 2019, schools by location. ` +
        'This is a hint, not the share of children in the target group (doelgroepkinderen) of your municipality.',
    },
  };
}

export { DataQueryError } from './errors.js';
export type { LocalizedText } from '@npo-gemeenten/core';
export type { SourceRef } from './types.js';
