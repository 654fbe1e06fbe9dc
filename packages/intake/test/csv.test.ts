import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../src/csv.js';
import { cellsAsSpreadsheetsReadThem, isFormula, readQuoted } from './spreadsheet-readers.js';

const hostile = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '\n', '\r', '"', "'", ' ', 'a', '1', '|'),
  maxLength: 30,
});

describe('csv', () => {
  it('quotes every cell and puts an apostrophe before every formula start, in the cell and after a separator', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+31 6 1234')).toBe(`"'+31 6 1234"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('Vraag;=cmd|\' /C calc\'!A0')).toBe(`"Vraag;'=cmd|' /C calc'!A0"`);
    expect(csvCell('a,+b')).toBe(`"a,'+b"`);
    expect(csvCell('eerste regel\n@SUM(A1)\r\n-x')).toBe(`"eerste regel\n'@SUM(A1)\r\n'-x"`);
    expect(csvCell('\t=1')).toBe(`"\t'=1"`);
    expect(csvCell('- een opsomming\n- met twee punten')).toBe(`"- een opsomming\n- met twee punten"`);
    expect(csvCell('a = b')).toBe(`"a = b"`);
    expect(csvCell('a;=')).toBe(`"a;'="`);
    expect(csvCell('zeg "ja"')).toBe(`"zeg ""ja"""`);
    expect(csvCell(null)).toBe(`""`);
    expect(csvRow(['a', 'b;c'])).toBe(`"a";"b;c"\r\n`);
  });

  it('reads back cell for cell with a quote-aware reader on ;', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostile, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = readQuoted(rows.map(csvRow).join(''), ';');
        const expected = rows.map((r) => r.map((c) => c.replace(/(^|[;,\t\r\n])([=+\-@])(?=\S|$)/g, "$1'$2")));
        expect(back).toEqual(expected);
      }),
    );
  });

  it('yields no formula however a spreadsheet splits it: on ; or ,, with quotes or naively', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostile, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (rows) => {
        const text = rows.map(csvRow).join('');
        expect(cellsAsSpreadsheetsReadThem(text).filter(isFormula)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
