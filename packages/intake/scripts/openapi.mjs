// Prints the intake's OpenAPI 3.1 document (generated from the zod schemas) for tools that want a file:
//   npm run build && node scripts/openapi.mjs > openapi.json
import { buildOpenApiDocument } from '../dist/index.js';

process.stdout.write(`${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
