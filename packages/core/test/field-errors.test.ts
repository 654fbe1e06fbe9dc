import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { messagesEn, messagesNl, toFieldErrors, trajectoryMoveSchema } from '../src/index.js';

// zod mini has no default locale: every issue must get core's own messages, whatever its code.
const issues: z.core.$ZodIssue[] = [
  { code: 'invalid_type', expected: 'string', path: ['a'], message: 'Invalid input', input: 1 },
  { code: 'too_big', origin: 'string', maximum: 5, path: ['a'], message: 'Invalid input', input: 'abcdefg' },
  { code: 'too_small', origin: 'number', minimum: 0, path: ['a'], message: 'Invalid input', input: -1 },
  { code: 'invalid_format', format: 'regex', pattern: '^x$', path: ['a'], message: 'Invalid input', input: 'y' },
  { code: 'not_multiple_of', divisor: 1, path: ['a'], message: 'Invalid input', input: 1.5 },
  { code: 'unrecognized_keys', keys: ['b'], path: [], message: 'Invalid input', input: { b: 1 } },
  { code: 'invalid_union', errors: [], path: ['a'], message: 'Invalid input', input: 1 },
  { code: 'invalid_key', origin: 'record', issues: [], path: ['a'], message: 'Invalid input', input: 'k' },
  { code: 'invalid_element', origin: 'map', key: 'k', issues: [], path: ['a'], message: 'Invalid input', input: 1 },
  { code: 'invalid_value', values: ['x'], path: ['a'], message: 'Invalid input', input: 'y' },
  { code: 'custom', path: ['a'], message: 'Invalid input', input: 1 },
];

describe('toFieldErrors', () => {
  it.each(issues.map((issue) => [issue.code, issue] as const))('gives core messages for a %s issue', (_code, issue) => {
    const errors = toFieldErrors({ issues: [issue] } as unknown as z.core.$ZodError);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(Object.keys(messagesNl)).toContain(error.code);
      expect(Object.keys(messagesEn)).toContain(error.code);
      for (const text of [error.message.nl, error.message.en]) {
        expect(text).not.toMatch(/Invalid input|\{\w+\}/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('never passes on zod’s own message text from a real parse', () => {
    const input = { to: 'nowhere', actor: 42, extra: true };
    const result = trajectoryMoveSchema.safeParse(input);
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!, { input });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['to', 'invalid-option'],
      ['actor', 'invalid-type'],
      ['extra', 'unknown-field'],
    ]);
    for (const error of errors) expect(`${error.message.nl} ${error.message.en}`).not.toMatch(/Invalid input/);
  });
});
