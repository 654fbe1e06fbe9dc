import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { boundaryInfo, buildModel, defaultInputsDir, defaultOutDir, generate, writeModules } from './generate.js';
import { inputFiles } from './lib/config.js';
import { readShareTable } from './lib/share-table.js';
import { formatShareFile, parseShareTable, type ShareImportOptions, type ShareUnit } from './lib/target-group-share.js';

export { ShareImportError } from './lib/share-errors.js';

export interface ImportOptions extends ShareImportOptions {
  /** The file to import: a CSV file or an Excel workbook (.xlsx) as CBS ships its maatwerk tables. */
  readonly file: string;
  /** The sheet of a workbook; default the first. */
  readonly sheet?: string;
  readonly inputsDir?: string;
  readonly outDir?: string;
}

/**
 * Validates a file of shares of doelgroepkinderen, stores it as inputs/target-group-share.csv and regenerates
 * the modules. Nothing is written when anything is wrong: {@link ShareImportError} names the line (or cell) and
 * column of every problem.
 */
export async function importTargetGroupShare(options: ImportOptions): Promise<{ rows: number; modules: number }> {
  const inputsDir = options.inputsDir ?? defaultInputsDir;
  const model = buildModel(inputsDir);
  const table = await readShareTable(options.file, options.sheet);
  const rows = parseShareTable(table, boundaryInfo(model.years, model.mergers), options);
  const stored = join(inputsDir, inputFiles.targetGroupShare);
  // Generate from a copy of the inputs first: a file that breaks the generator writes nothing either.
  const files = generate(inputsDir, undefined, formatShareFile(rows));
  writeFileSync(stored, formatShareFile(rows));
  writeModules(files, options.outDir ?? defaultOutDir);
  return { rows: rows.length, modules: files.size };
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

const valued = ['--citation', '--publisher', '--licence', '--unit', '--sheet', '--reference-date', '--inputs', '--out'];

/**
 * `import-target-group-share <file.csv|file.xlsx> --citation "..." --publisher "..." [--licence "..."]
 * [--unit percent|fraction] [--sheet name] [--reference-date YYYY-MM-DD] [--inputs dir] [--out dir]`
 */
export async function main(args: readonly string[]): Promise<void> {
  const file = args.find((arg, i) => !arg.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
  if (!file) {
    throw new Error(
      'Usage: npm run import:target-group-share -- <file.csv|file.xlsx> --citation "..." --publisher "..." ' +
        '[--licence "..."] [--unit percent|fraction] [--sheet name] [--reference-date YYYY-MM-DD]',
    );
  }
  const pick = (name: string) => option(args, name);
  const result = await importTargetGroupShare({
    file: resolve(file),
    citation: pick('--citation') ?? '',
    publisher: pick('--publisher') ?? '',
    ...(pick('--licence') ? { licence: pick('--licence') as string } : {}),
    ...(pick('--unit') ? { unit: pick('--unit') as ShareUnit } : {}),
    ...(pick('--sheet') ? { sheet: pick('--sheet') as string } : {}),
    ...(pick('--reference-date') ? { referenceDate: pick('--reference-date') as string } : {}),
    ...(pick('--inputs') ? { inputsDir: resolve(pick('--inputs') as string) } : {}),
    ...(pick('--out') ? { outDir: resolve(pick('--out') as string) } : {}),
  });
  console.log(`Imported ${result.rows} rows; regenerated ${result.modules} modules.`);
}
