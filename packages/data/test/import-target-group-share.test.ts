import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ImportOptions, importTargetGroupShare, ShareImportError } from '../scripts/import-target-group-share.js';
import { inputFiles } from '../scripts/lib/config.js';
import { inputsDir, packageDir, testDir } from './helpers.js';

// Real codes with obviously synthetic values (12.345, 99.999, 0.001), only ever in a temporary copy.
const fixture = join(testDir, 'fixtures', 'target-group-share-synthetic.csv');
const stated = { citation: 'Synthetische testwaarde, geen CBS-cijfer', publisher: 'Testbureau' } as const;
const emptyStore = 'gemeentecode,percentage,peildatum,bron,uitgever,licentie\n';

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

  const run = (options: Partial<ImportOptions> & { file: string }) =>
    importTargetGroupShare({ ...stated, inputsDir: tempInputs, outDir: tempOut, ...options });

  it('fills the share for the years with the same boundaries and regenerates the modules', async () => {
    const shippedBefore = readFileSync(join(packageDir, 'src', 'generated', 'target-group-share.ts'), 'utf8');
    const result = await run({ file: fixture, licence: 'CC BY 4.0' });
    expect(result.rows).toBe(4);
    const module = readFileSync(join(tempOut, 'target-group-share.ts'), 'utf8');
    // Citation, publisher and licence as stated at import time.
    const source =
      '{"kind":"import","tableId":null,"tableIdInferred":false,"title":"Synthetische testwaarde, geen CBS-cijfer","publisher":"Testbureau","licence":"CC BY 4.0","attribution":"Bron: Testbureau"}';
    expect(module).toContain(`[274, 12.345, "2023-10-01", ${source}, [2023,2024,2025]]`);
    // Land van Cuijk did not exist before 2022; Amsterdam's share of 2021 predates Weesp joining.
    expect(module).toContain(`[1982, 0.001, "2022-10-01", ${source}, [2022,2023,2024,2025]]`);
    expect(module).toContain(`[363, 99.999, "2021-10-01", ${source}, [2021,2022]]`);
    expect(module).toContain(`[788, 50.5, "2020-10-01", ${source}, [2020]]`);
    expect(readFileSync(join(tempInputs, inputFiles.targetGroupShare), 'utf8')).toMatch(
      /^gemeentecode,percentage,peildatum,bron,uitgever,licentie\nGM0274,12.345,2023-10-01,"Synthetische testwaarde, geen CBS-cijfer",Testbureau,CC BY 4.0\n/,
    );
    expect(readFileSync(join(tempOut, 'dataset-info.ts'), 'utf8')).toContain('share of doelgroepkinderen');
    // The shipped modules and inputs are untouched.
    expect(readFileSync(join(packageDir, 'src', 'generated', 'target-group-share.ts'), 'utf8')).toBe(shippedBefore);
    expect(readFileSync(join(inputsDir, inputFiles.targetGroupShare), 'utf8')).toBe(emptyStore);
  });

  it('the regenerated data decode into municipalities and eligibility input', async () => {
    await run({ file: fixture });
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
      source: expect.objectContaining({ kind: 'import', title: stated.citation, publisher: 'Testbureau', licence: null }),
    });
    expect(data.byCode.get(14)?.targetGroupShare).toBeNull();
    const input = toEligibilityInput(renkum as NonNullable<typeof renkum>);
    expect(input.targetGroupShare).toBe(12.345);
    expect(input.provenance?.targetGroupShare).toEqual({ referenceDate: '2023-10-01', source: `Testbureau, ${stated.citation}` });
  });

  /** A workbook laid out as CBS lays out its maatwerk tables: title rows, a header, the rows, notes below. */
  async function cbsWorkbook(rows: ReadonlyArray<readonly [string, string, number]>, options: { percentFormat?: boolean } = {}): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Toelichting').addRow(['Zie tabel 1.']);
    const sheet = workbook.addWorksheet('Tabel 1');
    sheet.addRow(['Tabel 1 Aandeel doelgroepkinderen per gemeente, peildatum 1 oktober 2023']);
    sheet.addRow([]);
    sheet.addRow(['Gemeentecode', 'Gemeentenaam', 'Aandeel doelgroepkinderen (%)', 'Peildatum']);
    for (const [code, name, value] of rows) {
      const row = sheet.addRow([code, name, value, '2023-10-01']);
      if (options.percentFormat) row.getCell(3).numFmt = '0.0%';
    }
    sheet.addRow([]);
    sheet.addRow(['Bron: CBS. Voorlopige cijfers; zie de toelichting.']);
    const file = join(temp, 'maatwerk.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('reads a CBS-shaped Excel workbook: header below the title, notes after the table', async () => {
    const file = await cbsWorkbook([
      ['GM0274', 'Renkum', 11.2],
      ['GM0981', 'Vaals', 23.45],
    ]);
    const result = await run({ file, sheet: 'Tabel 1', citation: 'CBS (2024), maatwerktabel, doelgroepkinderen per gemeente', publisher: 'CBS' });
    expect(result.rows).toBe(2);
    expect(readFileSync(join(tempInputs, inputFiles.targetGroupShare), 'utf8')).toBe(
      `${emptyStore}GM0274,11.2,2023-10-01,"CBS (2024), maatwerktabel, doelgroepkinderen per gemeente",CBS,\nGM0981,23.45,2023-10-01,"CBS (2024), maatwerktabel, doelgroepkinderen per gemeente",CBS,\n`,
    );
  });

  it('reads fractions only when told: cells formatted as percentages, or --unit fraction', async () => {
    const file = await cbsWorkbook([['GM0274', 'Renkum', 0.112]], { percentFormat: true });
    await expect(run({ file, sheet: 'Tabel 1' })).rejects.toThrow(/Sheet "Tabel 1", cell C4 \(percentage\): the cell shows 0.112 as a percentage, so it holds a fraction; pass --unit fraction/);
    expect(existsSync(tempOut)).toBe(false);
    await run({ file, sheet: 'Tabel 1', unit: 'fraction' });
    expect(readFileSync(join(tempInputs, inputFiles.targetGroupShare), 'utf8')).toContain('GM0274,11.2,2023-10-01,');
  });

  async function problemsOf(options: Partial<ImportOptions> & { file: string }): Promise<readonly string[]> {
    const error = await run(options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ShareImportError);
    // Nothing is written on any error.
    expect(readFileSync(join(tempInputs, inputFiles.targetGroupShare), 'utf8')).toBe(emptyStore);
    expect(existsSync(tempOut)).toBe(false);
    return (error as ShareImportError).problems;
  }

  function csvFile(lines: readonly string[]): string {
    const file = join(temp, 'bad.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  const header = 'gemeentecode;percentage;peildatum';
  interface Malformed {
    readonly what: string;
    readonly lines: readonly string[];
    readonly expected: RegExp;
    readonly options?: Partial<ImportOptions>;
  }
  const malformed: readonly Malformed[] = [
    { what: 'an unclosed quote', lines: [header, 'GM0274;"12,5;2023-10-01', 'GM0014;10;2023-10-01'], expected: /^Line 2, column 2: a quote opens here and is never closed/ },
    { what: 'text after a closing quote', lines: [header, 'GM0274;"12,5"x;2023-10-01'], expected: /^Line 2, column 2: a quoted value is followed by more text/ },
    { what: 'a duplicated code', lines: [header, 'GM0274;12,5;2023-10-01', 'GM0274;11;2023-10-01'], expected: /^Line 3, column 1 \(gemeentecode\): GM0274 already appears at line 2, column 1\.$/ },
    { what: 'an unknown code', lines: [header, 'GM9999;10;2023-10-01'], expected: /^Line 2, column 1 \(gemeentecode\): GM9999 is not a municipality on 2023-10-01\.$/ },
    { what: 'a former code', lines: [header, 'GM0756;10;2023-10-01'], expected: /^Line 2, column 1 \(gemeentecode\): GM0756 is not a municipality on 2023-10-01\.$/ },
    { what: 'a malformed code', lines: [header, '0274;10;2023-10-01'], expected: /^Line 2, column 1 \(gemeentecode\): "0274" is not a code such as GM0756\.$/ },
    { what: 'a value above 100', lines: [header, 'GM0274;101;2023-10-01'], expected: /^Line 2, column 2 \(percentage\): 101 is outside 0-100\.$/ },
    { what: 'a negative value', lines: [header, 'GM0274;-1;2023-10-01'], expected: /^Line 2, column 2 \(percentage\): -1 is outside 0-100\.$/ },
    { what: 'a value that is no number', lines: [header, 'GM0274;abc;2023-10-01'], expected: /^Line 2, column 2 \(percentage\): "abc" is not a number/ },
    { what: 'all values fractions', lines: [header, 'GM0274;0,123;2023-10-01', 'GM0014;0.2;2023-10-01'], expected: /^Line 2, column 2 \(percentage\): every value is at most 1 \(this one is 0,123\), so they look like fractions.*--unit fraction/ },
    { what: 'a fraction above 1 with --unit fraction', lines: [header, 'GM0274;1.5;2023-10-01'], expected: /^Line 2, column 2 \(percentage\): 1.5 is outside 0-1/, options: { unit: 'fraction' } },
    { what: 'a bad date', lines: [header, 'GM0274;12;2023-02-30'], expected: /^Line 2, column 3 \(peildatum\): "2023-02-30" is not a date/ },
    { what: 'a municipality after the end of the table', lines: [header, 'GM0274;12;2023-10-01', '', 'GM0014;10;2023-10-01'], expected: /^Line 4, column 1 \(gemeentecode\): GM0014 comes after the empty row/ },
    { what: 'a citation per row', lines: ['gemeentecode,percentage,peildatum,bron', 'GM0274,12,2023-10-01,CBS'], expected: /^Line 1, column 4 \(bron\): give the citation once with --citation/ },
    { what: 'no header', lines: ['code;pct;datum', 'GM0274;12;2023-10-01'], expected: /^No header row with a column "gemeentecode"/ },
    { what: 'no rows', lines: [header], expected: /^The table has no rows below its header\.$/ },
    { what: 'a citation of several lines', lines: [header, 'GM0274;12;2023-10-01'], expected: /^citation must be one line/, options: { citation: 'CBS\nmaatwerk' } },
    { what: 'no citation', lines: [header, 'GM0274;12;2023-10-01'], expected: /^citation is required/, options: { citation: '' } },
    { what: 'no publisher', lines: [header, 'GM0274;12;2023-10-01'], expected: /^publisher is required/, options: { publisher: ' ' } },
  ];

  it.each(malformed)('refuses $what, names line and column, and writes nothing', async ({ lines, expected, options }) => {
    const problems = await problemsOf({ file: csvFile(lines), ...options });
    expect(problems[0]).toMatch(expected);
  });

  it('lists every problem of a file at once', async () => {
    const problems = await problemsOf({ file: csvFile([header, 'GM9999;10;2023-10-01', 'GM0274;101;2023-10-01', 'GM0274;11;2023-10-01']) });
    expect(problems).toHaveLength(3);
  });

  it('refuses an Excel workbook with an unknown code, naming the cell', async () => {
    const file = await cbsWorkbook([['GM9999', 'Nergens', 10]]);
    const problems = await problemsOf({ file, sheet: 'Tabel 1' });
    expect(problems).toEqual(['Sheet "Tabel 1", cell A4 (gemeentecode): GM9999 is not a municipality on 2023-10-01.']);
    await expect(run({ file, sheet: 'Tabel 9' })).rejects.toThrow(/no sheet "Tabel 9"; its sheets are "Toelichting", "Tabel 1"/);
  });
});
