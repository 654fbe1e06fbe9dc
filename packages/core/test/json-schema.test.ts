import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { buildJsonSchemas, serialise } from '../scripts/json-schemas.js';
import {
  eligibilityInputSchema,
  eligibilityResultSchema,
  evaluateEligibility,
  exampleSupportRequest,
  supportRequestSchema,
} from '../src/index.js';

const generated = buildJsonSchemas();
const names = ['eligibility-input', 'eligibility-result', 'support-request'] as const;

describe('checked-in JSON Schema files', () => {
  it.each(names)('schema/%s.json equals a fresh generation (run `npm run generate` to update)', (name) => {
    const committed = readFileSync(new URL(`../schema/${name}.json`, import.meta.url), 'utf8');
    expect(committed).toBe(serialise(generated[name]));
  });
});

// ajv-formats exports a CJS function; under ESM interop it may sit on `default`.
const applyFormats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
const ajv = new AjvClass({ allErrors: true, strict: true });
applyFormats(ajv);
const validators = Object.fromEntries(names.map((name) => [name, ajv.compile(generated[name] as object)]));

type Case = [description: string, value: unknown, valid: boolean];
function clone<T>(value: T): any {
  return structuredClone(value);
}
function change(base: unknown, edit: (draft: any) => void): unknown {
  const draft = clone(base);
  edit(draft);
  return draft;
}

