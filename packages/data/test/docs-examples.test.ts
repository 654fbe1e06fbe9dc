import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The guide's ```ts blocks are examples: each is type-checked against the built package and run.
// Run `npm run build` first (turbo does: test depends on build).
const docFile = new URL('../../../docs/data.md', import.meta.url);
const outDir = new URL('../temp/docs-examples/', import.meta.url);

const blocks = [...readFileSync(docFile, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = blocks.map((code, index) => {
  const file = new URL(`example-${String(index + 1).padStart(2, '0')}.ts`, outDir);
  writeFileSync(file, `${code}\nexport {};\n`);
  return fileURLToPath(file);
});

describe('docs/data.md examples', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('type-check against the published types', () => {
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: ['node'],
      skipLibCheck: true,
      noUncheckedIndexedAccess: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
    // A whole TypeScript program: on a busy shared machine this alone can take over a minute.
  }, 180_000);

  it.each(files.map((file, index) => [index + 1, file] as const))('example %i runs', async (_n, file) => {
    await import(/* @vite-ignore */ file);
  });
});
