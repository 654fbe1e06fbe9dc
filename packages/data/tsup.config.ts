import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    latest: 'src/generated/entry-latest.ts',
    2020: 'src/generated/entry-2020.ts',
    2021: 'src/generated/entry-2021.ts',
    2022: 'src/generated/entry-2022.ts',
    2023: 'src/generated/entry-2023.ts',
    2024: 'src/generated/entry-2024.ts',
    2025: 'src/generated/entry-2025.ts',
    regions: 'src/regions.ts',
    'school-hint': 'src/school-hint.ts',
    indicators: 'src/indicators.ts',
    geo: 'src/geo.ts',
  },
  format: ['esm', 'cjs'],
  // tsup's declaration build sets `baseUrl`, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