const request = exampleSupportRequest;
const q20 = 'a'.repeat(20);
const supportRequestCases: Case[] = [
  ['example', request, true],
  ['no phone, no start, no partners', change(request, (d) => { delete d.contact.phone; delete d.preferredStart; d.partners = []; }), true],
  ['question exactly 20 after trim', change(request, (d) => (d.question = `  ${q20}\n`)), true],
  ['question 19 after trim', change(request, (d) => (d.question = `  ${'a'.repeat(19)}  `)), false],
  ['question exactly 4000', change(request, (d) => (d.question = 'a'.repeat(4000))), true],
  ['question 4001', change(request, (d) => (d.question = 'a'.repeat(4001))), false],
  ['question 4000 emoji code points', change(request, (d) => (d.question = '😀'.repeat(4000))), true],
  ['question 4001 emoji code points', change(request, (d) => (d.question = '😀'.repeat(4001))), false],
  ['question 19 letters + 1 emoji', change(request, (d) => (d.question = `${'a'.repeat(19)}😀`)), true],
  ['question padded with no-break spaces', change(request, (d) => (d.question = `\u00a0${'b'.repeat(18)}\u00a0`)), false],
  ['question with line separator inside', change(request, (d) => (d.question = `${'b'.repeat(10)}\u2028${'c'.repeat(10)}`)), true],
  ['question with line feed, carriage return and tab', change(request, (d) => (d.question = `${'b'.repeat(10)}\r\n\t${'c'.repeat(10)}`)), true],
  ['question with NUL', change(request, (d) => (d.question = `${'b'.repeat(10)}\u0000${'c'.repeat(10)}`)), false],
  ['question with DEL', change(request, (d) => (d.question = `${'b'.repeat(10)}\u007f${'c'.repeat(10)}`)), false],
  ['question with vertical tab', change(request, (d) => (d.question = `${'b'.repeat(10)}\u000b${'c'.repeat(10)}`)), false],
  ['question with right-to-left override', change(request, (d) => (d.question = `${'b'.repeat(10)}\u202e${'c'.repeat(10)}`)), false],
  ['question with right-to-left isolate', change(request, (d) => (d.question = `${'b'.repeat(10)}\u2067${'c'.repeat(10)}`)), false],
  ['question with zero-width space', change(request, (d) => (d.question = `${'b'.repeat(10)}\u200b${'c'.repeat(10)}`)), false],
  ['question with byte order mark', change(request, (d) => (d.question = `\ufeff${'b'.repeat(20)}`)), false],
  ['question with lone high surrogate', change(request, (d) => (d.question = `${'b'.repeat(10)}\ud83d${'c'.repeat(10)}`)), false],
  ['question with lone low surrogate', change(request, (d) => (d.question = `${'b'.repeat(10)}\ude00${'c'.repeat(10)}`)), false],
  ['question with a family emoji (zero-width joiners)', change(request, (d) => (d.question = `${'b'.repeat(20)} \u{1F468}\u200d\u{1F469}\u200d\u{1F467}`)), true],
  ['name with line feed', change(request, (d) => (d.contact.name = 'Jan\nde Vries')), false],
  ['name with tab', change(request, (d) => (d.contact.name = 'Jan\tde Vries')), false],
  ['name with Arabic letter mark', change(request, (d) => (d.contact.name = 'Jan\u061cde Vries')), false],
  ['role with C1 control', change(request, (d) => (d.contact.role = 'Beleid\u0085medewerker')), false],
  ['municipality name with NUL', change(request, (d) => (d.municipality.name = 'Schier\u0000monnikoog')), false],
  ['partners description with left-to-right mark', change(request, (d) => { d.partners = ['other']; d.partnersOther = 'Dorps\u200eraad'; }), false],
  ['question as number', change(request, (d) => (d.question = 12345678901234567890)), false],
  ['email upper case', change(request, (d) => (d.contact.email = 'J.DeVries@Gemeente.NL')), true],
  ['email with plus', change(request, (d) => (d.contact.email = 'jan+npo@example.frl')), true],
  ['email one-letter tld', change(request, (d) => (d.contact.email = 'jan@example.n')), false],
  ['email label ending in dash', change(request, (d) => (d.contact.email = 'jan@exa-.nl')), false],
  ['email without domain dot', change(request, (d) => (d.contact.email = 'jan@localhost')), false],
  ['email with space', change(request, (d) => (d.contact.email = 'jan @example.nl')), false],
  ['email with umlaut', change(request, (d) => (d.contact.email = 'jürgen@example.nl')), false],
  ['phone international', change(request, (d) => (d.contact.phone = '+31 6 12345678')), true],
  ['phone with brackets', change(request, (d) => (d.contact.phone = '(0519) 12-34-56')), true],
  ['phone 7 digits', change(request, (d) => (d.contact.phone = '1234567')), false],
  ['phone 16 digits', change(request, (d) => (d.contact.phone = '1234567890123456')), false],
  ['phone empty', change(request, (d) => (d.contact.phone = '')), false],
  ['name 2 letters', change(request, (d) => (d.contact.name = 'Jo')), true],
  ['name 1 letter padded', change(request, (d) => (d.contact.name = ' J ')), false],
  ['name 100 code points', change(request, (d) => (d.contact.name = 'é'.repeat(100))), true],
  ['name 101', change(request, (d) => (d.contact.name = 'n'.repeat(101))), false],
  ['role missing', change(request, (d) => delete d.contact.role), false],
  ['contact extra field', change(request, (d) => (d.contact.fax = '0519')), false],
  ['no support types', change(request, (d) => (d.supportTypes = [])), false],
  ['all support types but other', change(request, (d) => (d.supportTypes = ['local-structure', 'measures-package', 'shared-ambition', 'education-agenda', 'thematic-workgroups', 'process-and-catch-up'])), true],
  ['duplicate support type', change(request, (d) => (d.supportTypes = ['local-structure', 'local-structure'])), false],
  ['unknown support type', change(request, (d) => (d.supportTypes = ['coaching'])), false],
  ['duplicate partner', change(request, (d) => (d.partners = ['library', 'childcare', 'library'])), false],
  ['other without description', change(request, (d) => (d.partners = ['library', 'other'])), false],
  ['other with description', change(request, (d) => { d.partners = ['other']; d.partnersOther = 'Dorpsraad'; }), true],
  ['other with blank description', change(request, (d) => { d.partners = ['other']; d.partnersOther = '   '; }), false],
  ['description without other', change(request, (d) => (d.partnersOther = 'Dorpsraad')), true],
  ['partners missing', change(request, (d) => delete d.partners), false],
  ['plan phase unknown', change(request, (d) => (d.planPhases = ['finish'])), false],
  ['plan phases empty', change(request, (d) => (d.planPhases = [])), false],
  ['plan phases duplicate', change(request, (d) => (d.planPhases = ['make', 'make'])), false],
  ['all plan phases', change(request, (d) => (d.planPhases = ['make', 'elaborate', 'execute', 'evaluate'])), true],
  ['old single planPhase', change(request, (d) => { delete d.planPhases; d.planPhase = 'execute'; }), false],
  ['support type other without text', change(request, (d) => (d.supportTypes = ['other'])), false],
  ['support type other with text', change(request, (d) => { d.supportTypes = ['other']; d.supportTypeOther = 'Een ouderavond'; }), true],
  ['support type other with blank text', change(request, (d) => { d.supportTypes = ['other']; d.supportTypeOther = '  '; }), false],
  ['both others without texts', change(request, (d) => { d.supportTypes = ['other']; d.partners = ['other']; }), false],
  ['both others, only partners text', change(request, (d) => { d.supportTypes = ['other']; d.partners = ['other']; d.partnersOther = 'Dorpsraad'; }), false],
  ['both others with texts', change(request, (d) => { d.supportTypes = ['other']; d.partners = ['other']; d.partnersOther = 'Dorpsraad'; d.supportTypeOther = 'Ouderavond'; }), true],
  ['no preferences', change(request, (d) => { delete d.preferredForm; delete d.preferredIntensity; }), true],
  ['preferred form unknown', change(request, (d) => (d.preferredForm = 'by-mail')), false],
  ['preferred intensity unknown', change(request, (d) => (d.preferredIntensity = 'weekly')), false],
  ['preferred intensity not sure', change(request, (d) => (d.preferredIntensity = 'not-sure')), true],
  ['leap day start', change(request, (d) => (d.preferredStart = '2028-02-29')), true],
  ['non-leap day start', change(request, (d) => (d.preferredStart = '2027-02-29')), false],
  ['2100 is no leap year', change(request, (d) => (d.preferredStart = '2100-02-29')), false],
  ['start with time', change(request, (d) => (d.preferredStart = '2025-09-01T00:00:00Z')), false],
  ['start month 13', change(request, (d) => (d.preferredStart = '2025-13-01')), false],
  ['code GM0000', change(request, (d) => (d.municipality.code = 'GM0000')), true],
  ['code lower case', change(request, (d) => (d.municipality.code = 'gm0088')), false],
  ['code 5 digits', change(request, (d) => (d.municipality.code = 'GM00888')), false],
  ['municipality name blank', change(request, (d) => (d.municipality.name = ' ')), false],
  ['uuid upper case', change(request, (d) => (d.clientRequestId = '3F1C2A9E-5B7D-4C1E-9A2B-6D8E0F1A2B3C')), true],
  ['uuid v7', change(request, (d) => (d.clientRequestId = '01890a5d-ac96-774b-bcce-b302099a8057')), true],
  ['nil uuid', change(request, (d) => (d.clientRequestId = '00000000-0000-0000-0000-000000000000')), false],
  ['urn uuid', change(request, (d) => (d.clientRequestId = 'urn:uuid:3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f1a2b3c')), false],
  ['consent false', change(request, (d) => (d.privacyConsent = false)), false],
  ['consent string', change(request, (d) => (d.privacyConsent = 'true')), false],
  ['language en', change(request, (d) => (d.language = 'en')), true],
  ['language de', change(request, (d) => (d.language = 'de')), false],
  ['honeypot field', change(request, (d) => (d.website = '')), false],
  ['record snapshot 200 emoji-free', change(request, (d) => (d.eligibility.dataSnapshot = 's'.repeat(200))), true],
  ['record snapshot 150 emoji', change(request, (d) => (d.eligibility.dataSnapshot = '😀'.repeat(150))), true],
  ['record snapshot empty', change(request, (d) => (d.eligibility.dataSnapshot = '')), false],
  ['record outcome unknown', change(request, (d) => (d.eligibility.outcome = 'maybe')), false],
  ['record answers invalid', change(request, (d) => (d.eligibility.answers.inhabitants = 1.5)), false],
  ['record answers extra', change(request, (d) => (d.eligibility.answers.population = 5)), false],
  ['record policy version', change(request, (d) => (d.eligibility.policy.version = '1.0')), false],
  ['null', null, false],
  ['array', [request], false],
  ['string', 'request', false],
  ['empty object', {}, false],
];

