import { defineConfig } from 'tsup';

// npm build: ESM only (a browser element), dependencies stay external so the host's bundler
// shares one copy of lit, core and data and splits data off through the dynamic import.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  // tsup's declaration build sets `baseUrl`, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
