// Reads one package's temp/bench.json and checks its shape:
// { package, writtenAt, figures: [{ group, name, value, unit, note? }] }.
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ group: string, name: string, value: number | string | boolean | null, unit: string, note?: string }} Figure
 * @typedef {{ package: string, writtenAt: string, figures: Figure[] }} BenchFile
 */

/** Problems with a parsed bench file, as short sentences; empty when the shape is right. */
export function shapeProblems(value) {
  if (typeof value !== 'object' || value === null) return ['is not a JSON object'];
  const problems = [];
  if (typeof value.package !== 'string') problems.push('has no "package" name');
  if (typeof value.writtenAt !== 'string' || Number.isNaN(Date.parse(value.writtenAt))) {
    problems.push('has no valid "writtenAt" time');
  }
  if (!Array.isArray(value.figures)) return [...problems, 'has no "figures" array'];
  value.figures.forEach((f, i) => {
    const ok =
      typeof f === 'object' && f !== null &&
      typeof f.group === 'string' && typeof f.name === 'string' && typeof f.unit === 'string' &&
      (f.note === undefined || typeof f.note === 'string') &&
      (f.value === null || ['number', 'string', 'boolean'].includes(typeof f.value));
    if (!ok) problems.push(`figure ${i} is not { group, name, value, unit, note? }`);
  });
  return problems;
}

/** Reads a bench file: `{ file }` with `missing`, `problems` or the parsed `bench`. */
export function readBenchFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return { file, missing: true };
    throw error;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { file, problems: [`is not valid JSON (${error.message})`] };
  }
  const problems = shapeProblems(value);
  return problems.length > 0 ? { file, problems } : { file, bench: value };
}
