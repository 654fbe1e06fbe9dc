import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    // tsup's declaration build sets `baseUrl`, which TypeScript 6 reports as deprecated.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    removeNodeProtocol: false,
    target: 'node20',
    platform: 'node',
  },
  {
    // The CLI is an ESM-only executable; it imports the library build instead of bundling a second copy.
    entry: ['src/cli.ts'],
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    removeNodeProtocol: false,
    target: 'node20',
    platform: 'node',
    external: ['./index.js'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
