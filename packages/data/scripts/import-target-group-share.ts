import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { boundaryInfo, buildModel, defaultInputsDir, defaultOutDir, generate, writeModules } from './generate.js';
import { inputFiles } from './lib/config.js';
import { formatShareFile, parseShareFile } from './lib/target-group-share.js';

export { ShareImportError } from './lib/target-group-share.js';

export interface ImportOptions {
  /** The CBS file to import (columns gemeentecode, percentage, peildatum, bron). */
  readonly file: string;
  readonly inputsDir?: string;
  readonly outDir?: string;
}

/**
 * Validates a CBS file of shares of doelgroepkinderen, stores it as inputs/target-group-share.csv and
 * regenerates the modules. Nothing is written when a row is wrong ({@link ShareImportError} lists every row).
 */
export function importTargetGroupShare(options: ImportOptions): { rows: number; modules: number } {
  const inputsDir = options.inputsDir ?? defaultInputsDir;
  const model = buildModel(inputsDir);
  const rows = parseShareFile(readFileSync(options.file, 'utf8'), boundaryInfo(model.years, model.mergers));
  writeFileSync(join(inputsDir, inputFiles.targetGroupShare), formatShareFile(rows));
  const files = generate(inputsDir);
  writeModules(files, options.outDir ?? defaultOutDir);
  return { rows: rows.length, modules: files.size };
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** `import-target-group-share <file.csv> [--inputs dir] [--out dir]` */
export function main(args: readonly string[]): void {
  const file = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!file) throw new Error('Usage: npm run import:target-group-share -- <file.csv> [--inputs dir] [--out dir]');
  const inputs = option(args, '--inputs');
  const out = option(args, '--out');
  const result = importTargetGroupShare({
    file: resolve(file),
    ...(inputs ? { inputsDir: resolve(inputs) } : {}),
    ...(out ? { outDir: resolve(out) } : {}),
  });
  console.log(`Imported ${result.rows} rows; regenerated ${result.modules} modules.`);
}
