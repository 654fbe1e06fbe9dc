import { defineConfig } from 'tsup';

export default defineConfig({
  // `catalogue` is the zod-free entry point `@npo-gemeenten/core/catalogue`.
  entry: { index: 'src/index.ts', catalogue: 'src/catalogue-entry.ts' },
  format: ['esm', 'cjs'],
  // tsup's declaration build sets `baseUrl`, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // Also for CJS, so that both entry points share one copy of the catalogue in either format.
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
