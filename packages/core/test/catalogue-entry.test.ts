import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import * as catalogueEntry from '../src/catalogue-entry.js';
import * as main from '../src/index.js';

const dist = (file: string) => JSON.stringify(fileURLToPath(new URL(`../dist/${file}`, import.meta.url)));

// Bundles code importing the built package (run `npm run build` first; turbo does) and lists the
// modules that end up in the output (esbuild also lists modules it parsed and then dropped).
async function bundledInputs(contents: string): Promise<string[]> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

describe('@npo-gemeenten/core/catalogue', () => {
  it('is re-exported unchanged by the main entry point', () => {
    const names = Object.keys(catalogueEntry);
    expect(names).toEqual(
      expect.arrayContaining([
        'supportTypes',
        'planPhases',
        'partnerKinds',
        'trajectoryStates',
        'catalogue',
        'findEntry',
        'trajectoryTransitions',
        'canTransition',
        'isFinalState',
        'supportTypeIds',
      ]),
    );
    for (const name of names)
      expect(main[name as keyof typeof main], name).toBe(catalogueEntry[name as keyof typeof catalogueEntry]);
  });

  it('lists the same ids as the zod enums, as frozen arrays', () => {
    expect(catalogueEntry.supportTypeIds).toEqual(main.supportTypeSchema.options);
    expect(catalogueEntry.planPhaseIds).toEqual(main.planPhaseSchema.options);
    expect(catalogueEntry.partnerKindIds).toEqual(main.partnerKindSchema.options);
    expect(catalogueEntry.trajectoryStateIds).toEqual(main.trajectoryStateSchema.options);
    expect(catalogueEntry.languageIds).toEqual(main.languageSchema.options);
    expect(Object.isFrozen(catalogueEntry.supportTypeIds)).toBe(true);
  });

  it('declares the same types as the schemas infer', () => {
    expectTypeOf<catalogueEntry.SupportType>().toEqualTypeOf<z.infer<typeof main.supportTypeSchema>>();
    expectTypeOf<catalogueEntry.PlanPhase>().toEqualTypeOf<z.infer<typeof main.planPhaseSchema>>();
    expectTypeOf<catalogueEntry.PartnerKind>().toEqualTypeOf<z.infer<typeof main.partnerKindSchema>>();
    expectTypeOf<catalogueEntry.TrajectoryState>().toEqualTypeOf<z.infer<typeof main.trajectoryStateSchema>>();
    expectTypeOf<catalogueEntry.Language>().toEqualTypeOf<z.infer<typeof main.languageSchema>>();
    expectTypeOf<catalogueEntry.LocalizedText>().toEqualTypeOf<z.infer<typeof main.localizedTextSchema>>();
  });

  it('bundles without zod', async () => {
    const inputs = await bundledInputs(`export * from ${dist('catalogue.js')};`);
    expect(inputs.some((file) => /(^|\/)dist\//.test(file))).toBe(true);
    expect(inputs.filter((file) => file.includes('zod'))).toEqual([]);
  }, 30_000);

  it('also bundles without zod when the catalogue is imported from the main entry point', async () => {
    const inputs = await bundledInputs(`export { catalogue, canTransition } from ${dist('index.js')};`);
    expect(inputs.some((file) => /(^|\/)dist\//.test(file))).toBe(true);
    expect(inputs.filter((file) => file.includes('zod'))).toEqual([]);
  }, 30_000);
});

describe('runtime bundle of the main entry point', () => {
  it('holds neither JSON Schema generation, nor zod locales, nor zod classic', async () => {
    const inputs = await bundledInputs(`export * from ${dist('index.js')};`);
    expect(inputs.some((file) => file.includes('zod/v4/core/'))).toBe(true);
    expect(
      inputs.filter((file) => /to-json-schema|json-schema-processors|zod\/v4\/locales\/|zod\/v4\/classic\//.test(file)),
    ).toEqual([]);
  }, 30_000);
});
