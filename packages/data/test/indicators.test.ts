import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  childIndicatorIds,
  DataQueryError,
  getChildIndicators,
  getNationalChildIndicators,
} from '../src/indicators.js';
import { listMunicipalities } from '../src/index.js';
import { crossCheckDir, hasRawDir, rawDir } from './helpers.js';

const file = 'cbs_70072ned_regionale_kerncijfers_2025_swienn.csv';

/** The StatLine export read on its own terms: `;`, quoted labels, empty cells for regions of other years. */
function readExport(): { header: string[]; rows: string[][] } {
  const path = hasRawDir ? join(rawDir, file) : join(crossCheckDir, file);
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const split = (line: string) => line.split(';').map((cell) => cell.replace(/^"|"$/g, ''));
  return { header: split(lines[0] ?? ''), rows: lines.slice(1).map(split) };
}

const prefix = 'Bevolking/Bevolkingssamenstelling op 1 januari/Leeftijd/Leeftijdsgroepen/';
const columns = {
  children0to4: `${prefix}Jonger dan 5 jaar (aantal)`,
  children5to9: `${prefix}5 tot 10 jaar (aantal)`,
  children10to14: `${prefix}10 tot 15 jaar (aantal)`,
  householdsWithChildren: 'Bevolking/Particuliere huishoudens/Particuliere huishoudens/Meerpersoonshuishoudens met kinderen (aantal)',
} as const;

describe('@npo-gemeenten/data/indicators', () => {
  const { header, rows } = readExport();
  const at = (row: string[], title: string) => Number(row[header.indexOf(title)]);

  it('recomputes every figure of every 2025 municipality from the CBS export', () => {
    const byLabel = new Map(rows.map((row) => [(row[1] ?? '').replace(/ \(gemeente\)$/, ''), row]));
    const municipalities = listMunicipalities({ year: 2025 });
    expect(municipalities).toHaveLength(342);
    for (const m of municipalities) {
      const row = byLabel.get(m.name);
      expect(row, m.name).toBeDefined();
      const figures = getChildIndicators(m.code);
      for (const id of childIndicatorIds) {
        expect(figures?.[id].value, `${m.name} ${id}`).toBe(at(row as string[], columns[id]));
      }
    }
  });

  it('the national figures equal the row "Nederland" and the sums of the municipalities', () => {
    const nl = rows.find((row) => row[1] === 'Nederland') as string[];
    const national = getNationalChildIndicators();
    expect(national.children5to9.value).toBe(893_434);
    expect(national.children10to14.value).toBe(946_675);
    for (const id of childIndicatorIds) {
      expect(national[id].value).toBe(at(nl, columns[id]));
      const sum = listMunicipalities({ year: 2025 }).reduce((total, m) => total + (getChildIndicators(m.code)?.[id].value ?? 0), 0);
      expect(sum, id).toBe(national[id].value);
    }
  });

  it('each figure carries its table id, reference date, licence and attribution', () => {
    const renkum = getChildIndicators('GM0274');
    expect(renkum?.code).toBe('GM0274');
    for (const id of childIndicatorIds) {
      expect(renkum?.[id]).toMatchObject({
        referenceDate: '2025-01-01',
        source: { kind: 'table', tableId: '70072ned', tableIdInferred: false, publisher: 'CBS', licence: 'CC BY 4.0', attribution: 'Bron: CBS' },
      });
      expect(renkum?.[id].label.nl).toMatch(/^(Kinderen|Huishoudens)/);
    }
    expect(renkum?.householdsWithChildren.unit).toBe('households');
    expect(renkum?.children0to4.unit).toBe('persons');
  });

  it('is null for a code that is no municipality in 2025, and throws for a non-string', () => {
    expect(getChildIndicators('gm0274')?.code).toBe('GM0274');
    expect(getChildIndicators('GM0756')).toBeNull();
    expect(getChildIndicators('Renkum')).toBeNull();
    expect(() => getChildIndicators(274 as unknown as string)).toThrow(DataQueryError);
  });
});
