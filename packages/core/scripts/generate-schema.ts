// Writes schema/*.json from the zod schemas: `npm run generate` (bundled with esbuild, see package.json). The build
// never writes them; test/json-schema.test.ts compares them in memory with a fresh generation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, serialise } from './json-schemas.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageDir, 'schema');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(outDir, `${name}.json`), serialise(schema));
}