const inputCases: Case[] = [
  ['empty', {}, true],
  ['all fields', { inhabitants: 31419, targetGroupShare: 10.7, coronaImpact: 'unknown', mergedWithIndependentCores: 'unknown', capacityShortfall: 'yes', cooperationFocus: false, provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS, Gebieden in Nederland 2024', tableId: '85755NED' } } }, true],
  ['zero inhabitants', { inhabitants: 0 }, true],
  ['negative inhabitants', { inhabitants: -1 }, false],
  ['fractional inhabitants', { inhabitants: 40000.5 }, false],
  ['max safe integer', { inhabitants: Number.MAX_SAFE_INTEGER }, true],
  ['beyond safe integer', { inhabitants: 2 ** 60 }, false],
  ['inhabitants as string', { inhabitants: '40000' }, false],
  ['inhabitants null', { inhabitants: null }, true],
  ['every optional input null', { inhabitants: null, targetGroupShare: null, coronaImpact: null, mergedWithIndependentCores: null, capacityShortfall: null, cooperationFocus: null, provenance: null }, true],
  ['provenance parts null', { provenance: { inhabitants: null, targetGroupShare: null } }, true],
  ['inhabitants as text', { inhabitants: '9000' }, false],
  ['share 0', { targetGroupShare: 0 }, true],
  ['share 100', { targetGroupShare: 100 }, true],
  ['share 100.0001', { targetGroupShare: 100.0001 }, false],
  ['share negative', { targetGroupShare: -0.1 }, false],
  ['merged true', { mergedWithIndependentCores: true }, true],
  ['merged "yes"', { mergedWithIndependentCores: 'yes' }, false],
  ['corona "high"', { coronaImpact: 'high' }, false],
  ['capacity boolean', { capacityShortfall: true }, false],
  ['cooperation string', { cooperationFocus: 'true' }, false],
  ['unknown key', { gemeente: 'Urk' }, false],
  ['provenance empty', { provenance: {} }, true],
  ['provenance bad date', { provenance: { targetGroupShare: { referenceDate: '2024-1-1', source: 'CBS' } } }, false],
  ['provenance blank source', { provenance: { inhabitants: { referenceDate: '2024-01-01', source: ' ' } } }, false],
  ['provenance extra key', { provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS', url: 'x' } } }, false],
  ['provenance unknown figure', { provenance: { coronaImpact: { referenceDate: '2024-01-01', source: 'CBS' } } }, false],
  ['array', [], false],
  ['null', null, false],
];

const result = evaluateEligibility(
  { inhabitants: 31419, targetGroupShare: 9, coronaImpact: 'unknown', provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS' } } },
  { dataSnapshot: 'cbs-2024' },
);
const resultCases: Case[] = [
  ['a real result', result, true],
  ['result of empty input', evaluateEligibility({}), true],
  ['open-ended policy', change(result, (d) => (d.policy.validTo = null)), true],
  ['outcome unknown', change(result, (d) => (d.outcome = 'maybe')), false],
  ['criterion status unknown', change(result, (d) => (d.criteria[0].status = 'fine')), false],
  ['criterion without explanation', change(result, (d) => delete d.criteria[1].explanation), false],
  ['explanation missing en', change(result, (d) => delete d.criteria[1].explanation.en), false],
  ['record snapshot null', change(result, (d) => (d.record.dataSnapshot = null)), true],
  ['record without answers', change(result, (d) => delete d.record.answers), false],
  ['policy date invalid', change(result, (d) => (d.policy.validFrom = '2021-02-30')), false],
  ['extra top-level key', change(result, (d) => (d.extra = 1)), false],
];

const corpus = [
  ['support-request', supportRequestSchema, supportRequestCases],
  ['eligibility-input', eligibilityInputSchema, inputCases],
  ['eligibility-result', eligibilityResultSchema, resultCases],
] as const;

describe.each(corpus)('%s: zod and JSON Schema agree', (name, schema: z.ZodMiniType, cases) => {
  it.each(cases)('%s', (_description, value, expected) => {
    const zodVerdict = schema.safeParse(value).success;
    const validate = validators[name]!;
    const ajvVerdict = validate(value);
    expect({ zod: zodVerdict, ajv: ajvVerdict }).toEqual({ zod: expected, ajv: expected });
  });
});

describe('corpus size', () => {
  it('covers valid and invalid documents for every schema', () => {
    for (const [, , cases] of corpus) {
      expect(cases.some(([, , valid]) => valid)).toBe(true);
      expect(cases.some(([, , valid]) => !valid)).toBe(true);
    }
    expect(corpus.reduce((n, [, , cases]) => n + cases.length, 0)).toBeGreaterThan(90);
  });
});
