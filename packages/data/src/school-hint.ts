/**
 * The school-based CBS achterstandsscore of 1 October 2019 per municipality, as a hint beside the question
 * about the share of doelgroepkinderen (`@npo-gemeenten/data/school-hint`). It is not that share.
 *
 * @packageDocumentation
 */
import { formatCode, parseCode } from './codes.js';
import { DataQueryError } from './errors.js';
import type { LocalizedText } from '@npo-gemeenten/core';
import { schoolScores } from './generated/school-scores.js';
import type { SourceRef } from './types.js';

/** The achterstandsscore of the primary schools located in a municipality. A hint, not the criterion. */
export interface SchoolDisadvantageHint {
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
  /** Funded pupils of those schools on 1 October 2019. */
  readonly pupils: number;
  /** Number of school locations (vestigingen). */
  readonly schools: number;
  /** Schools with at most 40 pupils, whose CBS score is flagged as less reliable. */
  readonly schoolsWithAtMost40Pupils: number;
  /** CBS variant: the score without the school threshold. */
  readonly variant: 'zonder-drempel';
  /** CBS peildatum: 1 October 2019. */
  readonly referenceDate: string;
  /** Municipal boundaries the schools were assigned by (2024, equal to 2025). */
  readonly boundariesYear: number;
  /** The CBS publication. */
  readonly source: SourceRef;
  /** Ready-made text that says exactly what the figure is. */
  readonly label: LocalizedText;
}

interface SchoolColumns {
  codes: number[];
  schools: number[];
  pupils: number[];
  scorePer100: number[];
  fewPupilSchools: number[];
  successors: Map<number, number>;
}
let columns: SchoolColumns | undefined;

function numbers(column: string): number[] {
  return column.split(',').map((value) => parseInt(value, 36));
}

function decoded(): SchoolColumns {
  if (columns === undefined) {
    let code = 0;
    columns = {
      codes: numbers(schoolScores.codes).map((difference) => (code += difference)),
      schools: numbers(schoolScores.schools),
      pupils: numbers(schoolScores.pupils),
      scorePer100: numbers(schoolScores.scorePer1000).map((value) => value / 1000),
      fewPupilSchools: numbers(schoolScores.fewPupilSchools),
      successors: new Map(schoolScores.formerCodes.split(',').map((pair) => pair.split(':').map((part) => parseInt(part, 36)) as [number, number])),
    };
  }
  return columns;
}

function position(code: number): number | undefined {
  const { codes, successors } = decoded();
  const index = codes.indexOf(successors.get(code) ?? code);
  return index >= 0 ? index : undefined;
}

function format(value: number, decimal: string): string {
  return value.toFixed(1).replace('.', decimal);
}

/**
 * The school-based achterstandsscore for the municipality with this code (a former code resolves to its
 * successor in 2024 boundaries; a split to the successor that took its seat). `null` when unknown.
 *
 * @throws {@link DataQueryError} when `code` is not a string.
 */
export function schoolDisadvantageHint(code: string): SchoolDisadvantageHint | null {
  if (typeof code !== 'string') {
    throw new DataQueryError('invalid-query', `schoolDisadvantageHint: code must be a string such as "GM0756", got ${typeof code}.`);
  }
  const number = parseCode(code);
  const index = number === undefined ? undefined : position(number);
  if (number === undefined || index === undefined) return null;
  const { codes, schools, pupils, scorePer100, fewPupilSchools } = decoded();
  const score = scorePer100[index] ?? 0;
  const national = schoolScores.nationalScorePer100;
  const found = formatCode(codes[index] ?? 0);
  const hint: SchoolDisadvantageHint = {
    kind: 'hint',
    code: found,
    scorePer100Pupils: score,
    nationalScorePer100Pupils: national,
    pupils: pupils[index] ?? 0,
    schools: schools[index] ?? 0,
    schoolsWithAtMost40Pupils: fewPupilSchools[index] ?? 0,
    variant: 'zonder-drempel',
    referenceDate: schoolScores.referenceDate,
    boundariesYear: schoolScores.boundariesYear,
    source: schoolScores.source,
    label: {
      nl:
        `Achterstandsscore van de basisscholen in uw gemeente, per 100 leerlingen, 2019: ${format(score, ',')} ` +
        `(landelijk ${format(national, ',')}). CBS, scores zonder drempel op 1 oktober 2019, scholen naar vestigingsplaats. ` +
        'Dit is een hint, niet het percentage doelgroepkinderen van uw gemeente.',
      en:
        `Disadvantage score of the primary schools in your municipality, per 100 pupils, 2019: ${format(score, '.')} ` +
        `(national ${format(national, '.')}). CBS, scores without threshold on 1 October 2019, schools by location. ` +
        'This is a hint, not the share of children in the target group (doelgroepkinderen) of your municipality.',
    },
  };
  return found === formatCode(number) ? hint : { ...hint, resolvedFrom: formatCode(number) };
}

export { DataQueryError } from './errors.js';
export type { LocalizedText } from '@npo-gemeenten/core';
export type { SourceRef } from './types.js';
