import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    latest: 'src/latest.ts',
    2020: 'src/2020.ts',
    2021: 'src/2021.ts',
    2022: 'src/2022.ts',
    2023: 'src/2023.ts',
    2024: 'src/2024.ts',
    2025: 'src/2025.ts',
    regions: 'src/regions.ts',
    'school-hint': 'src/school-hint.ts',
  },
  format: ['esm', 'cjs'],
  // tsup's declaration build sets `baseUrl`, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
});
