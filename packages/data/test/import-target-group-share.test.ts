import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTargetGroupShare, ShareImportError } from '../scripts/import-target-group-share.js';
import { inputFiles } from '../scripts/lib/config.js';
import { inputsDir, packageDir, testDir } from './helpers.js';

// Real codes with obviously synthetic values (12.345, 99.999, 0.001), only ever in a temporary copy.
const fixture = join(testDir, 'fixtures', 'target-group-share-synthetic.csv');

describe('import-target-group-share', () => {
  let temp: string;
  let tempInputs: string;
  let tempOut: string;

  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'npo-data-import-'));
    tempInputs = join(temp, 'inputs');
    tempOut = join(temp, 'generated');
    cpSync(inputsDir, tempInputs, { recursive: true });
  });
  afterEach(() => rmSync(temp, { recursive: true, force: true }));

  it('fills the share for the years with the same boundaries and regenerates the modules', async () => {
    const shippedBefore = readFileSync(join(packageDir, 'src', 'generated', 'target-group-share.ts'), 'utf8');
    const result = importTargetGroupShare({ file: fixture, inputsDir: tempInputs, outDir: tempOut });
    expect(result.rows).toBe(4);
    const module = readFileSync(join(tempOut, 'target-group-share.ts'), 'utf8');
    // The citation is kept as given; the publisher is not read from it.
    const source = '{"kind":"import","tableId":null,"tableIdInferred":false,"title":"Synthetische testwaarde, geen CBS-cijfer","publisher":null,"licence":null,"attribution":null}';
    expect(module).toContain(`[274, 12.345, "2023-10-01", ${source}, [2023,2024,2025]]`);
    // Land van Cuijk did not exist before 2022; Amsterdam's share of 2021 predates Weesp joining.
    expect(module).toContain(`[1982, 0.001, "2022-10-01", ${source}, [2022,2023,2024,2025]]`);
    expect(module).toContain(`[363, 99.999, "2021-10-01", ${source}, [2021,2022]]`);
    expect(module).toContain(`[788, 50.5, "2020-10-01", ${source}, [2020]]`);
    expect(readFileSync(join(tempInputs, inputFiles.targetGroupShare), 'utf8')).toMatch(/^gemeentecode,percentage,peildatum,bron\nGM0274,12.345,2023-10-01,/);
    expect(readFileSync(join(tempOut, 'dataset-info.ts'), 'utf8')).toContain('share of doelgroepkinderen');
    // The shipped modules and inputs are untouched.
    expect(readFileSync(join(packageDir, 'src', 'generated', 'target-group-share.ts'), 'utf8')).toBe(shippedBefore);
    expect(readFileSync(join(inputsDir, inputFiles.targetGroupShare), 'utf8')).toBe('gemeentecode,percentage,peildatum,bron\n');
  });

  it('the regenerated data decode into municipalities and eligibility input', async () => {
    importTargetGroupShare({ file: fixture, inputsDir: tempInputs, outDir: tempOut });
    const { decodeYear } = await import('../src/dataset.js');
    const shares = await import(/* @vite-ignore */ join(tempOut, 'target-group-share.ts'));
    const { year2024 } = await import('../src/generated/year-2024.js');
    const { partsFor } = await import('../src/parts.js');
    const { toEligibilityInput } = await import('../src/index.js');
    const data = decodeYear({ ...partsFor([year2024]), shares: shares.targetGroupShares }, year2024);
    const renkum = data.byCode.get(274);
    expect(renkum?.targetGroupShare).toEqual({
      value: 12.345,
      referenceDate: '2023-10-01',
      source: expect.objectContaining({ kind: 'import', title: 'Synthetische testwaarde, geen CBS-cijfer', publisher: null }),
    });
    expect(data.byCode.get(14)?.targetGroupShare).toBeNull();
    const input = toEligibilityInput(renkum as NonNullable<typeof renkum>);
    expect(input.targetGroupShare).toBe(12.345);
    expect(input.provenance?.targetGroupShare?.referenceDate).toBe('2023-10-01');
  });

  function importText(text: string): unknown {
    const file = join(temp, 'bad.csv');
    writeFileSync(file, text);
    try {
      importTargetGroupShare({ file, inputsDir: tempInputs, outDir: tempOut });
    } catch (error) {
      return error;
    }
    return undefined;
  }

  it('rejects a bad file with every problem and its line, and writes nothing', () => {
    const error = importText(
      [
        'gemeentecode;percentage;peildatum;bron',
        'GM0274;12,5;2023-10-01;CBS maatwerk',
        'GM9999;10;2023-10-01;CBS maatwerk',
        'GM0014;101;2023-10-01;CBS maatwerk',
        'GM0014;-1;2023-10-01;CBS maatwerk',
        'GM0274;11;2023-10-01;CBS maatwerk',
        'GM0034;11;2023-02-30;CBS maatwerk',
        'GM0756;11;2023-10-01;CBS maatwerk',
        'GM0037;abc;2023-10-01;',
        '0037;5;1-10-2023;CBS',
      ].join('\n'),
    );
    expect(error).toBeInstanceOf(ShareImportError);
    const problems = (error as ShareImportError).problems;
    expect(problems).toHaveLength(8);
    expect(problems[0]).toMatch(/^Line 3: gemeentecode GM9999 is not a municipality on 2023-10-01/);
    expect(problems[1]).toMatch(/^Line 4: percentage 101 is outside 0-100/);
    expect(problems[2]).toMatch(/^Line 5: percentage "-1" is not a number/);
    expect(problems[3]).toMatch(/^Line 6: gemeentecode GM0274 already appears on line 2/);
    expect(problems[4]).toMatch(/^Line 7: peildatum "2023-02-30" is not a date/);
    expect(problems[5]).toMatch(/^Line 8: gemeentecode GM0756 is not a municipality on 2023-10-01/);
    expect(problems[6]).toMatch(/^Line 9: .*percentage "abc".*bron is empty/);
    expect(problems[7]).toMatch(/^Line 10: gemeentecode "0037".*peildatum "1-10-2023"/);
    expect(readFileSync(join(tempInputs, inputFiles.targetGroupShare), 'utf8')).toBe('gemeentecode,percentage,peildatum,bron\n');
  });

  it('rejects a wrong header and an empty file', () => {
    expect((importText('code,pct,datum,bron\nGM0274,1,2023-10-01,x\n') as Error).message).toMatch(/Line 1: the header must be "gemeentecode,percentage,peildatum,bron"/);
    expect((importText('gemeentecode,percentage,peildatum,bron\n') as Error).message).toMatch(/no data rows/);
  });
});
