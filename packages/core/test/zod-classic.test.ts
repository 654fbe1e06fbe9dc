import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as zc from 'zod';
import { supportRequestSchema, supportTypeSchema, toFieldErrors, exampleSupportRequest } from '../src/index.js';

// Core's schemas are zod mini; hosts that use zod classic must still be able to embed and convert them.
describe('core schemas in zod classic', () => {
  it('convert with the classic toJSONSchema to the published JSON Schema', () => {
    const published = JSON.parse(
      readFileSync(new URL('../schema/support-request.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const { $id: _id, title: _title, ...expected } = published;
    expect(zc.toJSONSchema(supportRequestSchema, { target: 'draft-2020-12', io: 'input' })).toEqual(expected);
  });

  it('nest in classic objects, with core refinements still applied', () => {
    const body = zc.object({ type: supportTypeSchema, request: supportRequestSchema });
    expect(body.safeParse({ type: 'local-structure', request: exampleSupportRequest }).success).toBe(true);
    const wrong = {
      type: 'nope',
      request: { ...exampleSupportRequest, supportTypes: ['local-structure', 'local-structure'] },
    };
    const result = body.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!, { input: wrong }).map((e) => [e.path, e.code])).toEqual([
      ['type', 'invalid-option'],
      ['request.supportTypes', 'duplicate'],
    ]);
  });

  it('type-check as classic schemas where a classic zod type is expected', () => {
    const embedded: zc.core.$ZodType = supportTypeSchema;
    expect(zc.array(embedded).parse(['measures-package'])).toEqual(['measures-package']);
  });
});
