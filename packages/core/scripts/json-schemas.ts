import * as z from 'zod/mini';
import { eligibilityInputSchema, eligibilityResultSchema, supportRequestSchema } from '../src/index.js';

const BASE = 'https://npo-gemeenten.nl/schema/core/';

/** JSON Schemas (draft 2020-12) generated from the zod schemas, keyed by file name without `.json`. */
export function buildJsonSchemas(): Record<string, Record<string, unknown>> {
  const entries = [
    ['eligibility-input', eligibilityInputSchema, 'input', 'Answers and figures for the NPO eligibility check'],
    ['eligibility-result', eligibilityResultSchema, 'output', 'Result of the NPO eligibility check'],
    ['support-request', supportRequestSchema, 'input', 'Request for NPO support by a municipality'],
  ] as const;
  return Object.fromEntries(
    entries.map(([name, schema, io, title]) => {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' });
      const { $schema, ...rest } = json;
      return [name, { $schema, $id: `${BASE}${name}.json`, title, ...rest }];
    }),
  );
}

/** Serialises a schema the way the checked-in files are written. */
export function serialise(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
